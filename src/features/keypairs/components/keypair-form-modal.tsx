/**
 * Create (the server generates the pair) or import (an OpenSSH public key) a key pair. Every input
 * is checked before anything is sent, and what NHN Cloud refuses is shown next to its field.
 *
 * A generated private key lives only in this dialog's state: it is downloaded at once, shown once,
 * and dropped when the dialog closes. The mutation is reset as soon as its result has been taken,
 * so react-query's mutation cache keeps no copy either.
 */
import {
  Button,
  Code,
  CopyButton,
  FileButton,
  Group,
  Modal,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { downloadText, privateKeyFile } from '../../../components/download-files';
import {
  IconCheck,
  IconCircleCheck,
  IconCopy,
  IconDownload,
  IconUpload,
} from '../../../components/icons';
import { checkKeypairName, KEYPAIR_NAME_MAX } from '../../../domain/keypair';
import { checkPublicKey, suggestKeypairName } from '../../../domain/public-key';
import { createKeypairOptions } from '../../../resources/keypairs';
import { isInFlight } from '../../../resources/mutations';
import { useScope } from '../../../session/use-session';
import { Note } from './note';

export type KeypairFormMode = 'create' | 'import';

interface Secret {
  name: string;
  fingerprint: string;
  privateKey: string;
}

/** A public key file is one line of a few hundred bytes; anything this large is something else. */
const MAX_PUBLIC_KEY_FILE = 16 * 1024;

export function KeypairFormModal({
  mode,
  onClose,
  existingNames,
}: {
  mode: KeypairFormMode | null;
  onClose: () => void;
  /** The names the list knows, to refuse a duplicate before asking. */
  existingNames: readonly string[] | undefined;
}) {
  const { t } = useTranslation();
  const [secret, setSecret] = useState<Secret | null>(null);
  // Keeps the content while the dialog animates out.
  const lastMode = useRef<KeypairFormMode>('create');
  if (mode) lastMode.current = mode;
  const shown = mode ?? lastMode.current;

  const close = () => {
    setSecret(null);
    onClose();
  };

  return (
    <Modal
      opened={mode !== null}
      onClose={close}
      size="lg"
      title={
        secret
          ? t('keypairs.secret.title')
          : shown === 'create'
            ? t('keypairs.form.createTitle')
            : t('keypairs.form.importTitle')
      }
      // A click beside the dialog must not throw away a private key that is shown once.
      closeOnClickOutside={!secret}
      closeOnEscape={!secret}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-testid="keypair-modal"
    >
      {secret ? (
        <SecretStep secret={secret} onDone={close} />
      ) : mode ? (
        <KeypairForm
          key={mode}
          mode={mode}
          existingNames={existingNames}
          onCreated={setSecret}
          onImported={close}
          onCancel={close}
        />
      ) : null}
    </Modal>
  );
}

type FieldErrors = { name?: string; publicKey?: string; form?: string };

function KeypairForm({
  mode,
  existingNames,
  onCreated,
  onImported,
  onCancel,
}: {
  mode: KeypairFormMode;
  existingNames: readonly string[] | undefined;
  onCreated: (secret: Secret) => void;
  onImported: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const scope = useScope();
  const queryClient = useQueryClient();
  const options = createKeypairOptions(scope);
  const create = useMutation(options);
  const [name, setName] = useState('');
  const [publicKey, setPublicKey] = useState('');
  const [touched, setTouched] = useState({ name: false, publicKey: false });
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [fileError, setFileError] = useState<string | null>(null);
  const resetFile = useRef<() => void>(null);
  const pending = create.isPending;

  const nameError = (): string | undefined => {
    const problem = checkKeypairName(name);
    if (problem) return t(`keypairs.nameProblems.${problem}`, { max: KEYPAIR_NAME_MAX });
    if (existingNames?.includes(name)) return t('keypairs.nameProblems.duplicate', { name });
    return undefined;
  };
  const keyCheck = checkPublicKey(publicKey);
  const keyError = (): string | undefined =>
    keyCheck.ok
      ? undefined
      : t(`keypairs.keyProblems.${keyCheck.problem}`, { type: keyCheck.type ?? '' });

  // A duplicate shows as soon as it is typed; other problems once the field was left or sent.
  const shownNameError =
    serverErrors.name ?? (touched.name || existingNames?.includes(name) ? nameError() : undefined);
  const shownKeyError =
    fileError ?? serverErrors.publicKey ?? (touched.publicKey ? keyError() : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // One request per press (issue 11): nothing while a create is in flight.
    if (isInFlight(queryClient, options.mutationKey)) return;
    setTouched({ name: true, publicKey: true });
    setServerErrors({});
    if (nameError() || (mode === 'import' && (keyError() || fileError))) return;
    try {
      if (mode === 'create') {
        const created = await create.mutateAsync({ name });
        // Taken: the mutation (and so react-query's cache) lets go of the private key now.
        create.reset();
        if (!created.private_key) {
          setServerErrors({ form: t('keypairs.form.failed') });
          return;
        }
        const file = privateKeyFile(created.name);
        downloadText(file, created.private_key);
        notifications.show({
          color: 'teal',
          icon: <IconCheck size={18} />,
          closeButtonProps: { 'aria-label': t('common.close') },
          title: t('keypairs.notify.created', { name: created.name }),
          message: t('keypairs.notify.createdText', { file }),
        });
        onCreated({
          name: created.name,
          fingerprint: created.fingerprint,
          privateKey: created.private_key,
        });
      } else {
        if (!keyCheck.ok) return;
        const imported = await create.mutateAsync({ name, publicKey: keyCheck.key });
        create.reset();
        notifications.show({
          color: 'teal',
          icon: <IconCheck size={18} />,
          closeButtonProps: { 'aria-label': t('common.close') },
          title: t('keypairs.notify.imported', { name: imported.name }),
          message: imported.fingerprint,
        });
        onImported();
      }
    } catch (error) {
      create.reset();
      const failure = classifyFailure(error);
      if ('duplicate' in failure) {
        setServerErrors({ name: t('keypairs.nameProblems.duplicate', { name }) });
      } else if (failure.field === 'publicKey') {
        setServerErrors({
          publicKey: t('keypairs.keyProblems.refused', { message: failure.message }),
        });
      } else if (failure.field === 'name') {
        setServerErrors({ name: failure.message });
      } else {
        setServerErrors({ form: `${t('keypairs.form.failed')}: ${failure.message}` });
      }
    }
  };

  const onFile = async (file: File | null) => {
    resetFile.current?.();
    if (!file) return;
    if (file.size > MAX_PUBLIC_KEY_FILE) {
      setFileError(t('keypairs.form.uploadTooLarge'));
      return;
    }
    setFileError(null);
    setServerErrors((errors) => ({ ...errors, publicKey: undefined }));
    const text = (await file.text()).trim();
    setPublicKey(text);
    setTouched((was) => ({ ...was, publicKey: true }));
    if (!name) setName(suggestKeypairName(file.name));
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">
          {mode === 'create' ? t('keypairs.form.createIntro') : t('keypairs.form.importIntro')}
        </Text>
        <TextInput
          label={t('keypairs.form.name')}
          description={t('keypairs.form.nameHint')}
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
            setServerErrors((errors) => ({ ...errors, name: undefined, form: undefined }));
          }}
          onBlur={() => name && setTouched((was) => ({ ...was, name: true }))}
          error={shownNameError}
          withAsterisk
          autoComplete="off"
          spellCheck={false}
          maxLength={KEYPAIR_NAME_MAX + 1}
          data-autofocus
          data-testid="keypair-name"
        />
        {mode === 'import' && (
          <Stack gap={6}>
            <Textarea
              label={t('keypairs.form.publicKey')}
              description={t('keypairs.form.publicKeyHint')}
              placeholder={t('keypairs.form.publicKeyPlaceholder')}
              value={publicKey}
              onChange={(event) => {
                setPublicKey(event.currentTarget.value);
                setFileError(null);
                setServerErrors((errors) => ({ ...errors, publicKey: undefined, form: undefined }));
              }}
              onBlur={() => publicKey && setTouched((was) => ({ ...was, publicKey: true }))}
              error={shownKeyError}
              withAsterisk
              autosize
              minRows={4}
              maxRows={8}
              spellCheck={false}
              autoComplete="off"
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              data-testid="keypair-public-key"
            />
            <Group justify="space-between" gap="xs">
              <FileButton onChange={onFile} accept=".pub,text/plain" resetRef={resetFile}>
                {(props) => (
                  <Button
                    {...props}
                    variant="default"
                    size="xs"
                    leftSection={<IconUpload size={14} />}
                    data-testid="keypair-upload"
                  >
                    {t('keypairs.form.upload')}
                  </Button>
                )}
              </FileButton>
              {keyCheck.ok && !shownKeyError && (
                <Group gap={4} data-testid="keypair-key-ok">
                  <IconCircleCheck size={16} color="var(--mantine-color-teal-7)" aria-hidden />
                  <Text size="sm">{t('keypairs.form.keyOk', { type: keyCheck.type })}</Text>
                </Group>
              )}
            </Group>
          </Stack>
        )}
        {serverErrors.form && (
          <Note tone="error" role="alert" testId="keypair-error">
            <Text size="sm">{serverErrors.form}</Text>
          </Note>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel} disabled={pending}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            loading={pending}
            leftSection={mode === 'create' ? <IconDownload size={16} /> : <IconUpload size={16} />}
            data-testid="keypair-submit"
          >
            {mode === 'create' ? t('keypairs.form.submitCreate') : t('keypairs.form.submitImport')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type Failure =
  | { field: 'name'; duplicate: true }
  | { field: 'name' | 'publicKey' | 'form'; message: string };

/** Which field NHN Cloud's refusal is about. */
function classifyFailure(error: unknown): Failure {
  if (!isApiError(error)) {
    return { field: 'form', message: error instanceof Error ? error.message : String(error) };
  }
  if (error.isConflict) return { field: 'name', duplicate: true };
  if (error.status === 400) {
    if (/key ?pair data|public key|key type/i.test(error.message)) {
      return { field: 'publicKey', message: error.message };
    }
    if (/name/i.test(error.message)) return { field: 'name', message: error.message };
  }
  return { field: 'form', message: error.message };
}

function SecretStep({ secret, onDone }: { secret: Secret; onDone: () => void }) {
  const { t } = useTranslation();
  const file = privateKeyFile(secret.name);
  return (
    <Stack gap="md" data-testid="keypair-secret">
      <Note tone="warning" testId="keypair-secret-warning">
        <Stack gap={4}>
          <Text size="sm">{t('keypairs.secret.warning')}</Text>
          <Text size="sm" fw={500}>
            {t('keypairs.secret.downloaded', { file })}
          </Text>
        </Stack>
      </Note>
      <div>
        <Text size="sm" fw={500}>
          {t('keypairs.secret.fingerprint')}
        </Text>
        <Code data-testid="keypair-secret-fingerprint">{secret.fingerprint}</Code>
      </div>
      <Textarea
        label={t('keypairs.secret.label', { name: secret.name })}
        value={secret.privateKey}
        readOnly
        autosize
        minRows={4}
        maxRows={8}
        spellCheck={false}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
        data-testid="keypair-private-key"
      />
      <Text size="xs" c="dimmed">
        {t('keypairs.secret.usage', { file })}
      </Text>
      <Group justify="space-between" gap="xs">
        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            leftSection={<IconDownload size={14} />}
            onClick={() => downloadText(file, secret.privateKey)}
          >
            {t('keypairs.secret.downloadAgain', { file })}
          </Button>
          <CopyButton value={secret.privateKey}>
            {({ copied, copy }) => (
              <Button
                variant="default"
                size="xs"
                leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
                onClick={copy}
              >
                {copied ? t('common.copied') : t('keypairs.secret.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Button onClick={onDone} data-testid="keypair-secret-done">
          {t('keypairs.secret.done')}
        </Button>
      </Group>
    </Stack>
  );
}
