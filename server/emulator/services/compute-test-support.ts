/**
 * Small helpers shared by the compute contract tests (compute*.test.ts): look seed resources up
 * by name over the public APIs, count what a request could have created, and step the clock.
 * Everything goes over HTTP, as a client would; nothing here reads the store.
 */
import { vi } from 'vitest';
import type { Server } from '../../../src/domain/compute-types';
import { shapeMismatches, type TestClient } from '../testing';

/** The clock the tests freeze `Date` at, so no transition happens unless a test asks for it. */
const FROZEN_AT = new Date('2025-03-01T00:00:00Z');

/**
 * Freezes `Date` (only `Date`: timers and I/O stay real) so transitions happen only when a test
 * settles or advances the emulator's clock. Call in `beforeEach`; undo with `vi.useRealTimers()`.
 */
export function freezeDate(): void {
  vi.useFakeTimers({ toFake: ['Date'], now: FROZEN_AT });
}

/** The seed's servers of the demo tenant in KR1, by status (dev-sandbox is the U2 one). */
export const SEED = {
  ACTIVE: 'web-01',
  ACTIVE_2: 'web-02',
  SHUTOFF: 'db-master',
  SHELVED_OFFLOADED: 'batch-worker',
  ERROR: 'legacy-app',
  PAUSED: 'win-ad-01',
  SUSPENDED: 'cache-01',
  U2: 'dev-sandbox',
  /** Deletion protection on (NHN-EXT-ATTR:protect). */
  PROTECTED: 'db-master',
  /** Booted from an existing volume: `"image": ""`. */
  FROM_VOLUME: 'app-from-volume',
} as const;

/** The root of a U2 or GPU flavor: the image onto the flavor's local disk (current guide). */
export const localRoot = (imageId: string) => ({
  source_type: 'image',
  uuid: imageId,
  boot_index: 0,
  destination_type: 'local',
});

/** The root of every other flavor: a new volume of `size` GB made from the image. */
export const volumeRoot = (imageId: string, size: number, extra: Record<string, unknown> = {}) => ({
  source_type: 'image',
  uuid: imageId,
  boot_index: 0,
  destination_type: 'volume',
  volume_size: size,
  ...extra,
});

