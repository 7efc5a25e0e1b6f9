/**
 * POST /servers (spec: 인스턴스 생성하기). Everything is checked before anything changes, so a
 * refused request leaves no trace: references (image, flavor, key pair, zone, groups, networks,
 * volumes), then the domain's create rules, then addresses. Then the servers are built at once
 * in BUILDING and become ACTIVE one transition later.
 */
import { z } from 'zod';
import type { CreatedServer } from '../../../src/domain/compute-types';
import {
  type CreateServerPlan,
  DEFAULT_SECURITY_GROUP,
  DEFAULT_VOLUME_TYPE,
  describeCreateViolation,
  validateCreateServer,
} from '../../../src/domain/create-server-rules';
import { isU2Flavor } from '../../../src/domain/flavor';
import { checkFixedIp, isHostInCidr } from '../../../src/domain/ipv4';
import { checkVolumeSize, describeVolumeSizeProblem } from '../../../src/domain/volume';
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
  ServerRecord,
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

const bdmSchema = z.object({
  uuid: z.string().max(255).optional(),
  source_type: z.enum(['image', 'volume', 'snapshot', 'blank']).optional(),
  destination_type: z.enum(['local', 'volume']).optional(),
  volume_type: z.string().max(255).optional(),
  volume_size: intLike.optional(),
  delete_on_termination: boolLike.optional(),
  boot_index: z.union([intLike, z.null()]).optional(),
  device_name: z.string().max(255).nullable().optional(),
});

const networkSchema = z.object({
  uuid: z.string().max(64).optional(),
  subnet: z.string().max(64).optional(),
  port: z.string().max(64).optional(),
  fixed_ip: z.string().max(64).optional(),
});

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
});

type Bdm = z.output<typeof bdmSchema>;

interface PlannedVolume {
  /** An existing volume to attach, or a new one to create. */
  existing?: VolumeRecord;
  create?: { size: number; volumeType: string; imageId: string | null; bootable: boolean };
  device: string;
  deleteOnTermination: boolean;
}

