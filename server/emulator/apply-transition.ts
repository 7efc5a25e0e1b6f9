/**
 * A scheduled step of a transition (store.ts's queue), applied at its time: a server's, volume's,
 * snapshot's, port's or image's fields set, or a server, volume or snapshot removed. A deleted
 * server leaves a DELETED record that changes-since reports (at most TOMBSTONE_LIMIT of them).
 */
import type {
  ImageRecord,
  Op,
  RegionId,
  RegionState,
  ServerRecord,
  TenantRegionState,
} from './state';

/** How many deleted servers `changes-since` remembers per tenant and region. */
const TOMBSTONE_LIMIT = 500;

/** Where a step finds its records (the store). */
interface StateAccess {
  region(region: RegionId): RegionState;
  tenant(region: RegionId, tenantId: string): TenantRegionState;
}

export function applyTransition(state: StateAccess, op: Op, at: number): void {
  const regionState = state.region(op.region);
  if (op.op === 'image') {
    const image = regionState.images.find((i) => i.id === op.id);
    if (image) Object.assign(image, op.set, { updatedAt: at } satisfies Partial<ImageRecord>);
    return;
  }
  const tenant = state.tenant(op.region, op.tenantId);
  switch (op.op) {
    case 'server': {
      const server = tenant.servers.find((s) => s.id === op.id);
      if (!server) return;
      Object.assign(server, op.set, { updated: at });
      for (const field of op.stamp ?? []) (server as unknown as Record<string, number>)[field] = at;
      return;
    }
    case 'server-delete':
      removeServer(tenant, op.id, at);
      return;
    case 'volume': {
      const volume = tenant.volumes.find((v) => v.id === op.id);
      if (volume) Object.assign(volume, op.set, { updatedAt: at });
      return;
    }
    case 'volume-delete':
      tenant.volumes = tenant.volumes.filter((v) => v.id !== op.id);
      return;
    case 'snapshot': {
      const snapshot = tenant.snapshots.find((s) => s.id === op.id);
      if (snapshot) Object.assign(snapshot, op.set);
      return;
    }
    case 'snapshot-delete':
      tenant.snapshots = tenant.snapshots.filter((s) => s.id !== op.id);
      return;
    case 'volume-detach': {
      const volume = tenant.volumes.find((v) => v.id === op.id);
      if (!volume) return;
      volume.attachments = volume.attachments.filter((a) => a.serverId !== op.serverId);
      volume.status = volume.attachments.length > 0 ? 'in-use' : 'available';
      volume.updatedAt = at;
      return;
    }
    case 'ports':
      for (const port of tenant.ports)
        if (port.deviceId === op.deviceId) Object.assign(port, op.set);
      return;
  }
}

/** A deleted server leaves a DELETED record for changes-since and lets go of what it held. */
function removeServer(tenant: TenantRegionState, serverId: string, at: number): void {
  const server = tenant.servers.find((s) => s.id === serverId);
  if (!server) return;
  tenant.servers = tenant.servers.filter((s) => s.id !== serverId);
  const tombstone: ServerRecord = {
    ...server,
    status: 'DELETED',
    vmState: 'deleted',
    taskState: null,
    powerState: 0,
    updated: at,
    terminatedAt: at,
  };
  tenant.deletedServers = [tombstone, ...tenant.deletedServers].slice(0, TOMBSTONE_LIMIT);
  // A deleted instance leaves its placement policy (배치 정책: members are the live instances).
  for (const group of tenant.serverGroups)
    group.members = group.members.filter((member) => member !== serverId);
  const portIds = new Set(tenant.ports.filter((p) => p.deviceId === serverId).map((p) => p.id));
  tenant.ports = tenant.ports.filter((p) => !portIds.has(p.id));
  for (const fip of tenant.floatingIps)
    if (fip.portId && portIds.has(fip.portId)) fip.portId = null;
  const kept = [];
  for (const volume of tenant.volumes) {
    const attachment = volume.attachments.find((a) => a.serverId === serverId);
    if (!attachment) {
      kept.push(volume);
      continue;
    }
    if (attachment.deleteOnTermination) continue;
    volume.attachments = volume.attachments.filter((a) => a.serverId !== serverId);
    volume.status = volume.attachments.length > 0 ? 'in-use' : 'available';
    volume.updatedAt = at;
    kept.push(volume);
  }
  tenant.volumes = kept;
}
