/**
 * The styles of the first page (the login page, and what the providers render): Mantine's global
 * styles and the components the login page and its providers use, one file per component instead
 * of all of @mantine/core/styles.css (274 KB; issue 10, "a light first load"). The components
 * only signed-in pages use come with the console's frame (console.ts), mantine-datatable's with
 * the pages that have a table (data-table.ts), the charts' with the overview.
 *
 * @mantine/core's styles are in the `mantine` CSS layer (the .layer.css files), so the other
 * packages' unlayered styles (notifications, mantine-datatable, charts) override them whatever
 * order their chunks arrive in. Within the layer, files keep the order of styles.css (components
 * after those they build on); scripts/first-load.test.ts checks the order and that every
 * component a route renders has its styles.
 *
 * No default-css-variables.css (3 KB on the wire): MantineProvider writes every variable itself
 * (deduplicateCssVariables={false}, src/app/providers.tsx), in the style element it writes the
 * theme's anyway, before anything renders (index.html paints nothing before React does).
 */
import '@mantine/core/styles/baseline.layer.css';
import '@mantine/core/styles/global.layer.css';
import '@mantine/core/styles/ScrollArea.layer.css';
import '@mantine/core/styles/UnstyledButton.layer.css';
import '@mantine/core/styles/VisuallyHidden.layer.css';
import '@mantine/core/styles/Paper.layer.css';
import '@mantine/core/styles/Overlay.layer.css';
import '@mantine/core/styles/Popover.layer.css';
import '@mantine/core/styles/Loader.layer.css';
import '@mantine/core/styles/ActionIcon.layer.css';
import '@mantine/core/styles/CloseButton.layer.css';
import '@mantine/core/styles/Group.layer.css';
import '@mantine/core/styles/Input.layer.css';
import '@mantine/core/styles/Flex.layer.css';
import '@mantine/core/styles/Alert.layer.css';
import '@mantine/core/styles/Text.layer.css';
import '@mantine/core/styles/InlineInput.layer.css';
import '@mantine/core/styles/Button.layer.css';
import '@mantine/core/styles/Center.layer.css';
import '@mantine/core/styles/Code.layer.css';
import '@mantine/core/styles/Container.layer.css';
import '@mantine/core/styles/Menu.layer.css';
import '@mantine/core/styles/Notification.layer.css';
import '@mantine/core/styles/PasswordInput.layer.css';
import '@mantine/core/styles/Stack.layer.css';
import '@mantine/core/styles/Title.layer.css';
