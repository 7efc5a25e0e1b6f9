/** Mantine's Tooltip on its own, for hint-on-demand.tsx to download when a hint is first wanted. */
import { Tooltip } from '@mantine/core';
import '../app/styles/dialogs';

export default Tooltip;
