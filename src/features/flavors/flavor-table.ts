/**
 * What the flavors page shows and how it filters and sorts, as plain functions (no React): the
 * URL's filters, the request they become, the rows they keep and their order.
 */
import type { FlavorQuery } from '../../api/compute';
import { readSort, type SortOrder } from '../../components/list-url';
import type { Flavor } from '../../domain/compute-types';
import { FLAVOR_FAMILIES, flavorFamily, isU2Flavor, MB_PER_GB } from '../../domain/flavor';

export interface FlavorFilters {
  /** Minimum RAM in GB, as the operator types it (the request carries MB). */
  minRamGb?: number;
  /** Minimum root disk in GB (only flavors with a local disk have one). */
  minDiskGb?: number;
  families: string[];
  name: string;
}

const FLAVOR_SORT_KEYS = [
  'name',
  'family',
  'vcpus',
  'ram',
  'disk',
  'type',
  'public',
  'instances',
] as const;
export type FlavorSortKey = (typeof FLAVOR_SORT_KEYS)[number];

export type FlavorSort = SortOrder<FlavorSortKey>;

/** By name, A to Z: the table's order until a column is chosen. */
const BY_NAME: FlavorSort = { key: 'name', direction: 'asc' };

/** The filters' URL parameters, cleared together. */
export const FLAVOR_FILTER_PARAMS = ['minRamGb', 'minDiskGb', 'family', 'q'];

const positive = (value: string | null): number | undefined => {
  if (value === null || value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? number : undefined;
};

/** The page's state from its URL: `?minRamGb=4&minDiskGb=50&family=m2,c2&q=c4&sort=ram:desc`. */
export function readFlavorParams(params: URLSearchParams): {
  filters: FlavorFilters;
  sort: FlavorSort;
} {
  const families = (params.get('family') ?? '')
    .split(',')
    .map((family) => family.trim().toLowerCase())
    .filter(Boolean);
  return {
    filters: {
      minRamGb: positive(params.get('minRamGb')),
      minDiskGb: positive(params.get('minDiskGb')),
      families: [...new Set(families)],
      name: params.get('q') ?? '',
    },
    sort: readSort(params.get('sort'), FLAVOR_SORT_KEYS, BY_NAME),
  };
}

/** A positive number for the URL; nothing for an empty or unusable input. */
export function numberParam(value: string | number): string | undefined {
  if (value === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? String(number) : undefined;
}

/** What the operator typed in the name, RAM and disk fields, as it is entered. */
export interface TypedFilters {
  name: string;
  minRam: string | number;
  minDisk: string | number;
}

/** The typed fields as URL parameters (every one, so an emptied field leaves the URL too). */
export function typedParams(typed: TypedFilters) {
  return {
    q: typed.name.trim() || undefined,
    minRamGb: numberParam(typed.minRam),
    minDiskGb: numberParam(typed.minDisk),
  };
}

/** Whether the URL already says what the fields do (then nothing is written). */
export function sameAsUrl(params: ReturnType<typeof typedParams>, filters: FlavorFilters): boolean {
  return (
    params.q === (filters.name || undefined) &&
    params.minRamGb === numberParam(filters.minRamGb ?? '') &&
    params.minDiskGb === numberParam(filters.minDiskGb ?? '')
  );
}

/** The request's query (spec: 타입 목록 상세 보기): `minRam` in MB, `minDisk` in GB. */
export function toFlavorQuery(filters: FlavorFilters): FlavorQuery {
  const query: FlavorQuery = {};
  if (filters.minRamGb) query.minRam = Math.round(filters.minRamGb * MB_PER_GB);
  if (filters.minDiskGb) query.minDisk = Math.ceil(filters.minDiskGb);
  return query;
}

export function hasFilters(filters: FlavorFilters): boolean {
  return Boolean(
    filters.minRamGb || filters.minDiskGb || filters.families.length || filters.name.trim(),
  );
}

/** The family chips: the known families in their order, then any other family the region has. */
export function familyOptions(flavors: readonly Flavor[]): string[] {
  const seen = new Set(flavors.map((flavor) => flavorFamily(flavor.name)));
  const others = [...seen].filter((f) => !(FLAVOR_FAMILIES as readonly string[]).includes(f));
  return [...FLAVOR_FAMILIES, ...others.sort()];
}

/** Family chips and the name search, which have no API parameter, apply to the answer. */
export function filterFlavors(
  flavors: readonly Flavor[],
  filters: Pick<FlavorFilters, 'families' | 'name'>,
): Flavor[] {
  const needle = filters.name.trim().toLowerCase();
  return flavors.filter(
    (flavor) =>
      (filters.families.length === 0 || filters.families.includes(flavorFamily(flavor.name))) &&
      (!needle || flavor.name.toLowerCase().includes(needle)),
  );
}

/**
 * Where the root disk lives: U2 flavors (and any flavor with a disk size) boot from a local disk;
 * the others have `disk: 0` and boot from a block storage volume chosen at creation.
 */
export function rootDisk(flavor: Flavor): { kind: 'local'; gb: number } | { kind: 'volume' } {
  return isU2Flavor(flavor.name) || flavor.disk > 0
    ? { kind: 'local', gb: flavor.disk }
    : { kind: 'volume' };
}

const FAMILY_ORDER = new Map<string, number>(FLAVOR_FAMILIES.map((family, i) => [family, i]));
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function sortValue(flavor: Flavor, key: FlavorSortKey, counts?: Map<string, number>) {
  switch (key) {
    case 'name':
      return flavor.name;
    case 'family': {
      const family = flavorFamily(flavor.name);
      return FAMILY_ORDER.get(family) ?? FAMILY_ORDER.size + family.charCodeAt(0);
    }
    case 'vcpus':
      return flavor.vcpus;
    case 'ram':
      return flavor.ram;
    case 'disk':
      return flavor.disk;
    case 'type':
      return flavor.extra_specs?.flavor_type ?? '';
    case 'public':
      return flavor['os-flavor-access:is_public'] ? 1 : 0;
    case 'instances':
      return counts?.get(flavor.id) ?? 0;
  }
}

/** Sorts by one column; ties fall back to the name (`c2.c2m2` before `c2.c16m16`). */
export function sortFlavors(
  flavors: readonly Flavor[],
  sort: FlavorSort,
  counts?: Map<string, number>,
): Flavor[] {
  const direction = sort.direction === 'asc' ? 1 : -1;
  return [...flavors].sort((a, b) => {
    const x = sortValue(a, sort.key, counts);
    const y = sortValue(b, sort.key, counts);
    const primary =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : collator.compare(String(x), String(y));
    return primary * direction || collator.compare(a.name, b.name);
  });
}
