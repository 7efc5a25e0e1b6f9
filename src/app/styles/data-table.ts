/**
 * mantine-datatable's styles (24 KB), loaded by the router with the pages that show a
 * mantine-datatable (src/app/router.tsx): the login page and the overview never download them.
 * Unlayered, so they override @mantine/core's (layered, entry.ts) whatever order they arrive in.
 */
import 'mantine-datatable/styles.css';
