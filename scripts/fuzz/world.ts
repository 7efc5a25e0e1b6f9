/** The generator's World read from an emulator's state: the seed's ids, stable from run to run. */
import type { UserAccount } from '../../server/emulator/accounts';
import { stableUuid } from '../../server/emulator/ids';
import { type EmulatorState, REGIONS, type RegionId } from '../../server/emulator/state';
import { VOLUME_TYPES } from '../../src/domain/volume';
import type { World } from './generate';

export function worldOf(
  state: EmulatorState,
  region: RegionId,
  demo: UserAccount,
  other: UserAccount,
): World {
  const regionState = state.regions[region];
  const tenant = regionState.tenants[demo.tenantId];
  const otherTenant = regionState.tenants[other.tenantId];
  if (!tenant) throw new Error(`the seed has no tenant ${demo.tenantId} in ${region}`);
  const ids = (items: readonly { id: string }[] | undefined) => (items ?? []).map((i) => i.id);
  return {
    region,
    tenantId: demo.tenantId,
    otherTenantId: other.tenantId,
    username: demo.username,
    password: demo.password,
    servers: ids(tenant.servers),
    otherServers: ids(otherTenant?.servers),
    volumes: ids(tenant.volumes),
    snapshots: ids(tenant.snapshots),
    keypairs: tenant.keypairs.map((k) => k.name),
    serverGroups: ids(tenant.serverGroups),
    flavors: ids(regionState.flavors),
    images: ids(
      regionState.images.filter((i) => i.visibility === 'public' || i.owner === demo.tenantId),
    ),
    vpcs: [...ids(tenant.vpcs), regionState.externalNetwork.id],
    subnets: ids(tenant.subnets),
    ports: ids(tenant.ports),
    securityGroups: ids(tenant.securityGroups),
    securityGroupNames: tenant.securityGroups.map((g) => g.name),
    floatingIps: ids(tenant.floatingIps),
    zones: [...REGIONS[region].zones],
    volumeTypes: [...VOLUME_TYPES],
    volumeTypeIds: VOLUME_TYPES.map((name) => stableUuid('volume-type', region, name)),
  };
}
