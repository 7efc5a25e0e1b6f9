import { Button, Chip, Group, NumberInput, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { IconFilterOff, IconSearch } from '../../../components/icons';
import { BackgroundActivity } from '../../../components/list-states';
import type { TypedFilters } from '../flavor-table';
import { useFamilyDescription } from './family-description';

/**
 * The flavors page's filter bar: the typed fields (use-flavor-inputs.ts hands them to the URL
 * once typing pauses), the family chips, Clear filters, and "updating…" while the table shows
 * the previous answer.
 */
export function FlavorFilters({
  typed,
  onName,
  onMinRam,
  onMinDisk,
  families,
  chosenFamilies,
  onFamilies,
  filtered,
  onClear,
  updating,
}: {
  typed: TypedFilters;
  onName: (value: string) => void;
  onMinRam: (value: string | number) => void;
  onMinDisk: (value: string | number) => void;
  /** The chips offered. */
  families: readonly string[];
  chosenFamilies: string[];
  onFamilies: (families: string[]) => void;
  filtered: boolean;
  onClear: () => void;
  updating: boolean;
}) {
  const { t } = useTranslation();
  const familyLabelId = useId();
  const familyDescription = useFamilyDescription();
  return (
    <Paper withBorder p="sm" mb="sm" component="section" aria-label={t('flavors.filters.label')}>
      <Stack gap="sm">
        <Group gap="sm" align="flex-start" wrap="wrap">
          <TextInput
            label={t('flavors.filters.name')}
            placeholder={t('flavors.filters.namePlaceholder')}
            leftSection={<IconSearch size={16} />}
            value={typed.name}
            onChange={(event) => onName(event.currentTarget.value)}
            w={220}
            data-testid="flavor-filter-name"
          />
          <NumberInput
            label={t('flavors.filters.minRam')}
            description={t('flavors.filters.minRamHint')}
            value={typed.minRam}
            onChange={onMinRam}
            min={0}
            max={4096}
            step={1}
            decimalScale={1}
            allowNegative={false}
            w={220}
            data-testid="flavor-filter-min-ram"
          />
          <NumberInput
            label={t('flavors.filters.minDisk')}
            description={t('flavors.filters.minDiskHint')}
            value={typed.minDisk}
            onChange={onMinDisk}
            min={0}
            max={16384}
            step={10}
            allowDecimal={false}
            allowNegative={false}
            w={240}
            data-testid="flavor-filter-min-disk"
          />
        </Group>
        <Group gap="xs" align="center" wrap="wrap" role="group" aria-labelledby={familyLabelId}>
          <Text size="sm" fw={500} id={familyLabelId}>
            {t('flavors.filters.family')}
          </Text>
          <Chip.Group multiple value={chosenFamilies} onChange={onFamilies}>
            {families.map((family) => (
              <Chip
                key={family}
                value={family}
                size="sm"
                title={familyDescription(family)}
                wrapperProps={{ 'data-testid': `family-chip-${family}` }}
              >
                {family}
              </Chip>
            ))}
          </Chip.Group>
          {filtered && (
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconFilterOff size={16} />}
              onClick={onClear}
            >
              {t('flavors.filters.clear')}
            </Button>
          )}
          {updating && <BackgroundActivity label={t('flavors.updating')} />}
        </Group>
      </Stack>
    </Paper>
  );
}
