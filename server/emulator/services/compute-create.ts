/**
 * POST /servers (current guide: 인스턴스 생성하기). Everything is checked before anything changes,
 * so a refused request leaves no trace: references (flavor, images, volumes, snapshots, key pair,
 * zone, groups, placement policy, networks), then the domain's create rules, then addresses.
 * Then the servers are built at once in BUILD and become ACTIVE one transition later.
 *
 * block_device_mapping_v2 is required for every flavor today: the root (boot_index 0) comes from
 * an image (onto the local disk of GPU and U2 flavors, or a new volume), an existing volume or a
 * snapshot (then no imageRef is needed and the server's `image` is ""), and further entries add
 * blank, existing or snapshot-made volumes.
 */
import { z } from 'zod';
import type { CreatedServer } from '../../../src/domain/compute-types';
import {
  type CreateServerPlan,
  DEFAULT_SECURITY_GROUP,
  DEFAULT_VOLUME_TYPE,
  type DeviceSource,
  describeCreateViolation,
  type ImageFacts,
  type PlannedDevice,
  validateCreateServer,
} from '../../../src/domain/create-server-rules';
import { checkFixedIp, isHostInCidr } from '../../../src/domain/ipv4';
import { VOLUME_TYPES } from '../../../src/domain/volume';
import { type Ctx, type Deps, readBody } from '../context';
import { badRequest, conflict } from '../errors';
import { macFrom, newUuid, randomHex, stableHex } from '../ids';
import { allocateIp } from '../ipv4';
import { links } from '../render';
import { imageMetadata } from '../seed';
import type {
  ImageRecord,
  Op,
  PortRecord,
  ServerGroupRecord,
  ServerRecord,
  SnapshotRecord,
  SubnetRecord,
  VolumeRecord,
} from '../state';
import { computeScope } from './compute-scope';

/** Integers may come as numbers or numeric strings (the OpenStack client sends boot_index "0"). */
const intLike = z.union([
  z.number().int('must be an integer'),
  z
    .string()
    .regex(/^-?\d+$/, 'must be an integer')
    .transform(Number),
]);
const boolLike = z
  .union([
    z.boolean(),
    z.literal(0),
    z.literal(1),
    z.enum(['true', 'false', 'True', 'False', '0', '1']),
  ])
  .transform((v) => v === true || v === 1 || v === 'true' || v === 'True' || v === '1');
const required = (what: string) => ({
  error: (issue: { input: unknown }) =>
    issue.input === undefined ? 'is required' : `must be ${what}`,
});

// Field values (source_type, destination_type, …) are judged by the domain's rules, which name
// the entry and the choices; here only their types.
const bdmSchema = z.object({
  uuid: z.string().max(255).optional(),
  source_type: z.string().max(64).optional(),
  destination_type: z.string().max(64).optional(),
  volume_type: z.string().max(255).optional(),
  volume_size: intLike.optional(),
  delete_on_termination: boolLike.optional(),
  boot_index: z.union([intLike, z.null()]).optional(),
  device_name: z.string().max(255).nullable().optional(),
  nhn_encryption: z
    .object({ skm_appkey: z.string().min(1).max(255), skm_key_id: z.string().min(1).max(255) })
    .optional(),
});

const networkSchema = z.object({
  uuid: z.string().max(64).optional(),
  subnet: z.string().max(64).optional(),
  port: z.string().max(64).optional(),
  fixed_ip: z.string().max(64).optional(),
});

const hintsSchema = z.object({ group: z.string().max(64).optional() }).optional();

const createSchema = z.object({
  server: z.object({
    name: z.string(required('a string')),
    imageRef: z.string().max(255).optional(),
    flavorRef: z
      .union([z.string().min(1), z.number().int()], required('a flavor id'))
      .transform(String),
    networks: z
      .array(networkSchema, required('a list of networks'))
      .min(1, 'must name at least one network'),
    key_name: z.string(required('the name of a key pair')).max(255),
    availability_zone: z.string().max(255).optional(),
    security_groups: z.array(z.object({ name: z.string().min(1).max(255) })).optional(),
    user_data: z.string().max(1_048_576).optional(),
    metadata: z.record(z.string(), z.string('values must be strings')).optional(),
    block_device_mapping_v2: z.array(bdmSchema).max(26).optional(),
    min_count: intLike.optional(),
    max_count: intLike.optional(),
    return_reservation_id: boolLike.optional(),
  }),
  // The guide's name, and the one stock OpenStack clients send.
  'os:scheduler_hints': hintsSchema,
  'OS-SCH-HNT:scheduler_hints': hintsSchema,
});

type Bdm = z.output<typeof bdmSchema>;

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

