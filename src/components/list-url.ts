/**
 * What every list page keeps in its URL, read and written one way (issue 11: list pages share one
 * scaffolding): the sort as `?sort=column:asc|desc`, the page as `?page=2` (absent for the first),
 * the page size as `?limit=`, and the filters, cleared together. A link or a reload then shows the
 * same list. Plain functions (no React): each page names its own columns, filters and defaults.
 */

type SortDirection = 'asc' | 'desc';

export interface SortOrder<K extends string = string> {
  key: K;
  direction: SortDirection;
}

/**
 * `?sort=ram:desc` as a sort order. An unknown column is the default's, and a missing or unknown
 * direction is the default's direction (`?sort=name` on a list newest-first reads `name:desc`).
 */
export function readSort<K extends string>(
  raw: string | null,
  columns: readonly K[],
  fallback: SortOrder<K>,
): SortOrder<K> {
  const [key = '', direction = ''] = (raw ?? '').split(':');
  return {
    key: (columns as readonly string[]).includes(key) ? (key as K) : fallback.key,
    direction: direction === 'asc' || direction === 'desc' ? direction : fallback.direction,
  };
}

/** The sort as the URL holds it. */
export const sortParam = (order: SortOrder): string => `${order.key}:${order.direction}`;

/** A click on a column's header: a newly chosen column starts ascending; the same one toggles. */
export function sortAfterClick<K extends string>(current: SortOrder<K>, column: K): SortOrder<K> {
  return {
    key: column,
    direction: current.key === column && current.direction === 'asc' ? 'desc' : 'asc',
  };
}

/** A column header's `aria-sort`. */
export function ariaSort(current: SortOrder, column: string): 'ascending' | 'descending' | 'none' {
  if (current.key !== column) return 'none';
  return current.direction === 'asc' ? 'ascending' : 'descending';
}

/** `?page=`: a whole number from 1; anything else is the first page. */
export const readPage = (raw: string | null): number => Math.max(1, Math.floor(Number(raw)) || 1);

/** The page for the URL: nothing for the first. */
export const pageParam = (page: number): string | undefined =>
  page > 1 ? String(page) : undefined;

/** `?limit=`: a positive whole number up to `max`, else the default. */
export function readPageSize(
  raw: string | null,
  { fallback, max }: { fallback: number; max: number },
): number {
  const size = Math.floor(Number(raw));
  return size > 0 ? Math.min(size, max) : fallback;
}

/** One page of a list: `page` counts from 1, and is brought back within the list. */
export function pageOf<T>(
  items: readonly T[],
  page: number,
  size: number,
): { items: readonly T[]; page: number; pages: number; from: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const from = (current - 1) * size;
  return { items: items.slice(from, from + size), page: current, pages, from };
}

/** URL changes that remove every one of `keys` (Clear filters). */
export function clearedParams(keys: readonly string[]): Record<string, undefined> {
  return Object.fromEntries(keys.map((key) => [key, undefined]));
}
