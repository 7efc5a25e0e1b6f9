/**
 * The instance's metadata on the details page (current guide, 인스턴스 메타데이터): the keys as
 * GET /servers/{id}/metadata lists them; add a key, change a value, delete a key, one request
 * each through the action table (setMetadata, deleteMetadata: its gate, its confirmation, one
 * request per press). Input is checked against the domain's limits before anything is sent. The
 * five keys NHN Cloud's own console reads are explained where they are shown and edited.
 */
import {
  Alert,
  Badge,
  Button,
  Group,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeServerAction } from '../../../api/compute';
import type { ApiScope } from '../../../api/endpoints';
import { IconAlertTriangle, IconPencil, IconPlus, IconTrash } from '../../../components/icons';
import { RequestPreview } from '../../../components/request-preview';
import { checkAction } from '../../../domain/server-actions';
import {
  checkMetadataItem,
  isConsoleMetadataKey,
  METADATA_LIMITS,
  type MetadataProblem,
} from '../../../domain/server-metadata';
import { instanceMetadataQuery } from '../../../resources/server-detail';
import { useDenialText } from '../actions/denial';
import { pendingKey, usePending } from '../actions/in-flight';
import type { ActionTarget, useInstanceActions } from '../actions/use-instance-actions';
import { actionSubject } from '../server-facts';
import { ConsoleKeyNote } from './console-key-note';
import { GatedButton } from './gated-button';
import { Section } from './section';

type Perform = ReturnType<typeof useInstanceActions>['perform'];

