/**
 * The actions that need a choice before they run: resize (a flavor), create image (a name and
 * metadata), rename (a name). Each dialog shows the exact request it will send. Also the list of
 * every action's request for an instance.
 */
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Code,
  Group,
  Radio,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { useQuery } from '@tanstack/react-query';
import i18next from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeServerAction } from '../../../api/compute';
import type { ApiScope } from '../../../api/endpoints';
import { getImage } from '../../../api/image';
import { IconInfoCircle, IconPlus, IconTrash } from '../../../components/icons';
import { RequestPreview } from '../../../components/request-preview';
import type { Flavor } from '../../../domain/compute-types';
import { CREATE_LIMITS } from '../../../domain/create-server-rules';
import { MB_PER_GB } from '../../../domain/flavor';
import { checkResizeTarget } from '../../../domain/resize-rules';
import { checkAction } from '../../../domain/server-actions';
import { imageKeys } from '../../../resources/images';
import { actionSubject } from '../server-facts';
import { useDenialText } from './denial';
import { INSTANCE_ACTIONS, parameterlessIn } from './registry';
import type { ActionTarget, useInstanceActions } from './use-instance-actions';

type Perform = ReturnType<typeof useInstanceActions>['perform'];

interface DialogProps {
  scope: ApiScope;
  target: ActionTarget;
  perform: Perform;
  onClose: () => void;
}

/** Flavors the instance may move to, and why the others are not offered. */
export function resizeChoices(
  current: Flavor | undefined,
  flavors: Flavor[],
  osType: string | null,
): { flavor: Flavor; problem: ReturnType<typeof checkResizeTarget> }[] {
  if (!current) return [];
  return flavors
    .map((flavor) => ({
      flavor,
      problem: checkResizeTarget(current, flavor, osType ? { osType } : null),
    }))
    .sort((a, b) => a.flavor.name.localeCompare(b.flavor.name));
}

function ResizeDialog({
  scope,
  target,
  perform,
  onClose,
  flavors,
  osType,
}: DialogProps & { flavors: Flavor[]; osType: string | null }) {
  const { t } = useTranslation();
  const { server } = target;
  const current = flavors.find((f) => f.id === server.flavor.id);
  const choices = resizeChoices(current, flavors, osType);
  const [choice, setChoice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reason = (problem: NonNullable<ReturnType<typeof checkResizeTarget>>) =>
    problem.code === 'same'
      ? t('instance.resize.reasonSame')
      : problem.code === 'u2'
        ? t('instance.resize.reasonU2')
        : t('instance.resize.reasonWindowsRam');
  const selectable = choices.filter((c) => !c.problem);
  return (
    <Stack gap="sm">
      <Text size="sm">
        {t('instance.resize.current', { flavor: current?.name ?? server.flavor.id })}
      </Text>
      {server.status === 'ACTIVE' && (
        <Alert color="blue" icon={<IconInfoCircle />} p="xs">
          <Text size="sm">{t('instance.resize.activeNote')}</Text>
        </Alert>
      )}
      {selectable.length === 0 && <Text size="sm">{t('instance.resize.none')}</Text>}
      <Radio.Group value={choice} onChange={setChoice} label={t('instance.resize.choose')}>
        <Table highlightOnHover verticalSpacing={4} mt="xs" data-testid="resize-flavors">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('instance.resize.columns.name')}</Table.Th>
              <Table.Th>{t('instance.resize.columns.vcpus')}</Table.Th>
              <Table.Th>{t('instance.resize.columns.ram')}</Table.Th>
              <Table.Th>{t('instance.resize.columns.disk')}</Table.Th>
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
                    description={problem ? reason(problem) : undefined}
                  />
                </Table.Td>
                <Table.Td>{flavor.vcpus}</Table.Td>
                <Table.Td>{flavor.ram / MB_PER_GB} GB</Table.Td>
                <Table.Td>
                  {flavor.disk > 0 ? `${flavor.disk} GB` : t('instance.resize.blockStorage')}
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
          {t('instance.resize.submit')}
        </Button>
      </Group>
    </Stack>
  );
}

interface MetaRow {
  key: string;
  value: string;
}

