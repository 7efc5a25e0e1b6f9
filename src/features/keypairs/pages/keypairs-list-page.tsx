import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  Paper,
  Text,
  TextInput,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  IconFilterOff,
  IconKey,
  IconPlus,
  IconSearch,
  IconTrash,
  IconUpload,
} from '../../../components/icons';
import { ListBody } from '../../../components/list-body';
import { RefreshButton } from '../../../components/list-states';
import { sortAfterClick, sortParam } from '../../../components/list-url';
import { PageHeader } from '../../../components/page-header';
import { regionLabel } from '../../../components/region-label';
import { useListUrl } from '../../../components/use-list-url';
import type { Keypair } from '../../../domain/compute-types';
import { keypairPath } from '../../../navigation/paths';
import { usageLoading, useInstancesByKeypair, useKeypairs } from '../../../resources/keypairs';
import { useScope } from '../../../session/use-session';
import type { KeypairFormMode } from '../components/keypair-form';
import { KeypairFormModal } from '../components/keypair-form-modal';
import { KeypairInstances } from '../components/keypair-instances';
import { deleteWaitsBecause, instancesOf } from '../components/keypair-usage';
import { useDeleteKeypairFlow } from '../components/use-delete-keypair';
import { CLEARED_KEYPAIR_SEARCH, keypairRows, readKeypairParams } from '../keypair-list';

export function KeypairsListPage() {
  const { t } = useTranslation();
  const scope = useScope();
  const { params, update } = useListUrl();
  const { search, sort } = readKeypairParams(params);

  const [dialog, setDialog] = useState<KeypairFormMode | null>(null);
  const keypairs = useKeypairs(scope);
  const usage = useInstancesByKeypair(scope);
  const deleteKeypair = useDeleteKeypairFlow();

  const regionName = regionLabel(t, scope.region);
  const searching = search.trim() !== '';
  const records = useMemo(
    () =>
      keypairRows(
        keypairs.data ?? [],
        search,
        { key: sort.key, direction: sort.direction },
        (name) => usage.data?.get(name)?.length ?? 0,
      ),
    [keypairs.data, usage.data, search, sort.key, sort.direction],
  );

  const createButtons = (
    <>
      <Button
        variant="default"
        leftSection={<IconUpload size={16} />}
        onClick={() => setDialog('import')}
      >
        {t('keypairs.import')}
      </Button>
      <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog('create')}>
        {t('keypairs.create')}
      </Button>
    </>
  );

  return (
    <>
      <PageHeader
        title={t('keypairs.title')}
        description={t('keypairs.description', { region: regionName })}
        actions={
          <>
            <RefreshButton
              query={keypairs}
              label={t('keypairs.refresh')}
              onClick={() => {
                keypairs.refetch();
                usage.refetch();
              }}
            />
            {createButtons}
          </>
        }
      />

      <Paper withBorder p="sm" mb="sm">
        <Group gap="sm" align="flex-end">
          <TextInput
            label={t('keypairs.filters.name')}
            placeholder={t('keypairs.filters.namePlaceholder')}
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(event) => update({ q: event.currentTarget.value })}
            w={280}
            data-testid="keypair-filter-name"
          />
          {search && (
            <Button
              variant="subtle"
              leftSection={<IconFilterOff size={16} />}
              onClick={() => update(CLEARED_KEYPAIR_SEARCH)}
            >
              {t('keypairs.filters.clear')}
            </Button>
          )}
        </Group>
      </Paper>

      <ListBody
        query={keypairs}
        what={t('keypairs.title')}
        testIdPrefix="keypairs"
        skeleton={{ rows: 4, height: 40 }}
        isEmpty={records.length === 0}
        noMatches={
          searching
            ? {
                title: t('keypairs.noMatches.title'),
                text: t('keypairs.noMatches.text', { name: search.trim() }),
                clearLabel: t('keypairs.filters.clear'),
                onClear: () => update(CLEARED_KEYPAIR_SEARCH),
              }
            : null
        }
        empty={{
          icon: <IconKey />,
          title: t('keypairs.empty.title'),
          text: t('keypairs.empty.text'),
          action: <Group gap="xs">{createButtons}</Group>,
        }}
      >
        {usage.isError && (
          <Group gap="xs" mb="xs">
            <Text size="sm" c="dimmed" role="status">
              {t('keypairs.instancesUnknown')}
            </Text>
            <Button size="compact-xs" variant="default" onClick={() => usage.refetch()}>
              {t('errors.retry')}
            </Button>
          </Group>
        )}
        <DataTable<Keypair>
          withTableBorder
          borderRadius="sm"
          highlightOnHover
          verticalSpacing="xs"
          records={records}
          idAccessor="name"
          sortStatus={{ columnAccessor: sort.key, direction: sort.direction }}
          onSortStatusChange={(status) =>
            // A newly chosen column starts ascending; the same column toggles.
            update({ sort: sortParam(sortAfterClick<string>(sort, String(status.columnAccessor))) })
          }
          aria-label={t('keypairs.title')}
          data-testid="keypairs-table"
          columns={[
            {
              accessor: 'name',
              title: t('keypairs.columns.name'),
              sortable: true,
              render: (keypair) => (
                <Anchor component={Link} to={keypairPath(scope.region, keypair.name)} fw={500}>
                  {keypair.name}
                </Anchor>
              ),
            },
            {
              accessor: 'fingerprint',
              title: t('keypairs.columns.fingerprint'),
              sortable: true,
              render: (keypair) => (
                <Text
                  size="xs"
                  ff="monospace"
                  style={{ wordBreak: 'break-all' }}
                  data-testid="keypair-fingerprint"
                >
                  {keypair.fingerprint}
                </Text>
              ),
            },
            {
              accessor: 'instances',
              title: t('keypairs.columns.instances'),
              sortable: true,
              render: (keypair) => (
                <KeypairInstances
                  region={scope.region}
                  keypairName={keypair.name}
                  servers={instancesOf(usage, keypair.name)}
                  loading={usageLoading(usage)}
                />
              ),
            },
            {
              accessor: 'actions',
              title: <VisuallyHidden>{t('keypairs.columns.actions')}</VisuallyHidden>,
              textAlign: 'right',
              width: 60,
              render: (keypair) => {
                const instances = instancesOf(usage, keypair.name);
                const label = t('keypairs.deleteLabel', { name: keypair.name });
                // Focusable while it waits, so its reason can be read (as every unavailable action).
                return (
                  <Tooltip label={deleteWaitsBecause(usage, t) ?? label} withArrow>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={label}
                      aria-disabled={!instances || undefined}
                      data-disabled={!instances || undefined}
                      onClick={() => instances && deleteKeypair(keypair.name, instances)}
                      data-testid={`delete-keypair-${keypair.name}`}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                );
              },
            },
          ]}
        />
        <Text size="sm" c="dimmed" mt="sm" data-testid="keypairs-count">
          {searching
            ? t('keypairs.countFiltered', {
                count: records.length,
                total: keypairs.data?.length ?? 0,
              })
            : t('keypairs.count', { count: records.length })}
        </Text>
      </ListBody>

      <KeypairFormModal
        mode={dialog}
        onClose={() => setDialog(null)}
        existingNames={keypairs.data?.map((keypair) => keypair.name)}
      />
    </>
  );
}
