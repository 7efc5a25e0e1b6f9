/**
 * POST /servers (current guide: 인스턴스 생성하기). Everything is checked before anything changes,
 * so a refused request leaves no trace: references (flavor, images, volumes, snapshots, key pair,
 * zone, groups, placement policy, networks), then the domain's create rules, then addresses
 * (compute-create-nics.ts). Then the servers are built at once in BUILD and become ACTIVE one
 * transition later (compute-create-build.ts). The body's shape is compute-create-schema.ts.
 *
 * block_device_mapping_v2 is required for every flavor today: the root (boot_index 0) comes from
 * an image (onto the local disk of GPU and U2 flavors, or a new volume), an existing volume or a
 * snapshot (then no imageRef is needed and the server's `image` is ""), and further entries add
 * blank, existing or snapshot-made volumes.
 */
import type { CreatedServer } from '../../../src/domain/compute-types';
import {
  type CreateServerPlan,
  DEFAULT_SECURITY_GROUP,
  DEFAULT_VOLUME_TYPE,
  type DeviceSource,
  type ImageFacts,
  type PlannedDevice,
} from '../../../src/domain/create-server-plan';
import {
  describeCreateViolation,
  validateCreateServer,
} from '../../../src/domain/create-server-rules';
import { VOLUME_TYPES } from '../../../src/domain/volume';
import { type Ctx, type Deps, readBody } from '../context';
import { badRequest } from '../errors';
import { links } from '../render';
import type {
  ImageRecord,
  ServerGroupRecord,
  ServerRecord,
  SnapshotRecord,
  VolumeRecord,
} from '../state';
import { buildServers, type PlannedVolume } from './compute-create-build';
import { planNics } from './compute-create-nics';
import { type Bdm, createSchema } from './compute-create-schema';
import { computeScope } from './compute-scope';

/** One block device, its source looked up. */
interface ResolvedDevice {
  bdm: Bdm;
  index: number;
  image?: ImageRecord;
  volume?: VolumeRecord;
  snapshot?: SnapshotRecord;
  /** The volume a snapshot was taken from. */
  snapshotVolume?: VolumeRecord;
}

const isRoot = (bdm: Bdm) => bdm.boot_index === 0;

