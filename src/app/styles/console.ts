/**
 * The styles of the components the signed-in console uses beyond the login page's (entry.ts):
 * loaded with the console's frame (src/app/shell/app-layout.tsx), in the order of
 * @mantine/core/styles.css, after entry.ts's. scripts/first-load.test.ts checks that every
 * component a route renders has its styles here, in entry.ts or in data-table.ts (the components
 * only the pages with a mantine-datatable use: every byte here is on the instances list's first
 * load, issue 10).
 */
import '@mantine/core/styles/Anchor.layer.css';
import '@mantine/core/styles/AppShell.layer.css';
import '@mantine/core/styles/Combobox.layer.css';
import '@mantine/core/styles/Avatar.layer.css';
import '@mantine/core/styles/Badge.layer.css';
import '@mantine/core/styles/Burger.layer.css';
import '@mantine/core/styles/NavLink.layer.css';
import '@mantine/core/styles/Progress.layer.css';
import '@mantine/core/styles/Skeleton.layer.css';
import '@mantine/core/styles/Table.layer.css';
import '@mantine/core/styles/ThemeIcon.layer.css';
