/**
 * What the key pairs page shows, as plain functions (no React): its state in the URL
 * (`?q=demo&sort=instances:desc`) and the rows it keeps, in their order. No fetch.
 */
import type { Keypair } from '../../domain/compute-types';

const KEYPAIR_SORT_KEYS = ['name', 'fingerprint', 'instances'] as const;
type KeypairSortKey = (typeof KEYPAIR_SORT_KEYS)[number];

export interface KeypairSort {
  key: KeypairSortKey;
  direction: 'asc' | 'desc';
}

const isSortKey = (key: string): key is KeypairSortKey =>
  (KEYPAIR_SORT_KEYS as readonly string[]).includes(key);

/** The search as typed (`q`) and the sort (by name, ascending, when absent or unknown). */
export function readKeypairParams(params: URLSearchParams): { search: string; sort: KeypairSort } {
  const [key = 'name', direction = 'asc'] = (params.get('sort') ?? '').split(':');
  return {
    search: params.get('q') ?? '',
    sort: { key: isSortKey(key) ? key : 'name', direction: direction === 'desc' ? 'desc' : 'asc' },
  };
}

/** The `sort` parameter after a header click: another column starts ascending. */
export function keypairSortParam(current: KeypairSort, column: string, direction: 'asc' | 'desc') {
  return `${column}:${column === current.key ? direction : 'asc'}`;
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * The key pairs whose name contains the search (any case), sorted by one column; `instances` by
 * how many instances use each (`instanceCount`). Ties fall back to the name.
 */
export function keypairRows(
  keypairs: readonly Keypair[],
  search: string,
  sort: KeypairSort,
  instanceCount: (name: string) => number,
): Keypair[] {
  const needle = search.trim().toLowerCase();
  const direction = sort.direction === 'asc' ? 1 : -1;
  return keypairs
    .filter((keypair) => !needle || keypair.name.toLowerCase().includes(needle))
    .sort((a, b) => {
      const primary =
        sort.key === 'instances'
          ? instanceCount(a.name) - instanceCount(b.name)
          : collator.compare(a[sort.key], b[sort.key]);
      return primary * direction || collator.compare(a.name, b.name);
    });
}
