import { Button, Code, CopyButton, Group, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { downloadText, privateKeyFile } from '../../../components/download-files';
import { IconCheck, IconCopy, IconDownload } from '../../../components/icons';
import { Note } from './note';

/** A generated pair, held only by the dialog's state until it closes. */
export interface KeypairSecret {
  name: string;
  fingerprint: string;
  privateKey: string;
}

/**
 * The private key of a generated pair, shown once: already downloaded, downloadable and copyable
 * again while the dialog is open, never kept after it.
 */
export function SecretStep({ secret, onDone }: { secret: KeypairSecret; onDone: () => void }) {
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
