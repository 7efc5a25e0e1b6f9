/**
 * One row of the instances list. Memoized: a row renders again only when its server, its
 * selection or what it shows of the flavor and image lists changed, so a refresh that changes one
 * instance, a click on a checkbox or a keystroke in a filter does not re-render the others.
 *
 * Light, because a scrolled list mounts rows frame after frame (issue 10: no long task while
 * scrolling 1,000 rows): plain cells and text styled with the theme's values
 * (instances-table.module.css) rather than a component each, a native checkbox, the exact
 * creation time as a `title` (made on first hover) rather than a tooltip component per row, and
 * the row menu mounted on first use (row-menu-button.tsx), its action gates costing nothing until
 * then.
 */
import { Badge } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiScope } from '../../../api/endpoints';
import { formatDateTime, formatRelative, parseTime } from '../../../components/format-time';
import { StatusBadge } from '../../../components/status-badge';
import type { Flavor, Server } from '../../../domain/compute-types';
import { MB_PER_GB } from '../../../domain/flavor';
import type { Image } from '../../../domain/image-types';
import { serverOsType } from '../../../domain/os-type';
import { currentLanguage, type Language } from '../../../i18n';
import { instancePath } from '../../../navigation/paths';
import { serverImage } from '../server-facts';
import classes from './instances-table.module.css';
import { RowMenuButton } from './row-menu-button';
import { DeletionProtectedMark } from './server-facts-ui';

/** A row with a two-line flavor cell; the real heights are measured as rows render. */
export const ESTIMATED_ROW_PX = 57;

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

function FloatingMark() {
  const { t } = useTranslation();
  return (
    <Badge size="xs" variant="default" styles={{ label: { overflow: 'visible' } }}>
      {t('instanceList.floating')}
    </Badge>
  );
}

/** Every address of every network: fixed first, then floating, marked as such. */
function Addresses({ addresses }: { addresses: Server['addresses'] }) {
  const all = Object.values(addresses ?? {})
    .flat()
    .sort((a, b) =>
      a['OS-EXT-IPS:type'] === b['OS-EXT-IPS:type'] ? 0 : a['OS-EXT-IPS:type'] === 'fixed' ? -1 : 1,
    );
  if (all.length === 0) return <span className={classes.dimmed}>—</span>;
  return all.map((address) => (
    <div key={`${address.addr}-${address['OS-EXT-IPS:type']}`} className={classes.address}>
      <span className={classes.mono}>{address.addr}</span>
      {address['OS-EXT-IPS:type'] === 'floating' && <FloatingMark />}
    </div>
  ));
}

/**
 * "3 days ago", with the exact time as its title once the pointer first reaches it: the first
 * Intl.DateTimeFormat of a page costs about 15 ms (its locale data), too much to spend on every
 * row of the list's first paint (issue 10) for a title nobody has asked for yet.
 */
function CreatedTime({ time, language }: { time: Date; language: Language }) {
  return (
    <time
      dateTime={time.toISOString()}
      onPointerEnter={(event) => {
        event.currentTarget.title ||= formatDateTime(time, language);
      }}
    >
      {formatRelative(time, language)}
    </time>
  );
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
  const created = parseTime(server.created);
  const language = currentLanguage();
  return (
    <tr
      ref={measure}
      data-index={index}
      aria-rowindex={rowIndex}
      className={selected ? classes.selected : undefined}
    >
      <td>
        <input
          type="checkbox"
          className={classes.check}
          checked={selected}
          onChange={(event) => context.onToggle(server, event.currentTarget.checked)}
          aria-label={t('instanceDetail.bulk.select', { name: server.name })}
        />
      </td>
      <td className={classes.name}>
        <Link to={instancePath(scope.region, server.id)} className={classes.link}>
          {server.name}
        </Link>{' '}
        <DeletionProtectedMark server={server} />
      </td>
      <td>
        <StatusBadge status={server.status} taskState={server['OS-EXT-STS:task_state']} />
      </td>
      <td>
        {flavor ? (
          <>
            <div className={classes.text}>{flavor.name}</div>
            <div className={classes.hint}>
              {t('instanceList.flavorSpec', { vcpus: flavor.vcpus, ram: flavor.ram / MB_PER_GB })}
            </div>
          </>
        ) : (
          <span className={classes.dimmed}>
            {context.flavorsPending ? '…' : t('instanceList.unknownFlavor')}
          </span>
        )}
      </td>
      <td>
        {image.name !== null ? (
          <>
            <div className={classes.text}>{image.name}</div>
            {image.nameFrom === 'metadata' && (
              <div className={classes.hint} data-testid="image-from-metadata">
                {image.imageId === null
                  ? t('instanceList.imageFromBootVolume')
                  : t('instanceList.imageFromMetadata')}
              </div>
            )}
          </>
        ) : (
          <span className={classes.dimmed}>
            {image.imageId === null
              ? t('instanceList.noImage')
              : context.imagesPending
                ? '…'
                : t('instanceList.unknownImage')}
          </span>
        )}
      </td>
      <td>
        <Addresses addresses={server.addresses} />
      </td>
      <td className={classes.text}>{server['OS-EXT-AZ:availability_zone']}</td>
      <td className={server.key_name ? classes.text : classes.dimmed}>
        {server.key_name ?? t('instanceList.noKeypair')}
      </td>
      <td className={classes.time}>
        {created ? <CreatedTime time={created} language={language} /> : server.created}
      </td>
      <td className={classes.end}>
        <RowMenuButton
          label={t('instanceDetail.actions.menu', { name: server.name })}
          scope={scope}
          target={{ server, flavorName: flavor?.name }}
          flavors={context.flavorList}
          osType={serverOsType(server, image.image)}
        />
      </td>
    </tr>
  );
});
