/**
 * The @mantine/core styles of components only pages other than the instances list render (the
 * forms' Checkbox, NumberInput and Pill, the detail pages' Breadcrumbs, the overview's Card and
 * ColorSwatch, the volumes' Drawer, SimpleGrid): loaded by the router with those pages
 * (src/app/router.tsx), not with the frame, so the list's first load goes without them (issue 10:
 * JS+CSS to a live list ≤ 200 KB). scripts/first-load.test.ts checks each route has the styles
 * of what it renders. None of them is restyled by a component in console.ts that comes later in
 * @mantine/core/styles.css (Card still follows entry.ts's Paper), so arriving after console.ts
 * changes nothing on screen. With them, dialogs.ts (the pages' dialogs and hints).
 */
import './dialogs';
import '@mantine/core/styles/CheckboxCard.layer.css';
import '@mantine/core/styles/CheckboxIndicator.layer.css';
import '@mantine/core/styles/Checkbox.layer.css';
import '@mantine/core/styles/Breadcrumbs.layer.css';
import '@mantine/core/styles/Card.layer.css';
import '@mantine/core/styles/ColorSwatch.layer.css';
import '@mantine/core/styles/Drawer.layer.css';
import '@mantine/core/styles/Pill.layer.css';
import '@mantine/core/styles/PillsInput.layer.css';
import '@mantine/core/styles/NumberInput.layer.css';
import '@mantine/core/styles/SimpleGrid.layer.css';
