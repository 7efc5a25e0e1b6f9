/**
 * The instances list's filters, sort and page in the URL, so a link or a reload shows the same
 * list. The shapes links already use keep working: `?status=STOPPED` (read as SHUTOFF and
 * rewritten), `?limit=1000` (a page of 1,000 rows), `?flavor=`, `?image=`, `?reservation_id=`,
 * `?zone=`, `?family=`, `?sort=name:asc`; paging is now in memory, `?page=2` (a `?marker=` of an
 * older link is turned into the page that follows that server, list-page.tsx).
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { type UrlParamChanges, useUrlParams } from '../../components/use-url-params';
import { DEFAULT_SORT, SORT_KEYS, type SortKey, type SortOrder } from './list-view';
import { statusFilterFromUrl } from './status-filter';

export const PAGE_SIZES = [20, 50, 100, 500, 1000];
export const DEFAULT_PAGE_SIZE = 50;
/** As large a page as anyone asks for: every row of it is in memory, only those in view render. */
export const MAX_PAGE_SIZE = 5000;

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

const isSortKey = (key: string): key is SortKey => (SORT_KEYS as readonly string[]).includes(key);

export function useListParams() {
  const { params, update: setParams } = useUrlParams();
  // `useUrlParams` hands a new function every render; the filter bar and the table want a stable
  // one (they are memoized, so that typing in a filter does not re-render the rows).
  const setRef = useRef(setParams);
  setRef.current = setParams;
  const stableSet = useCallback((changes: UrlParamChanges) => setRef.current(changes), []);
  const statusParam = statusFilterFromUrl(params.get('status'));
  const search = params.toString();

  // biome-ignore lint/correctness/useExhaustiveDependencies: the URL's text is the whole input
  const values: ListParams = useMemo(() => {
    const get = (key: string) => params.get(key) || undefined;
    const [sortKey = '', sortDir] = (params.get('sort') ?? '').split(':');
    const sort: SortOrder = isSortKey(sortKey)
      ? { key: sortKey, direction: sortDir === 'asc' ? 'asc' : 'desc' }
      : DEFAULT_SORT;
    const size = Math.floor(Number(params.get('limit')));
    return {
      name: get('name'),
      status: statusParam.status,
      flavor: get('flavor'),
      image: get('image'),
      reservation: get('reservation_id'),
      zone: get('zone'),
      family: get('family'),
      sort,
      page: Math.max(1, Math.floor(Number(params.get('page'))) || 1),
      pageSize: size > 0 ? Math.min(size, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE,
      marker: get('marker'),
    };
  }, [search]);

  /** A new filter or sort starts again from the first page. */
  const update = useCallback(
    (changes: UrlParamChanges, keepPage = false) =>
      stableSet(keepPage ? changes : { ...changes, page: undefined, marker: undefined }),
    [stableSet],
  );

  // The URL then says what is filtered by (SHUTOFF, not STOPPED); a filter nobody may use goes.
  const rewriteStatus = statusParam.rewrite ? (statusParam.status ?? '') : null;
  useEffect(() => {
    if (rewriteStatus !== null) stableSet({ status: rewriteStatus || undefined });
  }, [rewriteStatus, stableSet]);

  return { params: values, update };
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

export const CLEARED_FILTERS: UrlParamChanges = {
  name: undefined,
  status: undefined,
  flavor: undefined,
  image: undefined,
  reservation_id: undefined,
  zone: undefined,
  family: undefined,
};
