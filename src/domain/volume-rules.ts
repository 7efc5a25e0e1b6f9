/**
 * What the volumes page may offer for a volume, and why not: pure rules on top of the domain's
 * tables (src/domain/volume.ts for volume statuses, src/domain/server-actions.ts for the instance
 * statuses attach and detach are allowed from).
 */
import type { Snapshot, Volume, VolumeAttachmentInfo } from './block-storage-types';
import type { Server } from './compute-types';
import { type ActionCheck, checkAction } from './server-actions';
import type { StatusTone } from './server-status';
import {
  isVolumeTransitional,
  VOLUME_ATTACHABLE_STATUSES,
  VOLUME_DELETABLE_STATUSES,
  VOLUME_STATUSES,
  type VolumeStatus,
} from './volume';

/** The root device of an instance that boots from a volume: never detachable (Nova refuses it). */
const ROOT_DEVICE = '/dev/vda';

export function isKnownVolumeStatus(status: string): status is VolumeStatus {
  return Object.hasOwn(VOLUME_STATUSES, status);
}

/** Colour of a volume status; it never carries meaning alone (the label does). */
export function volumeStatusTone(status: string): StatusTone {
  if (status === 'available') return 'green';
  if (status === 'in-use') return 'blue';
  if (status.startsWith('error')) return 'red';
  if (isVolumeTransitional(status)) return 'yellow';
  return 'gray';
}

export function isRootAttachment(attachment: Pick<VolumeAttachmentInfo, 'device'>): boolean {
  return attachment.device === ROOT_DEVICE;
}

/** The name, or the id when the volume has none (root volumes usually have none). */
export function volumeLabel(volume: Pick<Volume, 'id' | 'name'>): string {
  return volume.name?.trim() ? volume.name : volume.id;
}

export function isBootable(volume: Pick<Volume, 'bootable'>): boolean {
  // Cinder sends the string "true"/"false"; accept a boolean too, in case a backend differs.
  return String(volume.bootable).toLowerCase() === 'true';
}

/** Cinder's `created_at` has microseconds and no zone (`2018-12-18T05:43:12.000000`): it is UTC. */
export function cinderTime(value: string | null | undefined): string | null {
  if (!value) return null;
  return /(?:Z|[+-]\d{2}:?\d{2})$/i.test(value) ? value : `${value}Z`;
}

export type VolumeCheck =
  | { allowed: true }
  | { allowed: false; reason: 'status'; status: string }
  | { allowed: false; reason: 'attached' }
  | { allowed: false; reason: 'snapshots'; count: number };

/**
 * 블록 스토리지 삭제하기: "연결되어 있거나 스냅숏이 생성된 블록 스토리지는 삭제할 수 없습니다" — not
 * while attached, not while it has snapshots (of the region's, those taken of it), and, as Cinder
 * answers, only when settled. `snapshots` is the region's list; while it is not known, the API
 * decides.
 */
export function checkDeleteVolume(
  volume: Pick<Volume, 'id' | 'status' | 'attachments'>,
  snapshots: readonly Pick<Snapshot, 'volume_id'>[] = [],
): VolumeCheck {
  if (volume.attachments.length > 0) return { allowed: false, reason: 'attached' };
  const count = snapshots.filter((snapshot) => snapshot.volume_id === volume.id).length;
  if (count > 0) return { allowed: false, reason: 'snapshots', count };
  if (!VOLUME_DELETABLE_STATUSES.includes(volume.status)) {
    return { allowed: false, reason: 'status', status: volume.status };
  }
  return { allowed: true };
}

/** A volume can be attached only while available (and not attached already: no multi-attach). */
export function checkAttachVolume(volume: Pick<Volume, 'status' | 'attachments'>): VolumeCheck {
  if (!VOLUME_ATTACHABLE_STATUSES.includes(volume.status)) {
    return { allowed: false, reason: 'status', status: volume.status };
  }
  if (volume.attachments.length > 0) return { allowed: false, reason: 'attached' };
  return { allowed: true };
}

