/**
 * Mantine's Tooltip on its own, with its styles, for hint-on-demand.tsx to download when a hint
 * is first wanted (the frame's styles leave them out: src/app/styles/dialogs.ts).
 */
import '@mantine/core/styles/Tooltip.layer.css';
import { Tooltip } from '@mantine/core';

export default Tooltip;
