/** Resize: the flavor to move to (resize-choices.ts says which may be chosen), and its request. */
import { Alert, Button, Group, Radio, Stack, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import i18next from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeServerAction } from '../../../api/compute';
import type { ApiScope } from '../../../api/endpoints';
import { IconInfoCircle } from '../../../components/icons';
import { RequestPreview } from '../../../components/request-preview';
import type { Flavor } from '../../../domain/compute-types';
import { MB_PER_GB } from '../../../domain/flavor';
import { resizeChoices, resizeReasonKey } from './resize-choices';
import type { ActionDialogProps, ActionTarget, Perform } from './use-instance-actions';

function ResizeDialog({
  scope,
  target,
  perform,
  onClose,
  flavors,
  osType,
}: ActionDialogProps & { flavors: Flavor[]; osType: string | null }) {
  const { t } = useTranslation();
  const { server } = target;
  const current = flavors.find((f) => f.id === server.flavor.id);
  const choices = resizeChoices(current, flavors, osType);
  const [choice, setChoice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const selectable = choices.filter((c) => !c.problem);
  return (
    <Stack gap="sm">
      <Text size="sm">
        {t('instanceDetail.resize.current', { flavor: current?.name ?? server.flavor.id })}
      </Text>
      {server.status === 'ACTIVE' && (
        <Alert color="blue" icon={<IconInfoCircle />} p="xs">
          <Text size="sm">{t('instanceDetail.resize.activeNote')}</Text>
        </Alert>
      )}
      {selectable.length === 0 && <Text size="sm">{t('instanceDetail.resize.none')}</Text>}
      <Radio.Group value={choice} onChange={setChoice} label={t('instanceDetail.resize.choose')}>
        <Table highlightOnHover verticalSpacing={4} mt="xs" data-testid="resize-flavors">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('instanceDetail.resize.columns.name')}</Table.Th>
              <Table.Th>{t('instanceDetail.resize.columns.vcpus')}</Table.Th>
              <Table.Th>{t('instanceDetail.resize.columns.ram')}</Table.Th>
              <Table.Th>{t('instanceDetail.resize.columns.disk')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {choices.map(({ flavor, problem }) => (
              <Table.Tr key={flavor.id} data-disabled={problem ? true : undefined}>
                <Table.Td>
                  <Radio
                    value={flavor.id}
                    disabled={Boolean(problem)}
                    label={flavor.name}
                    description={problem ? t(resizeReasonKey(problem)) : undefined}
                  />
                </Table.Td>
                <Table.Td>{flavor.vcpus}</Table.Td>
                <Table.Td>{flavor.ram / MB_PER_GB} GB</Table.Td>
                <Table.Td>
                  {flavor.disk > 0 ? `${flavor.disk} GB` : t('instanceDetail.resize.blockStorage')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Radio.Group>
      {choice && (
        <RequestPreview
          request={describeServerAction(scope, 'resize', server.id, { flavorRef: choice })}
        />
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          disabled={!choice}
          loading={busy}
          onClick={async () => {
            if (!choice) return;
            setBusy(true);
            try {
              const result = await perform(
                'resize',
                target,
                { flavorRef: choice },
                { confirmed: true },
              );
              if (result) onClose();
            } catch {
              // The notification says what failed; the dialog stays for another try.
            } finally {
              setBusy(false);
            }
          }}
        >
          {t('instanceDetail.resize.submit')}
        </Button>
      </Group>
    </Stack>
  );
}

export function openResizeDialog(
  scope: ApiScope,
  target: ActionTarget,
  perform: Perform,
  flavors: Flavor[],
  osType: string | null,
) {
  // Modal titles are set when the modal opens, outside React: the global i18n instance.
  const id = modals.open({
    title: (
      <Text fw={600}>{i18next.t('instanceDetail.resize.title', { name: target.server.name })}</Text>
    ),
    size: 'lg',
    children: (
      <ResizeDialog
        scope={scope}
        target={target}
        perform={perform}
        onClose={() => modals.close(id)}
        flavors={flavors}
        osType={osType}
      />
    ),
  });
}
