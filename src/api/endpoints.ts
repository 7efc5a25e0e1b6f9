/** Where each service lives behind the console's proxy (server/proxy/upstreams.ts). */

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
