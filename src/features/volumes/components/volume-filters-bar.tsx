import { Button, Group, Paper, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconFilterOff, IconSearch } from '../../../components/icons';
import { BackgroundActivity } from '../../../components/list-states';
import { volumeStatusLabel } from '../../../components/volume-status-badge';
import { VOLUME_STATUSES } from '../../../domain/volume';
import type { VolumeFilters } from '../../../domain/volume-rules';

/**
 * The volumes page's filters: name (typed, applied by the page after a pause), status, attached
 * and zone; Clear filters when any is set, and a sign while the list follows changing volumes.
 */
export function VolumeFiltersBar({
  filters,
  nameInput,
  onNameInput,
  onChange,
  zoneNames,
  filtered,
  onClear,
  busy,
}: {
  filters: VolumeFilters;
  nameInput: string;
  onNameInput: (value: string) => void;
  onChange: (changes: Partial<Record<'status' | 'attached' | 'zone', string | undefined>>) => void;
  zoneNames: readonly string[];
  filtered: boolean;
  onClear: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" mb="sm">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label={t('volumes.filters.name')}
          placeholder={t('volumes.filters.namePlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={nameInput}
          onChange={(event) => onNameInput(event.currentTarget.value)}
          w={240}
          data-testid="volume-filter-name"
        />
        <Select
          label={t('volumes.filters.status')}
          placeholder={t('volumes.filters.anyStatus')}
          data={Object.keys(VOLUME_STATUSES).map((status) => ({
            value: status,
            label: `${volumeStatusLabel(t, status)} (${status})`,
          }))}
          value={filters.status ?? null}
          onChange={(value) => onChange({ status: value ?? undefined })}
          clearable
          searchable
          w={230}
        />
        <Select
          label={t('volumes.filters.attached')}
          placeholder={t('volumes.filters.any')}
          data={[
            { value: 'yes', label: t('volumes.filters.attachedYes') },
            { value: 'no', label: t('volumes.filters.attachedNo') },
          ]}
          value={filters.attached ?? null}
          onChange={(value) => onChange({ attached: value ?? undefined })}
          clearable
          w={160}
        />
        <Select
          label={t('volumes.filters.zone')}
          placeholder={t('volumes.filters.anyZone')}
          data={[...zoneNames]}
          value={filters.zone ?? null}
          onChange={(value) => onChange({ zone: value ?? undefined })}
          clearable
          w={170}
        />
        {filtered && (
          <Button variant="subtle" leftSection={<IconFilterOff size={16} />} onClick={onClear}>
            {t('volumes.filters.clear')}
          </Button>
        )}
        {busy && <BackgroundActivity label={t('volumes.refreshing')} />}
      </Group>
    </Paper>
  );
}