export function MetadataSection({
  scope,
  target,
  perform,
}: {
  scope: ApiScope;
  target: ActionTarget;
  perform: Perform;
}) {
  const { t } = useTranslation();
  const denial = useDenialText();
  const pending = usePending();
  const { server } = target;
  const metadata = useQuery(instanceMetadataQuery(scope, server.id));
  const entries = Object.entries(metadata.data ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const keys = entries.map(([key]) => key);
  const subject = actionSubject(server, target.flavorName);
  const setReason = denial('setMetadata', checkAction('setMetadata', subject));
  const deleteReason = denial('deleteMetadata', checkAction('deleteMetadata', subject));

  // The form adds a key, or changes the value of `editing`.
  const [editing, setEditing] = useState<string | null>(null);
  const [keyInput, setKeyInput] = useState('');
  const [value, setValue] = useState('');
  const [tried, setTried] = useState(false);
  const valueRef = useRef<HTMLInputElement>(null);
  const keyRef = useRef<HTMLInputElement>(null);
  const key = editing ?? keyInput.trim();
  const problem = checkMetadataItem(key, value, keys);
  // A blank key is only an error once Save was pressed; a too-long one at once.
  const shown = problem && (tried || problem.code !== 'emptyKey') ? problem : null;
  const problemText = (p: MetadataProblem) =>
    t(`instanceDetail.metadata.problems.${p.code}`, { max: 'max' in p ? p.max : 0 });
  const keyError = shown && shown.code !== 'valueTooLong' ? problemText(shown) : null;
  const valueError = shown?.code === 'valueTooLong' ? problemText(shown) : null;

  const reset = () => {
    setEditing(null);
    setKeyInput('');
    setValue('');
    setTried(false);
  };
  const startChange = (changeKey: string, current: string) => {
    setEditing(changeKey);
    setValue(current);
    setTried(false);
    requestAnimationFrame(() => valueRef.current?.focus());
  };
  const save = async () => {
    setTried(true);
    if (problem || setReason) {
      (problem?.code === 'valueTooLong' ? valueRef : keyRef).current?.focus();
      return;
    }
    try {
      const result = await perform('setMetadata', target, { key, value }, { subject: key });
      if (result) reset();
    } catch {
      // The notification says what failed; the form keeps the input for another try.
    }
  };
  const remove = (removeKey: string) =>
    void perform('deleteMetadata', target, { key: removeKey }, { subject: removeKey })
      .then((result) => {
        if (result && editing === removeKey) reset();
      })
      .catch(() => undefined);

  return (
    <Section title={t('instanceDetail.detail.metadata')} testId="instance-metadata">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('instanceDetail.metadata.intro', {
            keyMax: METADATA_LIMITS.keyMax,
            valueMax: METADATA_LIMITS.valueMax,
            itemsMax: METADATA_LIMITS.itemsMax,
          })}
        </Text>
        {setReason && (
          <Text size="sm" data-testid="metadata-gate">
            {setReason}
          </Text>
        )}
        {metadata.isPending ? (
          <Text size="sm" c="dimmed">
            {t('common.loading')}
          </Text>
        ) : metadata.isError ? (
          <Text size="sm" c="red" role="alert">
            {t('errors.loadFailed', { what: t('instanceDetail.detail.metadata') })}
          </Text>
        ) : entries.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('instanceDetail.detail.noMetadata')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing={6} data-testid="metadata-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('instanceDetail.detail.metaKey')}</Table.Th>
                  <Table.Th>{t('instanceDetail.detail.metaValue')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('instanceDetail.actions.more')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map(([rowKey, rowValue]) => (
                  <Table.Tr key={rowKey} data-testid="metadata-row" data-key={rowKey}>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm" ff="monospace">
                          {rowKey}
                        </Text>
                        {isConsoleMetadataKey(rowKey) && (
                          <Tooltip
                            label={t(`instanceDetail.metadata.consoleKeys.${rowKey}`)}
                            multiline
                            w={300}
                            withArrow
                          >
                            <Badge size="sm" variant="light" color="gray" tt="none">
                              {t('instanceDetail.metadata.consoleBadge')}
                            </Badge>
                          </Tooltip>
                        )}
                      </Group>
                      {isConsoleMetadataKey(rowKey) && (
                        <Text size="xs" c="dimmed">
                          {t(`instanceDetail.metadata.consoleKeys.${rowKey}`)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td style={{ wordBreak: 'break-word' }} data-testid="metadata-value">
                      {rowValue}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <GatedButton
                          reason={setReason}
                          leftSection={<IconPencil size={14} />}
                          aria-label={t('instanceDetail.metadata.changeKey', { key: rowKey })}
                          onClick={() => startChange(rowKey, rowValue)}
                        >
                          {t('instanceDetail.metadata.change')}
                        </GatedButton>
                        <GatedButton
                          reason={deleteReason}
                          leftSection={<IconTrash size={14} color="var(--mantine-color-red-7)" />}
                          aria-label={t('instanceDetail.metadata.deleteKey', { key: rowKey })}
                          loading={pending(pendingKey('deleteMetadata', server.id))}
                          onClick={() => remove(rowKey)}
                        >
                          {t('instanceDetail.metadata.delete')}
                        </GatedButton>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}

        <form
          noValidate
          aria-label={
            editing
              ? t('instanceDetail.metadata.changeTitle', { key: editing })
              : t('instanceDetail.metadata.addTitle')
          }
          data-testid="metadata-form"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {editing
                ? t('instanceDetail.metadata.changeTitle', { key: editing })
                : t('instanceDetail.metadata.addTitle')}
            </Text>
            <Group gap="xs" align="flex-start" wrap="wrap">
              <TextInput
                ref={keyRef}
                label={t('instanceDetail.metadata.key')}
                value={editing ?? keyInput}
                readOnly={editing !== null}
                onChange={(event) => setKeyInput(event.currentTarget.value)}
                error={keyError}
                w={260}
                autoComplete="off"
                data-testid="metadata-key"
              />
              <TextInput
                ref={valueRef}
                label={t('instanceDetail.metadata.value')}
                value={value}
                onChange={(event) => setValue(event.currentTarget.value)}
                error={valueError}
                w={320}
                autoComplete="off"
                data-testid="metadata-value-input"
              />
            </Group>
            {editing === null && keys.includes(key) && (
              <Text size="sm" c="dimmed">
                {t('instanceDetail.metadata.exists', { key })}
              </Text>
            )}
            {isConsoleMetadataKey(key) && (
              <Alert color="yellow" icon={<IconAlertTriangle />} p="xs" data-testid="console-key">
                <ConsoleKeyNote metaKey={key} />
              </Alert>
            )}
            {!problem && (
              <details>
                <summary style={{ cursor: 'pointer' }}>
                  <Text span size="sm">
                    {t('request.show')}
                  </Text>
                </summary>
                <RequestPreview
                  request={describeServerAction(scope, 'setMetadata', server.id, { key, value })}
                />
              </details>
            )}
            <Group gap="xs">
              <GatedButton
                type="submit"
                reason={setReason}
                leftSection={editing ? <IconPencil size={14} /> : <IconPlus size={14} />}
                loading={pending(pendingKey('setMetadata', server.id))}
                onClick={() => undefined}
              >
                {editing ? t('instanceDetail.metadata.save') : t('instanceDetail.metadata.add')}
              </GatedButton>
              {editing !== null && (
                <Button size="xs" variant="subtle" onClick={reset}>
                  {t('common.cancel')}
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      </Stack>
    </Section>
  );
}