function CreateImageDialog({ scope, target, perform, onClose }: DialogProps) {
  const { t } = useTranslation();
  const { server } = target;
  const [name, setName] = useState(`${server.name}-image`);
  const [rows, setRows] = useState<MetaRow[]>([]);
  const [busy, setBusy] = useState(false);
  const nameError =
    name.trim() === ''
      ? t('instance.image.nameRequired')
      : name.length > 255
        ? t('instance.image.nameTooLong')
        : null;
  const metaError = rows.some(
    (row) =>
      row.key.length > CREATE_LIMITS.metadataMax || row.value.length > CREATE_LIMITS.metadataMax,
  )
    ? t('instance.image.metaTooLong')
    : null;
  const metadata = Object.fromEntries(
    rows.filter((row) => row.key.trim() !== '').map((row) => [row.key, row.value]),
  );
  const params =
    Object.keys(metadata).length > 0 ? { name: name.trim(), metadata } : { name: name.trim() };
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('instance.image.hint')}
      </Text>
      <TextInput
        label={t('instance.image.name')}
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
        error={nameError}
        required
        data-autofocus
      />
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          {t('instance.image.metadata')}
        </Text>
        {rows.map((row, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place by position
          <Group key={index} gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              aria-label={`${t('instance.image.key')} ${index + 1}`}
              placeholder={t('instance.image.key')}
              value={row.key}
              onChange={(event) => {
                const key = event.currentTarget.value;
                setRows((all) => all.map((r, i) => (i === index ? { ...r, key } : r)));
              }}
              style={{ flex: 1 }}
            />
            <TextInput
              aria-label={`${t('instance.image.value')} ${index + 1}`}
              placeholder={t('instance.image.value')}
              value={row.value}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setRows((all) => all.map((r, i) => (i === index ? { ...r, value } : r)));
              }}
              style={{ flex: 1 }}
            />
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={`${t('instance.image.removeMeta')} ${index + 1}`}
              onClick={() => setRows((all) => all.filter((_, i) => i !== index))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        {metaError && (
          <Text size="sm" c="red">
            {metaError}
          </Text>
        )}
        <div>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPlus size={14} />}
            onClick={() => setRows((all) => [...all, { key: '', value: '' }])}
          >
            {t('instance.image.addMeta')}
          </Button>
        </div>
      </Stack>
      {!nameError && (
        <RequestPreview request={describeServerAction(scope, 'createImage', server.id, params)} />
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          disabled={Boolean(nameError || metaError)}
          loading={busy}
          onClick={async () => {
            setBusy(true);
            try {
              const result = await perform('createImage', target, params, { confirmed: true });
              if (!result) return;
              onClose();
              const imageId = result.location?.split('/').filter(Boolean).at(-1);
              if (imageId) openImageRequested(scope, imageId, params.name, result.location ?? '');
            } catch {
              // The notification says what failed; the dialog stays for another try.
            } finally {
              setBusy(false);
            }
          }}
        >
          {t('instance.image.submit')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Follows a new image from `queued` to `active` (spec: 이미지 생성이 성공하면 active). */
function ImageRequested({
  scope,
  imageId,
  name,
  location,
}: {
  scope: ApiScope;
  imageId: string;
  name: string;
  location: string;
}) {
  const { t } = useTranslation();
  const image = useQuery({
    queryKey: imageKeys.detail(scope, imageId),
    queryFn: () => getImage(scope, imageId),
    refetchInterval: (query) => (query.state.data?.status === 'active' ? false : 2500),
  });
  return (
    <Stack gap="xs" data-testid="image-requested">
      <Text size="sm">{t('instance.image.createdText', { name })}</Text>
      <Group gap="xs">
        <Text size="sm" fw={500}>
          {t('instance.image.status')}:
        </Text>
        <Badge
          variant="dot"
          color={image.data?.status === 'active' ? 'green' : 'blue'}
          data-testid="image-status"
        >
          {image.data?.status ?? '…'}
        </Badge>
      </Group>
      <Text size="sm">
        {t('instance.image.id')}: <Code>{imageId}</Code>
      </Text>
      <Text size="sm" style={{ wordBreak: 'break-all' }}>
        {t('instance.image.location')}:{' '}
        <Anchor href={location} target="_blank" rel="noreferrer" size="sm">
          {location}
        </Anchor>
      </Text>
    </Stack>
  );
}

function openImageRequested(scope: ApiScope, imageId: string, name: string, location: string) {
  modals.open({
    title: <Text fw={600}>{i18nTitle('instance.image.createdTitle')}</Text>,
    children: <ImageRequested scope={scope} imageId={imageId} name={name} location={location} />,
  });
}

function RenameDialog({ scope, target, perform, onClose }: DialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(target.server.name);
  const [busy, setBusy] = useState(false);
  const error =
    name.trim() === ''
      ? t('instance.rename.required')
      : name.length > 255
        ? t('instance.rename.tooLong')
        : null;
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        if (error) return;
        setBusy(true);
        try {
          const result = await perform(
            'rename',
            target,
            { name: name.trim() },
            { confirmed: true },
          );
          if (result) onClose();
        } catch {
          // shown by the notification
        } finally {
          setBusy(false);
        }
      }}
    >
      <Stack gap="sm">
        <TextInput
          label={t('instance.rename.label')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={error}
          data-autofocus
        />
        {!error && (
          <RequestPreview
            request={describeServerAction(scope, 'rename', target.server.id, { name: name.trim() })}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            disabled={Boolean(error) || name.trim() === target.server.name}
            loading={busy}
          >
            {t('instance.rename.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** What every parameterless action of this instance sends, and whether it is allowed now. */
function ApiRequests({ scope, target }: { scope: ApiScope; target: ActionTarget }) {
  const { t } = useTranslation();
  const denial = useDenialText();
  const { server } = target;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('instance.actions.requestsHint')}
      </Text>
      {parameterlessIn('requests').map((action) => {
        const reason = denial(
          action,
          checkAction(action, actionSubject(server, target.flavorName)),
        );
        return (
          <Stack key={action} gap={4}>
            <Group gap="xs">
              <Text fw={600} size="sm">
                {t(INSTANCE_ACTIONS[action].label)}
              </Text>
              {reason && (
                <Badge variant="default" size="sm">
                  {t('instance.actions.notNow')}
                </Badge>
              )}
            </Group>
            {reason && (
              <Text size="xs" c="dimmed">
                {reason}
              </Text>
            )}
            <RequestPreview request={describeServerAction(scope, action, server.id, undefined)} />
          </Stack>
        );
      })}
    </Stack>
  );
}

// Modal titles are set when the modal opens, outside React: they use the global i18n instance.
const i18nTitle = (key: string, values?: Record<string, string>) =>
  String(i18next.t(key as never, values as never));

export function openResizeDialog(
  scope: ApiScope,
  target: ActionTarget,
  perform: Perform,
  flavors: Flavor[],
  osType: string | null,
) {
  const id = modals.open({
    title: <Text fw={600}>{i18nTitle('instance.resize.title', { name: target.server.name })}</Text>,
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

export function openCreateImageDialog(scope: ApiScope, target: ActionTarget, perform: Perform) {
  const id = modals.open({
    title: <Text fw={600}>{i18nTitle('instance.image.title', { name: target.server.name })}</Text>,
    size: 'lg',
    children: (
      <CreateImageDialog
        scope={scope}
        target={target}
        perform={perform}
        onClose={() => modals.close(id)}
      />
    ),
  });
}

export function openRenameDialog(scope: ApiScope, target: ActionTarget, perform: Perform) {
  const id = modals.open({
    title: <Text fw={600}>{i18nTitle('instance.rename.edit')}</Text>,
    children: (
      <RenameDialog
        scope={scope}
        target={target}
        perform={perform}
        onClose={() => modals.close(id)}
      />
    ),
  });
}

export function openApiRequests(scope: ApiScope, target: ActionTarget) {
  modals.open({
    title: (
      <Text fw={600}>
        {i18nTitle('instance.actions.requestsTitle', { name: target.server.name })}
      </Text>
    ),
    size: 'xl',
    children: <ApiRequests scope={scope} target={target} />,
  });
}