type ServerLike = Pick<Server, 'id' | 'name' | 'status' | 'OS-EXT-STS:task_state'> & {
  'OS-EXT-AZ:availability_zone'?: string;
};

const subject = (server: ServerLike) => ({
  id: server.id,
  status: server.status,
  taskState: server['OS-EXT-STS:task_state'] ?? null,
});

export type DetachCheck =
  | { allowed: true }
  | { allowed: false; reason: 'root'; device: string }
  | { allowed: false; reason: 'status'; status: string }
  | { allowed: false; reason: 'server'; check: Exclude<ActionCheck, { allowed: true }> };

/**
 * Whether one attachment of a volume may be detached: never the root device, only while the
 * volume is in use, and only from an instance status the action table allows (when the instance
 * is known; otherwise the API decides).
 */
export function checkDetach(
  volume: Pick<Volume, 'status'>,
  attachment: Pick<VolumeAttachmentInfo, 'device'>,
  server: ServerLike | undefined,
): DetachCheck {
  if (isRootAttachment(attachment)) {
    return { allowed: false, reason: 'root', device: attachment.device };
  }
  if (volume.status !== 'in-use')
    return { allowed: false, reason: 'status', status: volume.status };
  if (server) {
    const check = checkAction('detachVolume', subject(server));
    if (!check.allowed) return { allowed: false, reason: 'server', check };
  }
  return { allowed: true };
}

export interface AttachTargets<S extends ServerLike> {
  /** Instances in the volume's zone whose status allows an attach now. */
  allowed: S[];
  /** Instances in the zone that do not allow it, with the reason. */
  blocked: { server: S; check: Exclude<ActionCheck, { allowed: true }> }[];
}

/** The instances a volume could be attached to: same availability zone, status allowing it. */
export function attachTargets<S extends ServerLike>(
  volume: Pick<Volume, 'availability_zone' | 'attachments'>,
  servers: readonly S[],
): AttachTargets<S> {
  const attachedTo = new Set(volume.attachments.map((a) => a.server_id));
  const result: AttachTargets<S> = { allowed: [], blocked: [] };
  const byName = [...servers].sort((a, b) => a.name.localeCompare(b.name));
  for (const server of byName) {
    if (server['OS-EXT-AZ:availability_zone'] !== volume.availability_zone) continue;
    if (attachedTo.has(server.id)) continue;
    const check = checkAction('attachVolume', subject(server));
    if (check.allowed) result.allowed.push(server);
    else result.blocked.push({ server, check });
  }
  return result;
}

export interface VolumeFilters {
  /** Part of the name or the id, any case. */
  name?: string;
  status?: string;
  /** `yes`: attached to an instance; `no`: not attached. */
  attached?: 'yes' | 'no';
  zone?: string;
}

export function filterVolumes<V extends Volume>(
  volumes: readonly V[],
  filters: VolumeFilters,
): V[] {
  const needle = filters.name?.trim().toLowerCase();
  return volumes.filter(
    (volume) =>
      (!needle ||
        (volume.name ?? '').toLowerCase().includes(needle) ||
        volume.id.toLowerCase().includes(needle)) &&
      (!filters.status || volume.status === filters.status) &&
      (!filters.zone || volume.availability_zone === filters.zone) &&
      (!filters.attached || volume.attachments.length > 0 === (filters.attached === 'yes')),
  );
}

export type VolumeSortKey = 'name' | 'size' | 'type' | 'status' | 'zone' | 'created';

export function sortVolumes<V extends Volume>(
  volumes: readonly V[],
  key: VolumeSortKey,
  direction: 'asc' | 'desc',
): V[] {
  const sign = direction === 'asc' ? 1 : -1;
  const value = (v: V): string | number => {
    switch (key) {
      case 'name':
        return volumeLabel(v).toLowerCase();
      case 'size':
        return v.size;
      case 'type':
        return v.volume_type;
      case 'status':
        return v.status;
      case 'zone':
        return v.availability_zone;
      case 'created':
        return v.created_at;
    }
  };
  return [...volumes].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const order =
      typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return order * sign || a.id.localeCompare(b.id);
  });
}
