/**
 * POST /servers, once compute-create.ts has checked everything: the servers, their ports and
 * their volumes are made at once (BUILD, creating or attaching), and one transition later become
 * ACTIVE and in-use (scheduled ops), as NHN Cloud's instances do.
 */
import { macFrom, newUuid, randomHex, stableHex } from '../ids';
import { imageMetadata } from '../seed';
import type {
  FlavorRecord,
  ImageRecord,
  Op,
  PortRecord,
  SecurityGroupRecord,
  ServerGroupRecord,
  ServerRecord,
  VolumeRecord,
} from '../state';
import type { Store } from '../store';
import type { PlannedNic } from './compute-create-nics';
import type { ComputeScope } from './compute-scope';

/** A volume of each new server: an existing one to attach, or a new one to create. */
export interface PlannedVolume {
  /** An existing volume to attach, or a new one to create. */
  existing?: VolumeRecord;
  create?: {
    size: number;
    volumeType: string;
    imageId: string | null;
    snapshotId: string | null;
    bootable: boolean;
    encryptionKeyId: string | null;
  };
  device: string;
  deleteOnTermination: boolean;
}

/** Everything the request asked for, checked. */
export interface CheckedCreate {
  name: string;
  metadata: Record<string, string> | undefined;
  userData: string | undefined;
  flavor: FlavorRecord;
  /** The OS of the root: its image, or the image its volume or snapshot came from. */
  rootImage: ImageRecord | undefined;
  bootsFromImage: boolean;
  rootSize: number;
  keyName: string;
  zone: string;
  groups: SecurityGroupRecord[];
  placement: ServerGroupRecord | undefined;
  nics: PlannedNic[];
  volumes: PlannedVolume[];
  instances: number;
}

export function buildServers(
  store: Store,
  transitionMs: number,
  { region, tenantId, userId, tenant }: ComputeScope,
  checked: CheckedCreate,
): { created: ServerRecord[]; reservationId: string } {
  const { flavor, rootImage, bootsFromImage, rootSize, zone, groups, placement, nics, instances } =
    checked;
  const now = store.now();
  const reservationId = `r-${randomHex(4)}`;
  const T = transitionMs;
  const created: ServerRecord[] = [];
  for (let n = 0; n < instances; n++) {
    const id = newUuid();
    const server: ServerRecord = {
      id,
      name: instances > 1 ? `${checked.name}-${n + 1}` : checked.name,
      status: 'BUILD',
      vmState: 'building',
      taskState: 'spawning',
      powerState: 0,
      flavorId: flavor.id,
      // Booted from a volume or a snapshot: the API answers `"image": ""`.
      imageId: bootsFromImage ? (rootImage?.id ?? '') : '',
      keyName: checked.keyName,
      availabilityZone: zone,
      hostId: stableHex(56, 'host', tenantId, id),
      userId,
      tenantId,
      created: now,
      updated: now,
      launchedAt: null,
      terminatedAt: null,
      // NHN copies the root image's properties (os_type, image_name, …) into the metadata, also
      // when it boots from a volume: the metadata still names the image.
      metadata: {
        ...(rootImage ? imageMetadata(rootImage, rootSize) : {}),
        ...(checked.metadata ?? {}),
      },
      reservationId,
      userData: checked.userData ?? null,
      diskConfig: 'MANUAL',
      protect: false,
    };
    tenant.servers.push(server);
    created.push(server);
    placement?.members.push(id);

    const ops: Op[] = [
      {
        op: 'server',
        region,
        tenantId,
        id,
        set: { status: 'ACTIVE', vmState: 'active', taskState: null, powerState: 1 },
        stamp: ['launchedAt'],
      },
      { op: 'ports', region, tenantId, deviceId: id, set: { status: 'ACTIVE' } },
    ];
    for (const nic of nics) {
      if ('port' in nic && nic.port) {
        nic.port.deviceId = id;
        nic.port.deviceOwner = `compute:${zone}`;
        nic.port.securityGroupIds = groups.map((g) => g.id);
        continue;
      }
      if (!('subnet' in nic) || !nic.subnet) continue;
      const port: PortRecord = {
        id: newUuid(),
        name: '',
        networkId: nic.subnet.vpcId,
        subnetId: nic.subnet.id,
        ipAddress: nic.ips[nic.ips.length === 1 ? 0 : n] ?? '',
        macAddress: macFrom(id, nic.subnet.id),
        deviceId: id,
        deviceOwner: `compute:${zone}`,
        status: 'BUILD',
        securityGroupIds: groups.map((g) => g.id),
        createdAt: now,
      };
      tenant.ports.push(port);
    }
    for (const planned of checked.volumes) {
      const attachment = {
        serverId: id,
        device: planned.device,
        attachedAt: now + T,
        deleteOnTermination: planned.deleteOnTermination,
      };
      if (planned.existing) {
        planned.existing.status = 'attaching';
        planned.existing.attachments.push(attachment);
        ops.push({
          op: 'volume',
          region,
          tenantId,
          id: planned.existing.id,
          set: { status: 'in-use' },
        });
        continue;
      }
      const spec = planned.create;
      if (!spec) continue;
      const volume: VolumeRecord = {
        id: newUuid(),
        name: '',
        description: null,
        size: spec.size,
        status: 'creating',
        volumeType: spec.volumeType,
        availabilityZone: zone,
        bootable: spec.bootable,
        attachments: [],
        metadata: {},
        userId,
        tenantId,
        createdAt: now,
        updatedAt: null,
        imageId: spec.imageId,
        snapshotId: spec.snapshotId,
        encryptionKeyId: spec.encryptionKeyId,
      };
      tenant.volumes.push(volume);
      ops.push({
        op: 'volume',
        region,
        tenantId,
        id: volume.id,
        set: { status: 'in-use', attachments: [attachment] },
      });
    }
    store.schedule(T, ops);
  }
  store.touch();
  return { created, reservationId };
}
