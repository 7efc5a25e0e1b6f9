/**
 * The key pair dialog's form: create (the server generates the pair) or import (an OpenSSH public
 * key, typed or read from a .pub file). Every input is checked before anything is sent
 * (keypair-form-errors.ts), one request per press, and what NHN Cloud refuses is shown next to
 * its field. A generated private key is handed to the dialog and the mutation reset at once.
 */
import { Button, FileButton, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText, privateKeyFile } from '../../../components/download-files';
import { IconCheck, IconCircleCheck, IconDownload, IconUpload } from '../../../components/icons';
import { KEYPAIR_NAME_MAX } from '../../../domain/keypair';
import { checkPublicKey, suggestKeypairName } from '../../../domain/public-key';
import { createKeypairOptions } from '../../../resources/keypairs';
import { isInFlight } from '../../../resources/mutations';
import { useScope } from '../../../session/use-session';
import {
  classifyKeypairFailure,
  keypairNameProblem,
  MAX_PUBLIC_KEY_FILE,
  showsNameProblem,
} from '../keypair-form-errors';
import type { KeypairSecret } from './keypair-secret-step';
import { Note } from './note';

export type KeypairFormMode = 'create' | 'import';

type FieldErrors = { name?: string; publicKey?: string; form?: string };

export function KeypairForm({
  mode,
  existingNames,
  onCreated,
  onImported,
  onCancel,
}: {
  mode: KeypairFormMode;
  existingNames: readonly string[] | undefined;
  onCreated: (secret: KeypairSecret) => void;
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
    const problem = keypairNameProblem(name, existingNames);
    if (problem === 'duplicate') return t('keypairs.nameProblems.duplicate', { name });
    return problem ? t(`keypairs.nameProblems.${problem}`, { max: KEYPAIR_NAME_MAX }) : undefined;
  };
  const keyCheck = checkPublicKey(publicKey);
  const keyError = (): string | undefined =>
    keyCheck.ok
      ? undefined
      : t(`keypairs.keyProblems.${keyCheck.problem}`, { type: keyCheck.type ?? '' });

  const shownNameError =
    serverErrors.name ??
    (showsNameProblem(name, existingNames, touched.name) ? nameError() : undefined);
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
      const failure = classifyKeypairFailure(error);
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
