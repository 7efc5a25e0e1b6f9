/**
 * mantine-datatable's styles (24 KB), loaded by the router with the pages that show a
 * mantine-datatable (src/app/router.tsx): the login page, the overview and the instances list
 * never download them. Unlayered, so they override @mantine/core's (layered, entry.ts) whatever
 * order they arrive in.
 *
 * With them, the @mantine/core styles of components only those pages render: the table's
 * Pagination, the flavors' Chip. They build on nothing but entry.ts's (UnstyledButton, Input),
 * so their place in the `mantine` layer does not depend on when this file arrives. Every such page
 * also renders components of pages.ts (a Checkbox at least): it comes with them.
 */
import './pages';
import '@mantine/core/styles/Chip.layer.css';
import '@mantine/core/styles/Pagination.layer.css';
import 'mantine-datatable/styles.css';
