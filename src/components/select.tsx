/**
 * Mantine's Select on its own, for select-on-demand.tsx to download when a select is first
 * wanted: the frame's region switcher and the list's filters would otherwise bring the Select,
 * the Combobox and their positioning code (@floating-ui) to every first load (issue 10).
 */
import { Select, type SelectProps } from '@mantine/core';

export default function StringSelect(props: SelectProps<string>) {
  return <Select<string> {...props} />;
}
