/**
 * The instances list's filters, sort and page as the URL holds them (use-list-params.ts keeps them
 * there), read as plain functions. The shapes links already use keep working: `?status=STOPPED`
 * (read as SHUTOFF and rewritten), `?limit=1000` (a page of 1,000 rows), `?flavor=`, `?image=`,
 * `?reservation_id=`, `?zone=`, `?family=`, `?sort=name:asc`; paging is in memory, `?page=2` (a
 * `?marker=` of an older link is turned into the page that follows that server: markerPage).
 */
import { clearedParams, readPage, readPageSize, readSort } from '../../components/list-url';
import { DEFAULT_SORT, SORT_KEYS, type SortOrder } from './list-view';
import { statusFilterFromUrl } from './status-filter';

export const PAGE_SIZES = [20, 50, 100, 500, 1000];
export const DEFAULT_PAGE_SIZE = 50;
/** As large a page as anyone asks for: every row of it is in memory, only those in view render. */
const MAX_PAGE_SIZE = 5000;

export interface ListParams {
  name: string | undefined;
  status: string | undefined;
  flavor: string | undefined;
  image: string | undefined;
  reservation: string | undefined;
  zone: string | undefined;
  family: string | undefined;
  sort: SortOrder;
  page: number;
  pageSize: number;
  /** An older link's page marker: the id of the server before the page. */
  marker: string | undefined;
}

/** The URL's filter parameters (`reservation_id` is the API's name for `reservation`). */
const FILTER_PARAMS = ['name', 'status', 'flavor', 'image', 'reservation_id', 'zone', 'family'];

/** What the URL says, and the status it should say instead (null when it says it right). */
export function readListParams(params: URLSearchParams): {
  values: ListParams;
  rewriteStatus: string | null;
} {
  const get = (key: string) => params.get(key) || undefined;
  const status = statusFilterFromUrl(params.get('status'));
  const sortText = params.get('sort') ?? '';
  // An unknown column is the default order, whatever direction the link gave.
  const knownColumn = (SORT_KEYS as readonly string[]).includes(sortText.split(':')[0] ?? '');
  return {
    values: {
      name: get('name'),
      status: status.status,
      flavor: get('flavor'),
      image: get('image'),
      reservation: get('reservation_id'),
      zone: get('zone'),
      family: get('family'),
      sort: knownColumn ? readSort(sortText, SORT_KEYS, DEFAULT_SORT) : DEFAULT_SORT,
      page: readPage(params.get('page')),
      pageSize: readPageSize(params.get('limit'), {
        fallback: DEFAULT_PAGE_SIZE,
        max: MAX_PAGE_SIZE,
      }),
      marker: get('marker'),
    },
    // The URL then says what is filtered by (SHUTOFF, not STOPPED); a filter nobody may use goes.
    rewriteStatus: status.rewrite ? (status.status ?? '') : null,
  };
}

/** Whether any filter is set (the empty state then offers to clear them). */
export function anyFilter(params: ListParams): boolean {
  return Boolean(
    params.name ||
      params.status ||
      params.flavor ||
      params.image ||
      params.reservation ||
      params.zone ||
      params.family,
  );
}

export const CLEARED_FILTERS = clearedParams(FILTER_PARAMS);

/** A filter without a field of its own, shown as a removable chip: its URL key and its value. */
export interface FilterChip {
  key: 'flavor' | 'image' | 'reservation_id' | 'zone' | 'family';
  value: string;
}

/** The filters shown as chips, flavors and images by name once their lists are in. */
export function activeFilters(
  params: ListParams,
  names: { flavor: (id: string) => string | undefined; image: (id: string) => string | undefined },
): FilterChip[] {
  const chips: FilterChip[] = [];
  if (params.flavor)
    chips.push({ key: 'flavor', value: names.flavor(params.flavor) ?? params.flavor });
  if (params.image) chips.push({ key: 'image', value: names.image(params.image) ?? params.image });
  if (params.reservation) chips.push({ key: 'reservation_id', value: params.reservation });
  if (params.zone) chips.push({ key: 'zone', value: params.zone });
  if (params.family) chips.push({ key: 'family', value: params.family });
  return chips;
}

/**
 * An older link's `?marker=`: the page that follows that server once it is loaded (`undefined`
 * for the first page), or `'wait'` while it may still be on its way (the background load).
 */
export function markerPage(
  matching: readonly { id: string }[],
  marker: string,
  pageSize: number,
  complete: boolean,
): string | undefined | 'wait' {
  const at = matching.findIndex((server) => server.id === marker);
  if (at < 0 && !complete) return 'wait';
  const next = at < 0 ? undefined : String(Math.floor((at + 1) / pageSize) + 1);
  return next === '1' ? undefined : next;
}
