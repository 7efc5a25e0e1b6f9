/**
 * What the volumes page shows, as plain functions (no React): its state in the URL (filters, sort,
 * the open volume), the summary under its rows and its zone choices. The URL is read and written
 * as every list's is (src/components/list-url.ts: the sort, the filters cleared together, the page
 * of rows); the filtering and the order themselves are the domain's (src/domain/volume-rules.ts).
 */
import { clearedParams, readSort, type SortOrder } from '../../components/list-url';
import type { Volume } from '../../domain/block-storage-types';
import type { VolumeFilters, VolumeSortKey } from '../../domain/volume-rules';

/** The rows one page of the table shows (list-url.ts's pageOf cuts them). */
export const VOLUME_PAGE_SIZE = 50;

const VOLUME_SORT_KEYS: readonly VolumeSortKey[] = [
  'name',
  'size',
  'type',
  'status',
  'zone',
  'created',
];

/** Newest first, when the URL names no known column. */
const NEWEST_FIRST: SortOrder<VolumeSortKey> = { key: 'created', direction: 'desc' };

/** The URL's filter parameters, cleared together (Clear filters). */
const VOLUME_FILTER_PARAMS = ['name', 'status', 'zone', 'attached'];

/**
 * The page's state from its URL: `?name=data&status=available&zone=kr-pub-a&attached=no` and
 * `sort=size:asc` (newest first when absent), `volume=<id>` for the open details.
 */
export function readVolumeParams(params: URLSearchParams): {
  filters: VolumeFilters;
  sort: SortOrder<VolumeSortKey>;
  openVolume: string | null;
} {
  const attached = params.get('attached');
  return {
    filters: {
      name: params.get('name') || undefined,
      status: params.get('status') || undefined,
      zone: params.get('zone') || undefined,
      attached: attached === 'yes' || attached === 'no' ? attached : undefined,
    },
    sort: readSort(params.get('sort'), VOLUME_SORT_KEYS, NEWEST_FIRST),
    openVolume: params.get('volume'),
  };
}

export function hasVolumeFilters(filters: VolumeFilters): boolean {
  return Boolean(filters.name || filters.status || filters.zone || filters.attached);
}

/** The URL changes that clear every filter (the sort and the open volume stay). */
export const CLEARED_VOLUME_FILTERS = clearedParams(VOLUME_FILTER_PARAMS);

/**
 * The link that opens a volume's details, keeping the filters and sort: the same list with one
 * more parameter, written by the page it is on (src/navigation/paths.ts's volumesPath builds the
 * links other pages hand the list, without a sort).
 */
export function volumeDetailsSearch(params: URLSearchParams, volumeId: string): string {
  const next = new URLSearchParams(params);
  next.set('volume', volumeId);
  return `?${next.toString()}`;
}

/** The count under the table: how many volumes the filters keep and their size together. */
export function volumeSummary(records: readonly Pick<Volume, 'size'>[]): {
  count: number;
  totalGb: number;
} {
  return {
    count: records.length,
    totalGb: records.reduce((sum, volume) => sum + volume.size, 0),
  };
}

/**
 * The zone filter's choices: the region's zones and any zone a volume is in (a zone may have been
 * retired while volumes stay in it), once each, in order.
 */
export function zoneChoices(
  zoneNames: readonly string[],
  volumes: readonly Pick<Volume, 'availability_zone'>[],
): string[] {
  return [...new Set([...zoneNames, ...volumes.map((volume) => volume.availability_zone)])].sort();
}