export async function createServers(c: Ctx, { store, config }: Deps) {
  const { server: req } = await readBody(c, createSchema);
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
  const u2 = isU2Flavor(flavor.name);

  const bdms = req.block_device_mapping_v2 ?? [];
  const rootBdm: Bdm | undefined = bdms.find((b) => b.boot_index === 0);
  const extraBdms = bdms.filter((b) => b !== rootBdm);
  // Spec (인스턴스 생성하기, block_device_mapping_v2.source_type): a `volume` or `snapshot`
  // source needs destination_type `volume`. Without this check a U2 request with a `local`
  // volume-sourced root was accepted and the volume silently ignored.
  bdms.forEach((bdm, i) => {
    const fromStorage = bdm.source_type === 'volume' || bdm.source_type === 'snapshot';
    if (fromStorage && bdm.destination_type !== undefined && bdm.destination_type !== 'volume') {
      throw badRequest(
        `block_device_mapping_v2[${i}]: source_type '${bdm.source_type}' needs destination_type 'volume'.`,
      );
    }
  });

  const findImage = (id: string): ImageRecord => {
    const image = regionState.images.find(
      (i) => i.id === id && (i.visibility === 'public' || i.owner === tenantId),
    );
    if (!image) throw badRequest(`Can not find requested image ${id.slice(0, 64)}.`);
    if (image.status !== 'active')
      throw badRequest(`Image ${id} is not active (status ${image.status}).`);
    return image;
  };
  let rootSourceVolume: VolumeRecord | undefined;
  if (rootBdm?.source_type === 'volume') {
    rootSourceVolume = tenant.volumes.find((v) => v.id === rootBdm.uuid);
    if (!rootSourceVolume) throw badRequest(`Volume ${rootBdm.uuid ?? ''} could not be found.`);
    if (!rootSourceVolume.bootable)
      throw badRequest(`Volume ${rootSourceVolume.id} is not bootable.`);
    if (rootSourceVolume.status !== 'available') {
      throw badRequest(
        `Volume ${rootSourceVolume.id} status must be 'available', but it is '${rootSourceVolume.status}'.`,
      );
    }
  }
  if (rootBdm?.source_type === 'snapshot') {
    throw badRequest(`Snapshot ${rootBdm.uuid ?? ''} could not be found.`);
  }
  // The stock client sends an empty imageRef when the image is in block_device_mapping_v2.
  const imageRef =
    req.imageRef ||
    (rootBdm?.source_type === 'image' ? rootBdm.uuid : undefined) ||
    rootSourceVolume?.imageId ||
    undefined;
  if (!imageRef)
    throw badRequest('Invalid input for field/attribute server.imageRef: is required.');
  const image = findImage(imageRef);
  const rootImage =
    rootBdm?.source_type === 'image' && rootBdm.uuid ? findImage(rootBdm.uuid) : image;

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
  // and a group named twice is applied once (it used to be listed and put on the ports twice).
  const requestedGroups = [...new Set(req.security_groups?.map((g) => g.name) ?? [])];
  const groupNames = requestedGroups.length > 0 ? requestedGroups : [DEFAULT_SECURITY_GROUP];
  const groups = groupNames.map((name) => {
    const group = tenant.securityGroups.find((g) => g.name === name || g.id === name);
    if (!group)
      throw badRequest(`Unable to find security_group with name or id '${name.slice(0, 64)}'.`);
    return group;
  });

  // ── the spec's create rules, from the domain ──
  const count = { min: req.min_count ?? 1, max: req.max_count ?? req.min_count ?? 1 };
  const rootSize = rootSourceVolume?.size ?? rootBdm?.volume_size;
  const plan: CreateServerPlan = {
    name: req.name,
    image: {
      osType: rootImage.properties.os_type ?? 'linux',
      minDiskGb: rootImage.minDiskGb,
      minRamMb: rootImage.minRamMb,
    },
    flavor: { name: flavor.name, ramMb: flavor.ramMb },
    rootVolume: rootBdm
      ? {
          sizeGb: rootSize ?? 0,
          volumeType: rootBdm.volume_type,
          destination: rootBdm.destination_type ?? (u2 ? 'local' : 'volume'),
        }
      : null,
    userData: req.user_data,
    minCount: count.min,
    maxCount: count.max,
    metadata: req.metadata,
  };
  const violations = validateCreateServer(plan);
  if (violations.length > 0) throw badRequest(violations.map(describeCreateViolation).join(' '));
  if (rootBdm && plan.rootVolume?.destination === 'volume' && rootSize === undefined) {
    throw badRequest(
      "Images with destination_type 'volume' need to have a non-zero volume_size specified.",
    );
  }
  const instances = count.max;

  // ── placement ──
  const zone =
    req.availability_zone ??
    rootSourceVolume?.availabilityZone ??
    // Nova picks one; the emulator picks the zone with fewer servers, so it is predictable.
    [...zones].sort(
      (a, b) =>
        tenant.servers.filter((s) => s.availabilityZone === a).length -
        tenant.servers.filter((s) => s.availabilityZone === b).length,
    )[0] ??
    zones[0] ??
    '';
  if (rootSourceVolume && rootSourceVolume.availabilityZone !== zone) {
    throw badRequest(
      `Volume ${rootSourceVolume.id} is in ${rootSourceVolume.availabilityZone}, not in ${zone}.`,
    );
  }

  // ── volumes: the root (outside U2) and the extra ones ──
  const volumesPerServer: PlannedVolume[] = [];
  if (rootSourceVolume && instances > 1) {
    throw badRequest('An existing root volume cannot boot several new instances.');
  }
  if (rootBdm && plan.rootVolume?.destination === 'volume') {
    volumesPerServer.push(
      rootSourceVolume
        ? {
            existing: rootSourceVolume,
            device: '/dev/vda',
            deleteOnTermination: rootBdm.delete_on_termination ?? false,
          }
        : {
            create: {
              size: rootSize ?? 0,
              volumeType: rootBdm.volume_type ?? DEFAULT_VOLUME_TYPE,
              imageId: rootImage.id,
              bootable: true,
            },
            device: '/dev/vda',
            deleteOnTermination: rootBdm.delete_on_termination ?? false,
          },
    );
  }
  extraBdms.forEach((bdm, i) => {
    const device = `/dev/vd${String.fromCharCode(98 + i)}`;
    const deleteOnTermination = bdm.delete_on_termination ?? false;
    if (
      bdm.source_type === 'blank' ||
      (bdm.source_type === undefined && bdm.volume_size !== undefined)
    ) {
      const size = bdm.volume_size ?? 0;
      const problem = checkVolumeSize(size);
      if (problem)
        throw badRequest(
          `block_device_mapping_v2[${i + 1}]: ${describeVolumeSizeProblem(problem, size)}`,
        );
      volumesPerServer.push({
        create: {
          size,
          volumeType: bdm.volume_type ?? DEFAULT_VOLUME_TYPE,
          imageId: null,
          bootable: false,
        },
        device,
        deleteOnTermination,
      });
      return;
    }
    if (bdm.source_type === 'volume') {
      const volume = tenant.volumes.find((v) => v.id === bdm.uuid);
      if (!volume) throw badRequest(`Volume ${bdm.uuid ?? ''} could not be found.`);
      if (volume.status !== 'available')
        throw badRequest(`Volume ${volume.id} status must be 'available'.`);
      if (volume.availabilityZone !== zone)
        throw badRequest(`Volume ${volume.id} is not in ${zone}.`);
      if (instances > 1)
        throw badRequest('An existing volume cannot be attached to several new instances.');
      volumesPerServer.push({ existing: volume, device, deleteOnTermination });
      return;
    }
    throw badRequest(
      `block_device_mapping_v2[${bdms.indexOf(bdm)}]: only a boot_index 0 root and extra 'blank' or 'volume' sources are supported.`,
    );
  });

  // ── networks and addresses ──
  const usedIps = new Set(tenant.ports.map((p) => p.ipAddress));
  const nics = req.networks.map((nic, i) => {
    const where = `networks[${i}]`;
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
      status: 'BUILDING',
      vmState: 'building',
      taskState: 'spawning',
      powerState: 0,
      flavorId: flavor.id,
      imageId: image.id,
      keyName: keypair.name,
      availabilityZone: zone,
      hostId: stableHex(56, 'host', tenantId, id),
      userId,
      tenantId,
      created: now,
      updated: now,
      launchedAt: null,
      terminatedAt: null,
      metadata: { ...imageMetadata(rootImage, rootSize ?? flavor.diskGb), ...(req.metadata ?? {}) },
      reservationId,
      userData: req.user_data ?? null,
      diskConfig: 'MANUAL',
    };
    tenant.servers.push(server);
    created.push(server);

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
  const body: { server: CreatedServer } = {
    server: {
      security_groups: groups.map((g) => ({ name: g.name })),
      'OS-DCF:diskConfig': 'MANUAL',
      id: first.id,
      links: links(base, 'servers', first.id),
    },
  };
  return c.json(body, 202);
}
