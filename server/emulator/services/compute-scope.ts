import { type Ctx, requestOrigin } from '../context';
import type { ComputeBase } from '../render';
import { REGIONS, type ServerRecord } from '../state';
import type { Store } from '../store';

/** The region, tenant and link base of an authenticated compute or block storage request. */
export function computeScope(c: Ctx, store: Store) {
  const region = c.get('region');
  const { user } = c.get('auth');
  const tenantId = user.tenantId;
  const base: ComputeBase = { origin: requestOrigin(c, store.config), region, tenantId };
  return {
    region,
    tenantId,
    userId: user.userId,
    base,
    zones: REGIONS[region].zones as readonly string[],
    regionState: store.region(region),
    tenant: store.tenant(region, tenantId),
  };
}

export type ComputeScope = ReturnType<typeof computeScope>;

/** A request's scope and the server its path names (`/servers/{serverId}/…`). */
export type FoundServer = ComputeScope & { server: ServerRecord };
