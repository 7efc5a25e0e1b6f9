/**
 * The shape of a state file (NHN_EMULATOR_STATE), checked when the emulator starts (issue 12):
 * a file that is JSON but not an emulator state (cut short by hand, edited, another program's)
 * stops the start with a message naming the file and the first fields that are wrong, instead
 * of a TypeError from deep inside a request later. The schemas mirror state.ts; the type check
 * at the end keeps them in step with it.
 */
import { z } from 'zod';
import { IMAGE_STATUSES } from '../../src/domain/image-status';
import type { EmulatorState } from './state';

const ms = z.number();
const text = z.string();
const strings = z.array(z.string());
const stringMap = z.record(z.string(), z.string());

const token = z.object({
  id: text,
  tenantId: text,
  userId: text,
  issuedAt: ms,
  expiresAt: ms,
});

const flavor = z.object({
  id: text,
  name: text,
  vcpus: z.number(),
  ramMb: z.number(),
  diskGb: z.number(),
  ephemeralGb: z.number(),
  flavorType: text,
  isPublic: z.boolean(),
  disabled: z.boolean(),
});

const image = z.object({
  id: text,
  name: text,
  status: z.enum(IMAGE_STATUSES),
  visibility: z.enum(['public', 'private', 'shared']),
  owner: text,
  minDiskGb: z.number(),
  minRamMb: z.number(),
  sizeBytes: z.number().nullable(),
  createdAt: ms,
  updatedAt: ms,
  protected: z.boolean(),
  diskFormat: text.nullable(),
  containerFormat: text.nullable(),
  properties: stringMap,
  instanceUuid: text.optional(),
});

const server = z.object({
  id: text,
  name: text,
  status: text,
  vmState: text,
  taskState: text.nullable(),
  powerState: z.number(),
  flavorId: text,
  imageId: text,
  keyName: text.nullable(),
  availabilityZone: text,
  hostId: text,
  userId: text,
  tenantId: text,
  created: ms,
  updated: ms,
  launchedAt: ms.nullable(),
  terminatedAt: ms.nullable(),
  metadata: stringMap,
  reservationId: text,
  userData: text.nullable(),
  diskConfig: z.enum(['MANUAL', 'AUTO']),
  protect: z.boolean(),
  resizeToFlavorId: text.optional(),
  resizeReturnStatus: text.optional(),
});

const keypair = z.object({
  id: z.number(),
  name: text,
  publicKey: text,
  fingerprint: text,
  type: text,
  userId: text,
  createdAt: ms,
});

const volume = z.object({
  id: text,
  name: text,
  description: text.nullable(),
  size: z.number(),
  status: text,
  volumeType: text,
  availabilityZone: text,
  bootable: z.boolean(),
  attachments: z.array(
    z.object({
      serverId: text,
      device: text,
      attachedAt: ms,
      deleteOnTermination: z.boolean(),
    }),
  ),
  metadata: stringMap,
  userId: text,
  tenantId: text,
  createdAt: ms,
  updatedAt: ms.nullable(),
  imageId: text.nullable(),
  snapshotId: text.nullable(),
  encryptionKeyId: text.nullable(),
});

const snapshot = z.object({
  id: text,
  name: text,
  description: text.nullable(),
  volumeId: text,
  size: z.number(),
  status: text,
  metadata: stringMap,
  createdAt: ms,
});

const serverGroup = z.object({
  id: text,
  name: text,
  policies: strings,
  members: strings,
  createdAt: ms,
});

const securityGroup = z.object({
  id: text,
  name: text,
  description: text,
  rules: z.array(
    z.object({
      id: text,
      direction: z.enum(['ingress', 'egress']),
      protocol: text.nullable(),
      portMin: z.number().nullable(),
      portMax: z.number().nullable(),
      remoteIpPrefix: text.nullable(),
      remoteGroupId: text.nullable(),
      description: text,
    }),
  ),
});

const vpc = z.object({ id: text, name: text, cidr: text, createdAt: ms });

const subnet = z.object({
  id: text,
  name: text,
  vpcId: text,
  cidr: text,
  gateway: text,
  createdAt: ms,
});

const port = z.object({
  id: text,
  name: text,
  networkId: text,
  subnetId: text,
  ipAddress: text,
  macAddress: text,
  deviceId: text,
  deviceOwner: text,
  status: z.enum(['ACTIVE', 'DOWN', 'BUILD']),
  securityGroupIds: strings,
  createdAt: ms,
});

const floatingIp = z.object({ id: text, address: text, portId: text.nullable() });

const tenant = z.object({
  servers: z.array(server),
  deletedServers: z.array(server),
  keypairs: z.array(keypair),
  volumes: z.array(volume),
  securityGroups: z.array(securityGroup),
  vpcs: z.array(vpc),
  subnets: z.array(subnet),
  ports: z.array(port),
  floatingIps: z.array(floatingIp),
  snapshots: z.array(snapshot),
  serverGroups: z.array(serverGroup),
});

const region = z.object({
  flavors: z.array(flavor),
  images: z.array(image),
  externalNetwork: z.object({
    id: text,
    name: text,
    ownerTenantId: text,
    cidr: text,
    subnetId: text,
    subnetName: text,
    subnetCidr: text,
    gateway: text,
    createdAt: ms,
  }),
  tenants: z.record(z.string(), tenant),
});

const regionId = z.enum(['kr1', 'kr2', 'kr3', 'jp1']);
const scoped = { region: regionId, tenantId: text, id: text };

const op = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('server'),
    ...scoped,
    set: server.partial(),
    stamp: z.array(server.keyof()).optional(),
  }),
  z.object({ op: z.literal('server-delete'), ...scoped }),
  z.object({ op: z.literal('volume'), ...scoped, set: volume.partial() }),
  z.object({ op: z.literal('volume-delete'), ...scoped }),
  z.object({ op: z.literal('snapshot'), ...scoped, set: snapshot.partial() }),
  z.object({ op: z.literal('snapshot-delete'), ...scoped }),
  z.object({ op: z.literal('volume-detach'), ...scoped, serverId: text }),
  z.object({
    op: z.literal('ports'),
    region: regionId,
    tenantId: text,
    deviceId: text,
    set: port.partial(),
  }),
  z.object({ op: z.literal('image'), region: regionId, id: text, set: image.partial() }),
]);

export const stateSchema = z.object({
  version: z.literal(2),
  clockOffsetMs: z.number(),
  nextKeypairId: z.number(),
  eventSeq: z.number(),
  tokens: z.record(z.string(), token),
  regions: z.record(regionId, region),
  events: z.array(z.object({ at: ms, seq: z.number(), ops: z.array(op) })),
});

// The schema and state.ts describe the same thing: a field added to one and not the other is a
// type error here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies Same<z.output<typeof stateSchema>, EmulatorState>;
