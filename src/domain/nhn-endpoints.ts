/**
 * NHN Cloud's public API hosts (neighbour-apis.md, "Endpoints"): the proxy forwards to them with
 * NHN_BACKEND=nhn, and the console shows them in copy-as-curl.
 */

export const NHN_SERVICES = ['compute', 'image', 'network', 'block-storage'] as const;
export type NhnService = (typeof NHN_SERVICES)[number];

/** Every region NHN Cloud documents (the emulator serves kr1, kr2 and jp1). */
export const NHN_REGIONS = ['kr1', 'kr2', 'kr3', 'jp1'] as const;

export const NHN_IDENTITY_URL = 'https://api-identity-infrastructure.nhncloudservice.com';

const HOST_NAMES: Record<NhnService, string> = {
  compute: 'instance',
  image: 'image',
  network: 'network',
  'block-storage': 'block-storage',
};

export function nhnServiceUrl(service: NhnService, region: string): string {
  return `https://${region}-api-${HOST_NAMES[service]}-infrastructure.nhncloudservice.com`;
}
