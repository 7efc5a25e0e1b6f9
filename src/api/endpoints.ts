/** Where each service lives behind the console's proxy (server/proxy/upstreams.ts). */
import { NHN_IDENTITY_URL, type NhnService, nhnServiceUrl } from '../domain/nhn-endpoints';

/** Region and tenant: what every call but sign-in needs. */
export interface ApiScope {
  region: string;
  tenantId: string;
}

export const IDENTITY_BASE = '/api/identity/v2.0';
export const computeBase = ({ region, tenantId }: ApiScope) =>
  `/api/compute/${region}/v2/${tenantId}`;
export const imageBase = ({ region }: ApiScope) => `/api/image/${region}/v2`;
export const networkBase = ({ region }: ApiScope) => `/api/network/${region}/v2.0`;
export const blockStorageBase = ({ region, tenantId }: ApiScope) =>
  `/api/block-storage/${region}/v2/${tenantId}`;

/**
 * The URL an API path has outside the console: NHN Cloud's own host, or, with the emulator, the
 * console's proxy (which is where the emulator answers). Used by copy-as-curl.
 */
export function externalUrl(apiPath: string, emulator: boolean, origin: string): string {
  if (emulator) return `${origin}${apiPath}`;
  const identity = /^\/api\/identity(\/.*)?$/.exec(apiPath);
  if (identity) return `${NHN_IDENTITY_URL}${identity[1] ?? ''}`;
  const match = /^\/api\/(compute|image|network|block-storage)\/([a-z0-9]+)(\/.*)?$/.exec(apiPath);
  if (!match) return `${origin}${apiPath}`;
  const [, service, region, rest = ''] = match;
  return `${nhnServiceUrl(service as NhnService, region as string)}${rest}`;
}