export async function createServers(c: Ctx, { store, config }: Deps) {
  const body = await readBody(c, createSchema);
  const req = body.server;
  const hints = body['os:scheduler_hints'] ?? body['OS-SCH-HNT:scheduler_hints'];
  const scope = computeScope(c, store);
  const { tenantId, tenant, regionState, zones, base } = scope;

  // ── references ──
  const flavor = regionState.flavors.find(
    (f) => f.id === req.flavorRef || req.flavorRef.endsWith(`/${f.id}`),
  );
  if (!flavor)
    throw badRequest(
      `Flavor ${req.flavorRef.slice(0, 64)} could not be found: invalid flavorRef provided.`,
    );
  if (flavor.disabled) throw badRequest(`Flavor ${flavor.name} is disabled and cannot be used.`);

  const findImage = (id: string): ImageRecord => {
    const image = regionState.images.find(
      (i) => i.id === id && (i.visibility === 'public' || i.owner === tenantId),
    );
    if (!image) throw badRequest(`Can not find requested image ${id.slice(0, 64)}.`);
    if (image.status !== 'active')
      throw badRequest(`Image ${id} is not active (status ${image.status}).`);
    return image;
  };
  const imageOfVolume = (volume: VolumeRecord | undefined) =>
    volume?.imageId ? regionState.images.find((i) => i.id === volume.imageId) : undefined;

  // imageRef is not needed when the root comes from a volume or a snapshot, but one that is
  // given must name an image (Nova looks it up either way).
  if (req.imageRef) findImage(req.imageRef);

  const bdms = req.block_device_mapping_v2 ?? [];
  const devices: ResolvedDevice[] = bdms.map((bdm, index) => {
    const where = `block_device_mapping_v2[${index}]`;
    switch (bdm.source_type) {
      case 'image': {
        // Nova takes the root's image from imageRef when the entry names none.
        const imageId = bdm.uuid ?? (isRoot(bdm) ? req.imageRef : undefined);
        if (!imageId) throw badRequest(`${where}: source_type 'image' needs the image id in uuid.`);
        return { bdm, index, image: findImage(imageId) };
      }
      case 'volume': {
        const volume = tenant.volumes.find((v) => v.id === bdm.uuid);
        if (!volume) throw badRequest(`${where}: volume ${bdm.uuid ?? ''} could not be found.`);
        return { bdm, index, volume };
      }
      case 'snapshot': {
        const snapshot = tenant.snapshots.find((s) => s.id === bdm.uuid);
        if (!snapshot) throw badRequest(`${where}: snapshot ${bdm.uuid ?? ''} could not be found.`);
        const snapshotVolume = tenant.volumes.find((v) => v.id === snapshot.volumeId);
        return { bdm, index, snapshot, snapshotVolume };
      }
      default:
        return { bdm, index };
    }
  });
  const root = devices.find((d) => isRoot(d.bdm));
  // The OS of the root: its image, or the image its volume (or the snapshot's volume) came from.
  const rootImage: ImageRecord | undefined =
    root?.image ??
    (root?.volume ? imageOfVolume(root.volume) : undefined) ??
    (root?.snapshot ? imageOfVolume(root.snapshotVolume) : undefined) ??
    (root === undefined && req.imageRef ? findImage(req.imageRef) : undefined);
  const bootsFromImage = root?.image !== undefined;

  const keypair = tenant.keypairs.find((k) => k.name === req.key_name);
  if (!keypair)
    throw badRequest(
      `Invalid key_name provided: key pair '${req.key_name.slice(0, 64)}' does not exist.`,
    );

  if (req.availability_zone !== undefined && !zones.includes(req.availability_zone)) {
    throw badRequest(
      `The requested availability zone '${req.availability_zone.slice(0, 64)}' is not available (choose ${zones.join(', ')}).`,
    );
  }

  // Spec (인스턴스 생성하기, server.security_groups): omitted means `default`. Like Nova
  // (`security_groups or ['default']`, names de-duplicated), an empty list means `default` too,
  // and a group named twice is applied once.
  const requestedGroups = [...new Set(req.security_groups?.map((g) => g.name) ?? [])];
  const groupNames = requestedGroups.length > 0 ? requestedGroups : [DEFAULT_SECURITY_GROUP];
  const groups = groupNames.map((name) => {
    const group = tenant.securityGroups.find((g) => g.name === name || g.id === name);
    if (!group)
      throw badRequest(`Unable to find security_group with name or id '${name.slice(0, 64)}'.`);
    return group;
  });

  // 배치 정책: os:scheduler_hints.group names a placement policy of this tenant.
  let placement: ServerGroupRecord | undefined;
  if (hints?.group !== undefined) {
    placement = tenant.serverGroups.find((g) => g.id === hints.group);
    if (!placement)
      throw badRequest(
        `Invalid os:scheduler_hints.group: placement policy ${hints.group.slice(0, 64)} could not be found.`,
      );
  }

  // ── the create rules, from the domain ──
  const count = { min: req.min_count ?? 1, max: req.max_count ?? req.min_count ?? 1 };
  const sourceOf = (d: ResolvedDevice): DeviceSource | undefined => {
    if (d.volume)
      return {
        kind: 'volume',
        status: d.volume.status,
        bootable: d.volume.bootable,
        sizeGb: d.volume.size,
        zone: d.volume.availabilityZone,
      };
    if (d.snapshot)
      return {
        kind: 'snapshot',
        status: d.snapshot.status,
        bootable: d.snapshotVolume?.bootable ?? false,
        sizeGb: d.snapshot.size,
        zone: d.snapshotVolume?.availabilityZone ?? '',
      };
    return undefined;
  };
  const imageFacts = (image: ImageRecord | undefined): ImageFacts | null =>
    image
      ? {
          osType: image.properties.os_type ?? 'linux',
          minDiskGb: image.minDiskGb,
          minRamMb: image.minRamMb,
        }
      : null;
  const plan: CreateServerPlan = {
    name: req.name,
    image: imageFacts(rootImage),
    flavor: { name: flavor.name, ramMb: flavor.ramMb },
    blockDevices: devices.map(
      (d): PlannedDevice => ({
        sourceType: d.bdm.source_type,
        destinationType: d.bdm.destination_type,
        bootIndex: d.bdm.boot_index,
        sizeGb: d.bdm.volume_size,
        volumeType: d.bdm.volume_type,
        encryption: d.bdm.nhn_encryption !== undefined,
        source: sourceOf(d),
      }),
    ),
    volumeTypes: VOLUME_TYPES,
    availabilityZone: req.availability_zone,
    userData: req.user_data,
    minCount: count.min,
    maxCount: count.max,
    metadata: req.metadata,
  };
  const violations = validateCreateServer(plan);
  if (violations.length > 0) throw badRequest(violations.map(describeCreateViolation).join(' '));
  if (!rootImage && bootsFromImage) throw badRequest('The root image could not be found.');
  const instances = count.max;

  // ── placement: a volume or a snapshot fixes the zone (the rules checked they agree) ──
  const sourceZone = devices.map(sourceOf).find((source) => source !== undefined)?.zone;
  const zone =
    req.availability_zone ??
    sourceZone ??
    // Nova picks one; the emulator picks the zone with fewer servers, so it is predictable.
    [...zones].sort(
      (a, b) =>
        tenant.servers.filter((s) => s.availabilityZone === a).length -
        tenant.servers.filter((s) => s.availabilityZone === b).length,
    )[0] ??
    zones[0] ??
    '';

  // ── volumes: the root (unless local) and the others, in device order ──
  const volumesPerServer: PlannedVolume[] = [];
  let nextLetter = 1;
  for (const d of [...devices].sort((a, b) => Number(!isRoot(a.bdm)) - Number(!isRoot(b.bdm)))) {
    const { bdm } = d;
    if (bdm.destination_type === 'local') continue;
    const device = isRoot(bdm) ? '/dev/vda' : `/dev/vd${String.fromCharCode(97 + nextLetter++)}`;
    const deleteOnTermination = bdm.delete_on_termination ?? false;
    if (d.volume) {
      volumesPerServer.push({ existing: d.volume, device, deleteOnTermination });
      continue;
    }
    const fromSnapshot = d.snapshotVolume;
    volumesPerServer.push({
      create: {
        size: bdm.volume_size ?? 0,
        volumeType: bdm.volume_type ?? fromSnapshot?.volumeType ?? DEFAULT_VOLUME_TYPE,
        imageId: d.image?.id ?? fromSnapshot?.imageId ?? null,
        snapshotId: d.snapshot?.id ?? null,
        bootable: d.image !== undefined || (fromSnapshot?.bootable ?? false),
        encryptionKeyId: bdm.nhn_encryption?.skm_key_id ?? null,
      },
      device,
      deleteOnTermination,
    });
  }
  const rootSize =
    root?.bdm.destination_type === 'local'
      ? flavor.diskGb
      : (root?.volume?.size ?? root?.bdm.volume_size ?? flavor.diskGb);

  // ── networks and addresses ──
  const nics = planNics(scope, req.networks, instances);

  // ── everything checked: build ──
  const { created, reservationId } = buildServers(store, config.transitionMs, scope, {
    name: req.name,
    metadata: req.metadata,
    userData: req.user_data,
    flavor,
    rootImage,
    bootsFromImage,
    rootSize,
    keyName: keypair.name,
    zone,
    groups,
    placement,
    nics,
    volumes: volumesPerServer,
    instances,
  });

  if (req.return_reservation_id) return c.json({ reservation_id: reservationId }, 202);
  const first = created[0] as ServerRecord;
  const answer: { server: CreatedServer } = {
    server: {
      security_groups: groups.map((g) => ({ name: g.name })),
      id: first.id,
      links: links(base, 'servers', first.id),
    },
  };
  return c.json(answer, 202);
}