interface PlannedVolume {
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

const isRoot = (bdm: Bdm) => bdm.boot_index === 0;

export async function createServers(c: Ctx, { store, config }: Deps) {
  const body = await readBody(c, createSchema);
  const req = body.server;
  const hints = body['os:scheduler_hints'] ?? body['OS-SCH-HNT:scheduler_hints'];
  const scope = computeScope(c, store);
  const { region, tenantId, userId, tenant, regionState, zones, base } = scope;

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
  const usedIps = new Set(tenant.ports.map((p) => p.ipAddress));
  const external = regionState.externalNetwork;
  const nics = req.networks.map((nic, i) => {
    const where = `networks[${i}]`;
    // The shared external network is listed with the tenant's VPCs, but it is where floating IPs
    // come from: no instance port goes on it.
    if (nic.uuid === external.id || nic.subnet === external.subnetId) {
      throw badRequest(
        `${where}: ${external.name} is an external network (router:external): instances cannot be attached to it; associate a floating IP instead.`,
      );
    }
    if (nic.port !== undefined) {
      const port = tenant.ports.find((p) => p.id === nic.port);
      if (!port) throw badRequest(`${where}: port ${nic.port} could not be found.`);
      if (port.deviceId) throw conflict(`${where}: port ${port.id} is still in use.`);
      if (instances > 1) throw badRequest('A port cannot be given to several new instances.');
      return { port };
    }
    let subnet: SubnetRecord | undefined;
    if (nic.subnet !== undefined) {
      subnet = tenant.subnets.find((s) => s.id === nic.subnet);
      if (!subnet) throw badRequest(`${where}: subnet ${nic.subnet} could not be found.`);
      if (nic.uuid !== undefined && subnet.vpcId !== nic.uuid) {
        throw badRequest(`${where}: subnet ${subnet.id} does not belong to network ${nic.uuid}.`);
      }
    } else if (nic.uuid !== undefined) {
      if (!tenant.vpcs.some((v) => v.id === nic.uuid))
        throw badRequest(`${where}: network ${nic.uuid} could not be found.`);
      const candidates = tenant.subnets.filter((s) => s.vpcId === nic.uuid);
      subnet = nic.fixed_ip
        ? candidates.find((s) => isHostInCidr(nic.fixed_ip ?? '', s.cidr))
        : candidates[0];
      if (!subnet)
        throw badRequest(`${where}: network ${nic.uuid} has no subnet for this address.`);
    } else if (nic.fixed_ip !== undefined) {
      subnet = tenant.subnets.find((s) => isHostInCidr(nic.fixed_ip ?? '', s.cidr));
      if (!subnet) throw badRequest(`${where}: no subnet contains ${nic.fixed_ip}.`);
    } else {
      throw badRequest(`${where}: give one of uuid, subnet, port or fixed_ip.`);
    }
    if (nic.fixed_ip !== undefined) {
      const problem = checkFixedIp(nic.fixed_ip, subnet, instances);
      if (problem === 'format')
        throw badRequest(`${where}: '${nic.fixed_ip}' is not an IPv4 address.`);
      if (problem === 'single')
        throw badRequest('A fixed IP cannot be given to several new instances.');
      if (problem) {
        throw badRequest(
          `${where}: fixed IP ${nic.fixed_ip} is not a usable address of ${subnet.cidr}.`,
        );
      }
      if (usedIps.has(nic.fixed_ip))
        throw badRequest(`Fixed IP address ${nic.fixed_ip} is already in use.`);
      usedIps.add(nic.fixed_ip);
      return { subnet, ips: [nic.fixed_ip] };
    }
    const ips: string[] = [];
    for (let n = 0; n < instances; n++) {
      const ip = allocateIp(subnet.cidr, subnet.gateway, usedIps);
      if (!ip) throw conflict(`No more IP addresses available on subnet ${subnet.id}.`);
      usedIps.add(ip);
      ips.push(ip);
    }
    return { subnet, ips };
  });

  // ── everything checked: build ──
  const now = store.now();
  const reservationId = `r-${randomHex(4)}`;
  const T = config.transitionMs;
  const created: ServerRecord[] = [];
  for (let n = 0; n < instances; n++) {
    const id = newUuid();
    const server: ServerRecord = {
      id,
      name: instances > 1 ? `${req.name}-${n + 1}` : req.name,
      status: 'BUILD',
      vmState: 'building',
      taskState: 'spawning',
      powerState: 0,
      flavorId: flavor.id,
      // Booted from a volume or a snapshot: the API answers `"image": ""`.
      imageId: bootsFromImage ? (rootImage?.id ?? '') : '',
      keyName: keypair.name,
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
        ...(req.metadata ?? {}),
      },
      reservationId,
      userData: req.user_data ?? null,
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
    for (const planned of volumesPerServer) {
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