/** Starts a U2 server (Ubuntu 22.04 on u2.c1m1) and returns its name; it stays BUILD until settled. */
export async function createBuilding(client: TestClient, name = 'fresh-build'): Promise<string> {
  const [flavors, images, subnets] = await Promise.all([
    flavorIds(client),
    imageIds(client),
    client.network('GET', '/vpcsubnets?name=default-subnet'),
  ]);
  const image = images[UBUNTU_22] ?? '';
  const res = await client.compute('POST', '/servers', {
    server: {
      name,
      flavorRef: flavors['u2.c1m1'],
      networks: [{ subnet: subnets.body.vpcsubnets[0].id }],
      key_name: 'demo-key',
      block_device_mapping_v2: [localRoot(image)],
    },
  });
  if (res.status !== 202)
    throw new Error(`create answered ${res.status}: ${JSON.stringify(res.body)}`);
  return name;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The server called `name` (details), found through the list's `name` filter. */
export async function serverByName(client: TestClient, name: string): Promise<Server> {
  const res = await client.compute(
    'GET',
    `/servers/detail?name=${encodeURIComponent(`^${escapeRegExp(name)}$`)}`,
  );
  if (res.status !== 200) throw new Error(`listing servers failed: ${res.status}`);
  const found = (res.body.servers as Server[]).filter((s) => s.name === name);
  if (found.length !== 1) throw new Error(`expected one server named ${name}, got ${found.length}`);
  return found[0] as Server;
}

export async function getServer(client: TestClient, id: string): Promise<Server> {
  const res = await client.compute('GET', `/servers/${id}`);
  if (res.status !== 200) throw new Error(`GET /servers/${id} answered ${res.status}`);
  return res.body.server as Server;
}

/** Flavor ids by name. */
export async function flavorIds(client: TestClient): Promise<Record<string, string>> {
  const res = await client.compute('GET', '/flavors');
  return Object.fromEntries(
    (res.body.flavors as { id: string; name: string }[]).map((f) => [f.name, f.id]),
  );
}

export async function flavorNameOf(client: TestClient, flavorId: string): Promise<string> {
  const res = await client.compute('GET', `/flavors/${flavorId}`);
  return res.body.flavor.name as string;
}

/** Image ids by name (public images and the tenant's own). */
export async function imageIds(client: TestClient): Promise<Record<string, string>> {
  const res = await client.image('GET', '/images');
  return Object.fromEntries(
    (res.body.images as { id: string; name: string }[]).map((i) => [i.name, i.id]),
  );
}

export const UBUNTU_22 = 'Ubuntu Server 22.04.4 LTS (2024.05.21)';
export const WINDOWS_2022 = 'Windows 2022 STD (2024.08.20) KO';

export interface SubnetInfo {
  id: string;
  name: string;
  vpc_id: string;
  cidr: string;
  gateway: string;
}

/** The tenant's VPC subnets by name. */
export async function subnetsByName(client: TestClient): Promise<Record<string, SubnetInfo>> {
  const res = await client.network('GET', '/vpcsubnets');
  return Object.fromEntries((res.body.vpcsubnets as SubnetInfo[]).map((s) => [s.name, s]));
}

export interface VolumeInfo {
  id: string;
  name: string;
  size: number;
  status: string;
  bootable: string;
  volume_type: string;
  availability_zone: string;
  attachments: { server_id: string; device: string; volume_id: string }[];
}

export async function volumesDetail(client: TestClient): Promise<VolumeInfo[]> {
  const res = await client.blockStorage('GET', '/volumes/detail');
  return res.body.volumes as VolumeInfo[];
}

export async function volumeByName(client: TestClient, name: string): Promise<VolumeInfo> {
  const volume = (await volumesDetail(client)).find((v) => v.name === name);
  if (!volume) throw new Error(`no volume named ${name}`);
  return volume;
}

export interface PortInfo {
  id: string;
  device_id: string;
  status: string;
  fixed_ips: { subnet_id: string; ip_address: string }[];
  security_groups: string[];
}

export async function ports(client: TestClient, deviceId?: string): Promise<PortInfo[]> {
  const query = deviceId ? `?device_id=${deviceId}` : '';
  const res = await client.network('GET', `/ports${query}`);
  return res.body.ports as PortInfo[];
}

/** How many transitions are queued in the emulator. */
async function pendingTransitions(client: TestClient): Promise<number> {
  const res = await client.request('GET', '/_emulator/clock');
  return res.body.pending as number;
}

/** Everything a refused request must leave as it was. */
export async function inventory(client: TestClient) {
  const [servers, volumes, portList, images, keypairs, pending, snapshots, groups] =
    await Promise.all([
      client.compute('GET', '/servers/detail?limit=1000'),
      volumesDetail(client),
      ports(client),
      client.image('GET', '/images'),
      client.compute('GET', '/os-keypairs'),
      pendingTransitions(client),
      client.blockStorage('GET', '/snapshots/detail'),
      client.compute('GET', '/os-server-groups'),
    ]);
  return {
    servers: servers.body.servers.length as number,
    volumes: volumes.length,
    ports: portList.length,
    images: images.body.images.length as number,
    keypairs: keypairs.body.keypairs.length as number,
    pending,
    /** The full state of every server, volume and port, to prove nothing moved at all. */
    serverBodies: servers.body.servers as Server[],
    volumeBodies: volumes,
    portBodies: portList,
    snapshotBodies: snapshots.body.snapshots as unknown[],
    serverGroupBodies: groups.body.server_groups as unknown[],
  };
}

/** Moves the emulator's clock on, applying every transition that falls due. */
export async function advance(client: TestClient, ms: number): Promise<void> {
  const res = await client.request('POST', '/_emulator/clock', { advanceMs: ms });
  if (res.status !== 200) throw new Error(`advancing the clock failed: ${res.status}`);
}

/** The emulator's clock, as an ISO string. */
export async function emulatorNow(client: TestClient): Promise<string> {
  const res = await client.request('GET', '/_emulator/clock');
  return res.body.now as string;
}

function ipv4ToInt(ip: string): number {
  return ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
}

export function ipInCidr(ip: string, cidr: string): boolean {
  const [base = '', bits = '32'] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  const start = ipv4ToInt(base);
  const value = ipv4ToInt(ip);
  return value > start && value < start + size - 1;
}

/**
 * Compares a server with a spec example. The example's `addresses` is keyed by a network name
 * (`vpc2`) and its `metadata` holds a Windows image's properties: both are data, not shape, so
 * each address list is checked against the example's address and each metadata value must be a
 * string.
 */
export function serverShapeMismatches(actual: unknown, example: Record<string, unknown>): string[] {
  const { addresses, metadata: _metadata, ...rest } = example;
  const problems = shapeMismatches(actual, { ...rest, addresses: {}, metadata: {} });
  const exampleAddress = Object.values(addresses as Record<string, unknown[]>)[0];
  const server = actual as { addresses?: Record<string, unknown>; metadata?: unknown };
  for (const [network, list] of Object.entries(server.addresses ?? {})) {
    problems.push(...shapeMismatches(list, exampleAddress, `$.addresses.${network}`));
  }
  for (const [key, value] of Object.entries((server.metadata ?? {}) as object)) {
    if (typeof value !== 'string') problems.push(`$.metadata.${key}: expected string`);
  }
  return problems;
}
