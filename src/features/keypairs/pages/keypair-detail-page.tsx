import {
  ActionIcon,
  Anchor,
  Box,
  Breadcrumbs,
  Button,
  Code,
  CopyButton,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import dayjs from 'dayjs';
import { DataTable } from 'mantine-datatable';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../api/api-error';
import { downloadText, novaTimeToIso, publicKeyFile } from '../../../components/download-files';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import {
  IconArrowLeft,
  IconCheck,
  IconCopy,
  IconDownload,
  IconKeyOff,
  IconTrash,
} from '../../../components/icons';
import { PageHeader } from '../../../components/page-header';
import { RelativeTime } from '../../../components/relative-time';
import { StatusBadge } from '../../../components/status-badge';
import type { Server } from '../../../domain/compute-types';
import { useInstancesByKeypair, useKeypair } from '../../../resources/keypairs';
import { useScope } from '../../../session/use-session';
import { useDeleteKeypairFlow } from '../components/use-delete-keypair';

export function KeypairDetailPage() {
  const { t } = useTranslation();
  const scope = useScope();
  const navigate = useNavigate();
  const name = useParams().name ?? '';
  const keypair = useKeypair(scope, name);
  const usage = useInstancesByKeypair(scope);
  const deleteKeypair = useDeleteKeypairFlow();
  const listPath = `/${scope.region}/keypairs`;
  const instances = usage.data?.get(name) ?? [];

  const breadcrumbs = (
    <Breadcrumbs>
      <Anchor component={Link} to={listPath} size="sm">
        {t('keypairs.detail.breadcrumb')}
      </Anchor>
      <Text size="sm">{name}</Text>
    </Breadcrumbs>
  );

  if (keypair.isError && isApiError(keypair.error) && keypair.error.status === 404) {
    return (
      <>
        <PageHeader title={name} breadcrumbs={breadcrumbs} />
        <EmptyState
          testId="keypair-not-found"
          icon={<IconKeyOff />}
          title={t('keypairs.detail.notFound.title')}
          text={t('keypairs.detail.notFound.text', { name, region: scope.region.toUpperCase() })}
          action={
            <Button
              component={Link}
              to={listPath}
              variant="default"
              leftSection={<IconArrowLeft size={16} />}
            >
              {t('keypairs.detail.notFound.back')}
            </Button>
          }
        />
      </>
    );
  }

  const created = novaTimeToIso(keypair.data?.created_at);

  return (
    <>
      <PageHeader
        title={name}
        breadcrumbs={breadcrumbs}
        actions={
          <Button
            variant="default"
            leftSection={<IconTrash size={16} color="var(--mantine-color-red-7)" />}
            disabled={!keypair.data}
            onClick={async () => {
              const deleted = await deleteKeypair(name, usage.data?.get(name));
              if (deleted) navigate(listPath, { replace: true });
            }}
            data-testid="keypair-delete"
          >
            {t('keypairs.delete.action')}
          </Button>
        }
      />

      {keypair.isError && !keypair.data ? (
        <ErrorState what={name} error={keypair.error} onRetry={() => keypair.refetch()} />
      ) : (
        <Stack gap="md">
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
              <Field label={t('keypairs.detail.name')}>{keypair.data?.name}</Field>
              <Field label={t('keypairs.detail.fingerprint')}>
                {keypair.data && (
                  <Group gap={6} wrap="nowrap">
                    <Text
                      size="sm"
                      ff="monospace"
                      style={{ wordBreak: 'break-all' }}
                      data-testid="keypair-detail-fingerprint"
                    >
                      {keypair.data.fingerprint}
                    </Text>
                    <CopyIcon
                      value={keypair.data.fingerprint}
                      label={t('keypairs.detail.copyFingerprint')}
                    />
                  </Group>
                )}
              </Field>
              <Field label={t('keypairs.detail.created')}>
                {keypair.data &&
                  (created ? (
                    <Text size="sm" span>
                      {dayjs(created).format('LLL')} (<RelativeTime value={created} />)
                    </Text>
                  ) : (
                    '—'
                  ))}
              </Field>
              <Field label={t('keypairs.detail.owner')}>
                {keypair.data && (
                  <Text size="sm" ff="monospace" span>
                    {keypair.data.user_id}
                  </Text>
                )}
              </Field>
              <Field label={t('keypairs.detail.id')}>
                {keypair.data && String(keypair.data.id)}
              </Field>
            </Box>
          </Paper>

          <Paper withBorder p="md" component="section" aria-labelledby="keypair-public-key">
            <Group justify="space-between" mb="sm" gap="xs">
              <Title order={2} size="h4" id="keypair-public-key">
                {t('keypairs.detail.publicKey')}
              </Title>
              {keypair.data && (
                <Group gap="xs">
                  <CopyButton value={keypair.data.public_key}>
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
                      downloadText(
                        publicKeyFile(name),
                        `${keypair.data?.public_key ?? ''}\n`,
                        'text/plain',
                      )
                    }
                  >
                    {t('keypairs.detail.downloadPublicKey', { file: publicKeyFile(name) })}
                  </Button>
                </Group>
              )}
            </Group>
            {keypair.data ? (
              <Code
                block
                style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
                data-testid="keypair-public-key"
              >
                {keypair.data.public_key}
              </Code>
            ) : (
              <Skeleton height={60} />
            )}
          </Paper>

          <Paper withBorder p="md" component="section" aria-labelledby="keypair-instances">
            <Group justify="space-between" mb="sm" gap="xs">
              <Title order={2} size="h4" id="keypair-instances">
                {t('keypairs.detail.instances')}
              </Title>
              {usage.data && (
                <Text size="sm" c="dimmed">
                  {t('keypairs.detail.instancesCount', { count: instances.length })}
                </Text>
              )}
            </Group>
            {usage.isError && !usage.data ? (
              <ErrorState
                what={t('keypairs.detail.instances')}
                error={usage.error}
                onRetry={() => usage.refetch()}
              />
            ) : usage.isPending ? (
              <Skeleton height={80} />
            ) : instances.length === 0 ? (
              <Text size="sm" c="dimmed" data-testid="keypair-no-instances">
                {t('keypairs.detail.noInstances')}
              </Text>
            ) : (
              <DataTable<Server>
                withTableBorder
                borderRadius="sm"
                verticalSpacing="xs"
                records={instances}
                idAccessor="id"
                aria-label={t('keypairs.detail.instances')}
                data-testid="keypair-instances-table"
                columns={[
                  {
                    accessor: 'name',
                    title: t('keypairs.detail.instanceColumns.name'),
                    render: (server) => (
                      <Anchor
                        component={Link}
                        to={`/${scope.region}/instances/${server.id}`}
                        fw={500}
                      >
                        {server.name}
                      </Anchor>
                    ),
                  },
                  {
                    accessor: 'status',
                    title: t('keypairs.detail.instanceColumns.status'),
                    render: (server) => (
                      <StatusBadge
                        status={server.status}
                        taskState={server['OS-EXT-STS:task_state']}
                      />
                    ),
                  },
                  {
                    accessor: 'created',
                    title: t('keypairs.detail.instanceColumns.created'),
                    render: (server) => <RelativeTime value={server.created} />,
                  },
                ]}
              />
            )}
          </Paper>
        </Stack>
      )}
    </>
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
