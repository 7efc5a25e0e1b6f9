/**
 * The @mantine/core styles of what the instances list shows only on demand: dialogs (Modal and
 * what they hold: Radio, List) and hover hints (Tooltip). Loaded with the dialogs' provider
 * (src/app/modals-provider.tsx) and every other page (pages.ts; the tooltip's also come with
 * src/components/tooltip.tsx), not with the frame (issue 10: JS+CSS to a live list ≤ 200 KB).
 * Their classes are their own, so arriving after console.ts changes nothing on screen.
 */
import '@mantine/core/styles/ModalBase.layer.css';
import '@mantine/core/styles/List.layer.css';
import '@mantine/core/styles/Modal.layer.css';
import '@mantine/core/styles/RadioCard.layer.css';
import '@mantine/core/styles/RadioIndicator.layer.css';
import '@mantine/core/styles/Radio.layer.css';
import '@mantine/core/styles/Tooltip.layer.css';
