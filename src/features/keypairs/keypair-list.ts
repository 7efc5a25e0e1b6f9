/**
 * What the key pairs page shows, as plain functions (no React): its state in the URL
 * (`?q=demo&sort=instances:desc`), read as every list's is (src/components/list-url.ts), and the
 * rows it keeps, in their order. No fetch.
 */
import { clearedParams, readSort, type SortOrder } from '../../components/list-url';
import type { Keypair } from '../../domain/compute-types';

const KEYPAIR_SORT_KEYS = ['name', 'fingerprint', 'instances'] as const;
type KeypairSort = SortOrder<(typeof KEYPAIR_SORT_KEYS)[number]>;

/** By name, ascending, when the URL names no known column. */
const BY_NAME: KeypairSort = { key: 'name', direction: 'asc' };

/** The search as typed (`q`) and the sort (by name, ascending, when absent or unknown). */
export function readKeypairParams(params: URLSearchParams): { search: string; sort: KeypairSort } {
  return {
    search: params.get('q') ?? '',
    sort: readSort(params.get('sort'), KEYPAIR_SORT_KEYS, BY_NAME),
  };
}

/** The URL change that clears the search (the page's one filter); the sort stays. */
export const CLEARED_KEYPAIR_SEARCH = clearedParams(['q']);

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
