/**
 * What the volumes page shows, as plain functions (no React): its state in the URL (filters, sort,
 * the open volume), the page of rows it shows and the summary under them. The filtering and the
 * order themselves are the domain's (src/domain/volume-rules.ts).
 */
import type { Volume } from '../../domain/block-storage-types';
import type { VolumeFilters, VolumeSortKey } from '../../domain/volume-rules';

const VOLUME_PAGE_SIZE = 50;

const VOLUME_SORT_KEYS: readonly VolumeSortKey[] = [
  'name',
  'size',
  'type',
  'status',
  'zone',
  'created',
];

export interface VolumeSort {
  key: VolumeSortKey;
  direction: 'asc' | 'desc';
}

const isSortKey = (key: string): key is VolumeSortKey =>
  (VOLUME_SORT_KEYS as readonly string[]).includes(key);

/**
 * The page's state from its URL: `?name=data&status=available&zone=kr-pub-a&attached=no` and
 * `sort=size:asc` (newest first when absent), `volume=<id>` for the open details.
 */
export function readVolumeParams(params: URLSearchParams): {
  filters: VolumeFilters;
  sort: VolumeSort;
  openVolume: string | null;
} {
  const attached = params.get('attached');
  const [key = 'created', direction = 'desc'] = (params.get('sort') ?? 'created:desc').split(':');
  return {
    filters: {
      name: params.get('name') || undefined,
      status: params.get('status') || undefined,
      zone: params.get('zone') || undefined,
      attached: attached === 'yes' || attached === 'no' ? attached : undefined,
    },
    sort: {
      key: isSortKey(key) ? key : 'created',
      direction: direction === 'asc' ? 'asc' : 'desc',
    },
    openVolume: params.get('volume'),
  };
}

export function hasVolumeFilters(filters: VolumeFilters): boolean {
  return Boolean(filters.name || filters.status || filters.zone || filters.attached);
}

/** The URL changes that clear every filter (the sort and the open volume stay). */
export const CLEARED_VOLUME_FILTERS = {
  name: undefined,
  status: undefined,
  zone: undefined,
  attached: undefined,
} as const;

/**
 * The `sort` parameter after a click on a column header: the same column takes the direction the
 * table asks for, another column starts ascending.
 */
export function sortParam(current: VolumeSort, column: string, direction: 'asc' | 'desc'): string {
  return `${column}:${column === current.key ? direction : 'asc'}`;
}

/** The link that opens a volume's details, keeping the filters and sort. */
export function volumeDetailsSearch(params: URLSearchParams, volumeId: string): string {
  const next = new URLSearchParams(params);
  next.set('volume', volumeId);
  return `?${next.toString()}`;
}

/** One page of the rows: a page past the end shows the last one. */
export function volumePage<T>(
  records: readonly T[],
  page: number,
  size = VOLUME_PAGE_SIZE,
): { rows: T[]; page: number; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(records.length / size));
  const current = Math.min(Math.max(1, page), pageCount);
  return { rows: records.slice((current - 1) * size, current * size), page: current, pageCount };
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
