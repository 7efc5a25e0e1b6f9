/**
 * One row of the instances list. Memoized: a row renders again only when its server, its
 * selection or what it shows of the flavor and image lists changed, so a refresh that changes one
 * instance, a click on a checkbox or a keystroke in a filter does not re-render the others. The
 * row menu is mounted on first use (row-menu-button.tsx): its action gates cost nothing until then.
 */
import { Anchor, Checkbox, Group, Table, Text } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiScope } from '../../../api/endpoints';
import { RelativeTime } from '../../../components/relative-time';
import { StatusBadge } from '../../../components/status-badge';
import type { Flavor, Server } from '../../../domain/compute-types';
import { MB_PER_GB } from '../../../domain/flavor';
import type { Image } from '../../../domain/image-types';
import { serverImage, serverOsType } from '../server-facts';
import { RowMenuButton } from './row-menu-button';
import { ServerAddresses } from './server-addresses';
import { DeletionProtectedMark, ServerImageName } from './server-facts-ui';

/** What every row reads besides its server; one object, the same while these lists are. */
export interface RowContext {
  scope: ApiScope;
  flavors: ReadonlyMap<string, Flavor> | undefined;
  flavorList: Flavor[];
  flavorsPending: boolean;
  images: ReadonlyMap<string, Image> | undefined;
  imagesPending: boolean;
  onToggle: (server: Server, selected: boolean) => void;
}

export const InstanceRow = memo(function InstanceRow({
  server,
  selected,
  context,
  index,
  rowIndex,
  measure,
}: {
  server: Server;
  selected: boolean;
  context: RowContext;
  /** Its place in the list (the virtualizer measures rows by it). */
  index: number;
  /** `aria-rowindex` when only some rows are rendered (the header is row 1). */
  rowIndex?: number;
  measure?: (row: HTMLTableRowElement | null) => void;
}) {
  const { t } = useTranslation();
  const { scope, flavors, images } = context;
  const flavor = flavors?.get(server.flavor.id);
  const image = serverImage(server, images);
  return (
    <Table.Tr
      ref={measure}
      data-index={index}
      aria-rowindex={rowIndex}
      bg={selected ? 'var(--mantine-primary-color-light)' : undefined}
    >
      <Table.Td>
        <Checkbox
          size="xs"
          checked={selected}
          onChange={(event) => context.onToggle(server, event.currentTarget.checked)}
          aria-label={t('instance.bulk.select', { name: server.name })}
        />
      </Table.Td>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>
        <Group gap={6} wrap="nowrap">
          <Anchor
            component={Link}
            to={`/${scope.region}/instances/${server.id}`}
            fw={500}
            size="sm"
          >
            {server.name}
          </Anchor>
          <DeletionProtectedMark server={server} />
        </Group>
      </Table.Td>
      <Table.Td>
        <StatusBadge status={server.status} taskState={server['OS-EXT-STS:task_state']} />
      </Table.Td>
      <Table.Td>
        {flavor ? (
          <div>
            <Text size="sm">{flavor.name}</Text>
            <Text size="xs" c="dimmed">
              {t('instances.flavorSpec', { vcpus: flavor.vcpus, ram: flavor.ram / MB_PER_GB })}
            </Text>
          </div>
        ) : (
          <Text size="sm" c="dimmed">
            {context.flavorsPending ? '…' : t('instances.unknownFlavor')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <ServerImageName facts={image} loading={context.imagesPending} />
      </Table.Td>
      <Table.Td>
        <ServerAddresses addresses={server.addresses} />
      </Table.Td>
      <Table.Td>
        <Text size="sm">{server['OS-EXT-AZ:availability_zone']}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c={server.key_name ? undefined : 'dimmed'}>
          {server.key_name ?? t('instances.noKeypair')}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          <RelativeTime value={server.created} />
        </Text>
      </Table.Td>
      <Table.Td ta="right">
        <RowMenuButton
          scope={scope}
          target={{ server, flavorName: flavor?.name }}
          flavors={context.flavorList}
          osType={serverOsType(server, image.image)}
        />
      </Table.Td>
    </Table.Tr>
  );
});
