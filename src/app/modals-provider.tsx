/** @mantine/modals' provider on its own, for ModalsOnDemand's lazy import (modals-on-demand.tsx). */
import { ModalsProvider, type ModalsProviderProps } from '@mantine/modals';
import './styles/dialogs';

export default function ModalsProviderAlone({
  modalProps,
}: Pick<ModalsProviderProps, 'modalProps'>) {
  return <ModalsProvider modalProps={modalProps} />;
}
