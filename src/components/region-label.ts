import type { TFunction } from 'i18next';
import { NHN_REGIONS } from '../domain/nhn-endpoints';

type KnownRegion = (typeof NHN_REGIONS)[number];
const isKnownRegion = (region: string): region is KnownRegion =>
  (NHN_REGIONS as readonly string[]).includes(region);

/** A region as the console names it: `KR3 · Korea (Gwangju)`; a region NHN's guides do not name, as `XX9`. */
export function regionLabel(t: TFunction, region: string): string {
  const id = region.toUpperCase();
  return isKnownRegion(region) ? `${id} · ${t(`regions.${region}`)}` : id;
}
