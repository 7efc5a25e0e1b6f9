/**
 * A key pair's details: its summary (name, fingerprint, created, owner, id) and its public key,
 * to copy or download. Each field shows a placeholder until the key pair is read.
 */
import {
  ActionIcon,
  Box,
  Button,
  Code,
  CopyButton,
  Group,
  Paper,
  Skeleton,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText, novaTimeToIso, publicKeyFile } from '../../../components/download-files';
import { IconCheck, IconCopy, IconDownload } from '../../../components/icons';
import { RelativeTime } from '../../../components/relative-time';
import type { KeypairDetail } from '../../../domain/compute-types';

export function KeypairSummarySection({ keypair }: { keypair: KeypairDetail | undefined }) {
  const { t } = useTranslation();
  const created = novaTimeToIso(keypair?.created_at);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="keypair-summary">
      <Title order={2} size="h4" mb="sm" id="keypair-summary">
        {t('keypairs.detail.summary')}
      </Title>
      <Box
        component="dl"
        m={0}
        style={{
          display: 'grid',
          gridTemplateColumns: 'minmax(120px, max-content) 1fr',
          gap: '8px 24px',
        }}
      >
        <Field label={t('keypairs.detail.name')}>{keypair?.name}</Field>
        <Field label={t('keypairs.detail.fingerprint')}>
          {keypair && (
            <Group gap={6} wrap="nowrap">
              <Text
                size="sm"
                ff="monospace"
                style={{ wordBreak: 'break-all' }}
                data-testid="keypair-detail-fingerprint"
              >
                {keypair.fingerprint}
              </Text>
              <CopyIcon value={keypair.fingerprint} label={t('keypairs.detail.copyFingerprint')} />
            </Group>
          )}
        </Field>
        <Field label={t('keypairs.detail.created')}>
          {keypair &&
            (created ? (
              <Text size="sm" span>
                {dayjs(created).format('LLL')} (<RelativeTime value={created} />)
              </Text>
            ) : (
              '—'
            ))}
        </Field>
        <Field label={t('keypairs.detail.owner')}>
          {keypair && (
            <Text size="sm" ff="monospace" span>
              {keypair.user_id}
            </Text>
          )}
        </Field>
        <Field label={t('keypairs.detail.id')}>{keypair && String(keypair.id)}</Field>
      </Box>
    </Paper>
  );
}

/** The public key: shown whole, copied or downloaded as `<name>.pub`. */
export function KeypairPublicKeySection({
  name,
  keypair,
}: {
  name: string;
  keypair: KeypairDetail | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="keypair-public-key">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} size="h4" id="keypair-public-key">
          {t('keypairs.detail.publicKey')}
        </Title>
        {keypair && (
          <Group gap="xs">
            <CopyButton value={keypair.public_key}>
              {({ copied, copy }) => (
                <Button
                  size="xs"
                  variant="default"
                  leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
                  onClick={copy}
                  data-testid="copy-public-key"
                >
                  {copied ? t('common.copied') : t('keypairs.detail.copyPublicKey')}
                </Button>
              )}
            </CopyButton>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconDownload size={14} />}
              onClick={() =>
                downloadText(publicKeyFile(name), `${keypair?.public_key ?? ''}\n`, 'text/plain')
              }
            >
              {t('keypairs.detail.downloadPublicKey', { file: publicKeyFile(name) })}
            </Button>
          </Group>
        )}
      </Group>
      {keypair ? (
        <Code
          block
          style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
          data-testid="keypair-public-key"
        >
          {keypair.public_key}
        </Code>
      ) : (
        <Skeleton height={60} />
      )}
    </Paper>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Box component="dd" m={0} fz="sm" style={{ minWidth: 0 }}>
        {children ?? <Skeleton height={14} width={160} mt={3} />}
      </Box>
    </>
  );
}

function CopyIcon({ value, label }: { value: string; label: string }) {
  const { t } = useTranslation();
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? t('common.copied') : label} withArrow>
          <ActionIcon variant="subtle" color="gray" aria-label={label} onClick={copy}>
            {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
          </ActionIcon>
        </Tooltip>
      )}
    </CopyButton>
  );
}
