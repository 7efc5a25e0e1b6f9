import {
  Alert,
  Button,
  Group,
  Modal,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiScope } from '../../../api/endpoints';
import { downloadText, privateKeyFile } from '../../../components/download-files';
import { IconAlertTriangle, IconDownload, IconKey, IconUpload } from '../../../components/icons';
import { errorMessage } from '../../../components/notify';
import type { Keypair } from '../../../domain/compute-types';
import { checkKeypairName, KEYPAIR_NAME_MAX } from '../../../domain/keypair';
import { checkPublicKey } from '../../../domain/public-key';
import { useCreateKeypair } from '../../../resources/keypairs';

type Mode = 'create' | 'import';

/** The key pair select, with creating or importing one in place. */
export function KeypairField({
  scope,
  keypairs,
  loading,
  value,
  onChange,
  error,
  mode,
  onModeChange,
}: {
  scope: ApiScope;
  keypairs: readonly Keypair[] | undefined;
  loading: boolean;
  value: string | null;
  onChange: (name: string | null) => void;
  error?: ReactNode;
  mode: Mode | null;
  onModeChange: (mode: Mode | null) => void;
}) {
  const { t } = useTranslation();
  const data = (keypairs ?? []).map((k) => ({ value: k.name, label: k.name }));
  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('createInstance.keypair.label')}
          placeholder={loading ? t('common.loading') : t('createInstance.keypair.placeholder')}
          description={t('createInstance.keypair.description')}
          data={data}
          value={value}
          onChange={onChange}
          error={error}
          withAsterisk
          searchable
          nothingFoundMessage={t('createInstance.keypair.none')}
          leftSection={<IconKey size={16} aria-hidden />}
          style={{ flex: 1, minWidth: 260 }}
          data-testid="keypair-select"
        />
        <Group gap="xs" mb={error ? 22 : 0}>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={() => onModeChange('create')}
          >
            {t('createInstance.keypair.create')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconUpload size={16} aria-hidden />}
            onClick={() => onModeChange('import')}
          >
            {t('createInstance.keypair.import')}
          </Button>
        </Group>
      </Group>
      {keypairs && keypairs.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('createInstance.keypair.none')}
        </Text>
      )}
      <Modal
        opened={mode !== null}
        onClose={() => onModeChange(null)}
        title={
          mode === 'import'
            ? t('createInstance.keypair.importTitle')
            : t('createInstance.keypair.createTitle')
        }
        size="lg"
      >
        {mode !== null && (
          <KeypairForm
            key={mode}
            scope={scope}
            mode={mode}
            existing={keypairs ?? []}
            onDone={(name) => {
              onModeChange(null);
              if (name) onChange(name);
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

function KeypairForm({
  scope,
  mode,
  existing,
  onDone,
}: {
  scope: ApiScope;
  mode: Mode;
  existing: readonly Keypair[];
  onDone: (name: string | null) => void;
}) {
  const { t } = useTranslation();
  // Forgotten as soon as nobody watches it (gcTime 0): a generated private key is not kept.
  const create = useCreateKeypair(scope);
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: '', publicKey: '' },
    validate: {
      name: (name) => {
        const problem = checkKeypairName(name);
        // The key pairs page's words for the same rules.
        if (problem) return t(`keypairs.nameProblems.${problem}`, { max: KEYPAIR_NAME_MAX });
        if (existing.some((k) => k.name === name))
          return t('keypairs.nameProblems.duplicate', { name });
        return null;
      },
      publicKey: (key) => {
        if (mode !== 'import') return null;
        // The key pairs page's checker and words: the same key is judged the same everywhere.
        const check = checkPublicKey(key);
        return check.ok
          ? null
          : t(`keypairs.keyProblems.${check.problem}`, { type: check.type ?? '' });
      },
    },
  });
  const file = privateKeyFile(form.values.name || 'name');

  const submit = form.onSubmit(async ({ name, publicKey }) => {
    if (create.isPending) return;
    try {
      const check = checkPublicKey(publicKey);
      const created = await create.mutateAsync(
        mode === 'import' && check.ok ? { name, publicKey: check.key } : { name },
      );
      if (created.private_key) {
        // Straight to the operator, once; the console keeps no copy.
        downloadText(privateKeyFile(created.name), created.private_key);
      }
      create.reset();
      notifications.show({
        color: 'teal',
        title:
          mode === 'import'
            ? t('createInstance.keypair.imported', { name: created.name })
            : t('createInstance.keypair.created', { name: created.name }),
        message:
          mode === 'create'
            ? t('createInstance.keypair.downloaded', { file: privateKeyFile(created.name) })
            : '',
        autoClose: mode === 'create' ? 10_000 : 5_000,
      });
      onDone(created.name);
    } catch {
      // Shown below the fields (create.error).
    }
  });

  return (
    <form
      noValidate
      onSubmit={(event) => {
        // The modal is portaled out of the page's form in the DOM, not in React: keep this submit
        // from reaching the create form.
        event.stopPropagation();
        submit(event);
      }}
    >
      <Stack gap="sm">
        <TextInput
          label={t('createInstance.keypair.name')}
          description={t('createInstance.keypair.nameHint')}
          withAsterisk
          autoComplete="off"
          data-autofocus
          {...form.getInputProps('name')}
        />
        {mode === 'import' ? (
          <Textarea
            label={t('createInstance.keypair.publicKey')}
            description={t('createInstance.keypair.publicKeyHint')}
            withAsterisk
            autosize
            minRows={3}
            maxRows={8}
            spellCheck={false}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            {...form.getInputProps('publicKey')}
          />
        ) : (
          <Alert variant="default" icon={<IconKey />} color="blue">
            <Text size="sm">{t('createInstance.keypair.privateKeyWarning', { file })}</Text>
          </Alert>
        )}
        {create.isError && (
          <Alert
            variant="default"
            color="red"
            icon={<IconAlertTriangle />}
            title={t('createInstance.keypair.failed')}
            role="alert"
          >
            <Text size="sm" data-testid="keypair-error">
              {errorMessage(create.error)}
            </Text>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone(null)}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            loading={create.isPending}
            leftSection={
              mode === 'import' ? (
                <IconUpload size={16} aria-hidden />
              ) : (
                <IconDownload size={16} aria-hidden />
              )
            }
          >
            {mode === 'import'
              ? t('createInstance.keypair.importSubmit')
              : t('createInstance.keypair.createSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
