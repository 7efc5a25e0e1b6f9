/**
 * Which region the console opens: the one the operator used last in this tenant, else `kr1` when
 * the catalog has it, else the first in NHN's order. NHN's catalog does not list KR1 first
 * (current/iaas-token.ko.md, 응답 예시: KR2, KR1), so its order decides nothing here.
 * The last region is kept per tenant in localStorage: a region name, nothing else.
 */
import { NHN_REGIONS } from '../domain/nhn-endpoints';
import { instancesPath } from '../navigation/paths';

/** NHN's regions in a stable order (current/README.md: kr1, kr2, kr3, jp1). */
const REGION_ORDER: readonly string[] = NHN_REGIONS;
const PREFERRED_REGION = 'kr1';
export const LAST_REGION_KEY_PREFIX = 'nhn-console.lastRegion.';

/** Regions in NHN's order; regions it does not know follow, in the order they came. */
export function orderRegions(regions: readonly string[]): string[] {
  const rank = (region: string) => {
    const index = REGION_ORDER.indexOf(region);
    return index === -1 ? REGION_ORDER.length : index;
  };
  // Array.prototype.sort is stable: unknown regions keep the catalog's order among themselves.
  return [...regions].sort((a, b) => rank(a) - rank(b));
}

/** The region to open: the last used one if still listed, else kr1 if listed, else the first. */
export function landingRegion(
  regions: readonly string[],
  lastUsed: string | null,
): string | undefined {
  if (lastUsed && regions.includes(lastUsed)) return lastUsed;
  if (regions.includes(PREFERRED_REGION)) return PREFERRED_REGION;
  return orderRegions(regions)[0];
}

interface RegionStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

// Typed through globalThis so that Node (the proxy tests) can load this module too. Reading it
// may throw (storage disabled): callers ask inside a try.
const browserStorage = (): RegionStorage | undefined =>
  (globalThis as { localStorage?: RegionStorage }).localStorage;

/** Notes the region a page of `tenantId` shows. A storage that refuses is not an error. */
export function rememberRegion(tenantId: string, region: string, storage?: RegionStorage): void {
  try {
    (storage ?? browserStorage())?.setItem(`${LAST_REGION_KEY_PREFIX}${tenantId}`, region);
  } catch {
    // Private mode or a full storage: the console then lands on kr1, as on a first visit.
  }
}

export function lastUsedRegion(tenantId: string, storage?: RegionStorage): string | null {
  try {
    return (storage ?? browserStorage())?.getItem(`${LAST_REGION_KEY_PREFIX}${tenantId}`) ?? null;
  } catch {
    return null;
  }
}

/** Where a signed-in operator lands: the instances of the landing region. */
export function landingPath(
  session: { tenantId: string; regions: readonly string[] },
  storage?: RegionStorage,
): string {
  const region = landingRegion(session.regions, lastUsedRegion(session.tenantId, storage));
  return instancesPath(region ?? PREFERRED_REGION);
}
