import { Badge, Group, Radio, ScrollArea, Select, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconBan } from '../../../components/icons';
import type { Flavor } from '../../../domain/compute-types';
import type { ImageFacts } from '../../../domain/create-server-rules';
import {
  FLAVOR_FAMILIES,
  flavorFamily,
  isKnownFamily,
  MB_PER_GB,
  usesLocalRootDisk,
} from '../../../domain/flavor';
import { formatNumber } from '../../../i18n';
import type { BootSourceKind } from './boot-source';
import { flavorViolations } from './create-form';
import { violationMessage } from './violation-messages';

const ALL = 'all';

const familyRank = (name: string) => {
  const family = flavorFamily(name);
  return isKnownFamily(family) ? FLAVOR_FAMILIES.indexOf(family) : FLAVOR_FAMILIES.length;
};

function sortFlavors(flavors: readonly Flavor[]): Flavor[] {
  return [...flavors].sort(
    (a, b) =>
      familyRank(a.name) - familyRank(b.name) ||
      a.vcpus - b.vcpus ||
      a.ram - b.ram ||
      a.name.localeCompare(b.name),
  );
}

/**
 * The flavors as a table of radio buttons. Flavors that cannot take the chosen OS or boot source
 * (GPU and U2 boot from an image only) are disabled, with the reason the create rules give.
 */
export function FlavorTable({
  flavors,
  facts,
  bootSource,
  value,
  onChange,
  error,
}: {
  flavors: readonly Flavor[];
  /** The OS of the chosen image, volume or snapshot. */
  facts: ImageFacts | null;
  bootSource: BootSourceKind;
  value: string | null;
  onChange: (flavorId: string) => void;
  error?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const [family, setFamily] = useState<string | null>(null);
  const sorted = useMemo(
    () => sortFlavors(flavors.filter((f) => !f['OS-FLV-DISABLED:disabled'])),
    [flavors],
  );
  const families = useMemo(() => [...new Set(sorted.map((f) => flavorFamily(f.name)))], [sorted]);
  const familyLabel = (name: string) =>
    isKnownFamily(name)
      ? t(`createInstance.families.${name}`)
      : t('createInstance.families.other', { family: name.toUpperCase() });
  const shown = family ? sorted.filter((f) => flavorFamily(f.name) === family) : sorted;

  return (
    <>
      <Group justify="flex-end">
        <Select
          label={t('createInstance.flavor.familyFilter')}
          data={[
            { value: ALL, label: t('createInstance.flavor.allFamilies') },
            ...families.map((f) => ({ value: f, label: familyLabel(f) })),
          ]}
          value={family ?? ALL}
          onChange={(next) => setFamily(next && next !== ALL ? next : null)}
          allowDeselect={false}
          w={260}
          size="xs"
          data-testid="flavor-family-filter"
        />
      </Group>
      <Radio.Group
        label={t('createInstance.flavor.label')}
        value={value ?? ''}
        onChange={onChange}
        error={error}
        withAsterisk
        data-testid="flavor-field"
      >
        <ScrollArea.Autosize mah={420} type="auto" mt={4}>
          <Table
            highlightOnHover
            verticalSpacing={6}
            withTableBorder
            stickyHeader
            data-testid="flavor-table"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={64}>{t('createInstance.flavor.columns.select')}</Table.Th>
                <Table.Th>{t('createInstance.flavor.columns.name')}</Table.Th>
                <Table.Th>{t('createInstance.flavor.columns.family')}</Table.Th>
                <Table.Th ta="right">{t('createInstance.flavor.columns.vcpus')}</Table.Th>
                <Table.Th ta="right">{t('createInstance.flavor.columns.ram')}</Table.Th>
                <Table.Th>{t('createInstance.flavor.columns.disk')}</Table.Th>
                <Table.Th>{t('createInstance.flavor.columns.availability')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={7}>
                    <Text size="sm" c="dimmed">
                      {t('createInstance.flavor.none')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {shown.map((flavor) => {
                const violation = flavorViolations(facts, flavor, bootSource)[0];
                const reason = violation ? violationMessage(t, violation) : null;
                const reasonId = `flavor-${flavor.id}-availability`;
                const fam = flavorFamily(flavor.name);
                const selected = value === flavor.id;
                return (
                  <Table.Tr
                    key={flavor.id}
                    data-flavor={flavor.name}
                    data-disabled={reason ? true : undefined}
                    bg={selected ? 'var(--mantine-primary-color-light)' : undefined}
                    style={{ cursor: reason ? 'not-allowed' : 'pointer' }}
                    onClick={() => {
                      if (!reason) onChange(flavor.id);
                    }}
                  >
                    <Table.Td>
                      <Radio
                        value={flavor.id}
                        disabled={Boolean(reason)}
                        aria-label={flavor.name}
                        aria-describedby={reasonId}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={500} ff="monospace">
                        {flavor.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{familyLabel(fam)}</Text>
                    </Table.Td>
                    <Table.Td ta="right">{formatNumber(flavor.vcpus)}</Table.Td>
                    <Table.Td ta="right">
                      {t('createInstance.flavor.ram', {
                        ram: formatNumber(flavor.ram / MB_PER_GB, { maximumFractionDigits: 1 }),
                      })}
                    </Table.Td>
                    <Table.Td>
                      {usesLocalRootDisk(flavor.name) ? (
                        <Group gap={4}>
                          <Badge variant="default" radius="sm" tt="none">
                            {t('createInstance.flavor.localDisk', { size: flavor.disk })}
                          </Badge>
                          <Text size="xs" c="dimmed">
                            {t('createInstance.flavor.imageOnly')}
                          </Text>
                        </Group>
                      ) : (
                        <Text size="sm">{t('createInstance.flavor.blockStorage')}</Text>
                      )}
                    </Table.Td>
                    <Table.Td id={reasonId}>
                      {reason ? (
                        <Group gap={6} wrap="nowrap" align="flex-start">
                          <IconBan size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
                          <Text size="sm" c="dimmed" data-testid="flavor-unavailable">
                            {t('createInstance.flavor.unavailable', { reason })}
                          </Text>
                        </Group>
                      ) : (
                        <Badge variant="dot" color="teal" radius="sm" tt="none">
                          {t('createInstance.flavor.available')}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      </Radio.Group>
    </>
  );
}
