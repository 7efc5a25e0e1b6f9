/**
 * The tenant indexes behind the server lists (issue 10) agree with a plain scan of the records
 * after every kind of change: create, rename, delete, actions, transitions, the control API's
 * status, attaching a volume, reset and settle, and a record changed in place outside a request.
 * The plain scan is the list algorithm as it was before the indexes: filter every server, sort
 * them all in Nova's order, cut at the marker, render each with a fresh ServerIndex.
 */
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Server } from '../../src/domain/compute-types';
import { renderServer, ServerIndex } from './render';
import {
  flavorIds,
  freezeDate,
  imageIds,
  localRoot,
  serverByName,
} from './services/compute-test-support';
import type { ServerRecord } from './state';
import { DEMO, ORIGIN, type TestClient, testClient } from './testing';
import { isoSeconds, parseApiTime } from './time';

const order = (a: ServerRecord, b: ServerRecord) =>
  b.created - a.created || b.id.localeCompare(a.id);

const tenantOf = (client: TestClient) => client.emulator.store.tenant('kr1', DEMO.tenantId);

/** The servers a list should answer, by the plain scan. */
function plainList(
  client: TestClient,
  options: { since?: string; status?: string; marker?: string } = {},
): ServerRecord[] {
  const tenant = tenantOf(client);
  let servers = tenant.servers;
  if (options.since !== undefined) {
    const since = parseApiTime(options.since) ?? Number.NaN;
    servers = [...servers, ...tenant.deletedServers].filter((s) => s.updated >= since);
  }
  if (options.status !== undefined) servers = servers.filter((s) => s.status === options.status);
  servers = [...servers].sort(order);
  if (options.marker !== undefined) {
    const marker =
      tenant.servers.find((s) => s.id === options.marker) ??
      tenant.deletedServers.find((s) => s.id === options.marker);
    if (!marker) throw new Error(`no marker ${options.marker}`);
    servers = servers.filter((s) => order(marker, s) < 0);
  }
  return servers;
}

/** A server as a fresh render of its records answers it. */
function plainRender(client: TestClient, server: ServerRecord): Server {
  const tenant = tenantOf(client);
  const flavors = client.emulator.store.region('kr1').flavors;
  const base = { origin: ORIGIN, region: 'kr1' as const, tenantId: DEMO.tenantId };
  return JSON.parse(JSON.stringify(renderServer(base, server, new ServerIndex(tenant, flavors))));
}

/** Every page of `query` by limit and marker, as a client walks them. */
async function walk(client: TestClient, path: string, query: string, limit: number) {
  const seen: Server[] = [];
  let marker = '';
  for (let pages = 0; pages < 1000; pages++) {
    const res = await client.compute('GET', `${path}?limit=${limit}${query}${marker}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const page = res.body.servers as Server[];
    seen.push(...page);
    const next = res.body.servers_links?.[0]?.href as string | undefined;
    if (!next) break;
    expect(page).toHaveLength(limit);
    marker = `&marker=${page[page.length - 1]?.id}`;
  }
  return seen;
}

/** Lists, markers, filters, changes-since and details all answer what the plain scan does. */
async function expectAgreesWithScan(client: TestClient) {
  const tenant = tenantOf(client);
  const ids = (servers: { id: string }[]) => servers.map((s) => s.id);

  const detail = await walk(client, '/servers/detail', '', 7);
  const expected = plainList(client);
  expect(ids(detail)).toEqual(ids(expected));
  expect(detail).toEqual(expected.map((s) => plainRender(client, s)));
  expect(ids(await walk(client, '/servers', '', 1000))).toEqual(ids(expected));

  const active = await walk(client, '/servers/detail', '&status=ACTIVE', 3);
  expect(ids(active)).toEqual(ids(plainList(client, { status: 'ACTIVE' })));

  // A marker in the middle, and a deleted server's as the marker.
  const middle = expected[Math.floor(expected.length / 2)];
  if (middle) {
    const after = await client.compute('GET', `/servers?limit=1000&marker=${middle.id}`);
    expect(ids(after.body.servers)).toEqual(ids(plainList(client, { marker: middle.id })));
  }
  for (const tombstone of tenant.deletedServers.slice(0, 2)) {
    const after = await client.compute('GET', `/servers?limit=1000&marker=${tombstone.id}`);
    expect(ids(after.body.servers)).toEqual(ids(plainList(client, { marker: tombstone.id })));
  }

  // changes-since from several times: the oldest change, the newest, and between.
  const times = [...tenant.servers, ...tenant.deletedServers].map((s) => s.updated).sort();
  const picks = [times[0], times[Math.floor(times.length / 2)], times[times.length - 1]];
  for (const at of picks) {
    if (at === undefined) continue;
    const since = isoSeconds(at);
    const query = `&changes-since=${encodeURIComponent(since)}`;
    const changed = await walk(client, '/servers/detail', query, 4);
    const plain = plainList(client, { since });
    expect(ids(changed)).toEqual(ids(plain));
    expect(changed).toEqual(plain.map((s) => plainRender(client, s)));
  }

  // Details by id, live and (via changes-since above) deleted.
  for (const server of expected.slice(0, 3)) {
    const res = await client.compute('GET', `/servers/${server.id}`);
    expect(res.body.server).toEqual(plainRender(client, server));
  }
}

describe('server lists from the tenant index agree with a plain scan', () => {
  beforeEach(freezeDate);
  afterEach(() => {
    vi.useRealTimers();
  });

  it('after create, rename, actions, transitions, delete, attach, control status, settle and reset', async () => {
    const client = await testClient({ config: { extraServers: 30 } });
    await expectAgreesWithScan(client);

    // Create three at once (BUILD), then rename one.
    const [flavors, images, subnets] = await Promise.all([
      flavorIds(client),
      imageIds(client),
      client.network('GET', '/vpcsubnets?name=default-subnet'),
    ]);
    const image = Object.values(images)[0] ?? '';
    const created = await client.compute('POST', '/servers', {
      server: {
        name: 'indexed',
        flavorRef: flavors['u2.c1m1'],
        networks: [{ subnet: subnets.body.vpcsubnets[0].id }],
        key_name: 'demo-key',
        block_device_mapping_v2: [localRoot(image)],
        min_count: 3,
        max_count: 3,
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(202);
    await expectAgreesWithScan(client);
    const first = await serverByName(client, 'indexed-1');
    const renamed = await client.compute('PUT', `/servers/${first.id}`, {
      server: { name: 'indexed-renamed' },
    });
    expect(renamed.body.server.name).toBe('indexed-renamed');
    await expectAgreesWithScan(client);

    // Transitions applied by the clock, then an action half-way and done.
    await client.request('POST', '/_emulator/clock', { advanceMs: 60_000 });
    await expectAgreesWithScan(client);
    const web = await serverByName(client, 'web-01');
    expect(
      (await client.compute('POST', `/servers/${web.id}/action`, { 'os-stop': null })).status,
    ).toBe(202);
    await expectAgreesWithScan(client);
    await client.settle();
    await expectAgreesWithScan(client);

    // Delete: the server leaves the list and comes back from changes-since as DELETED.
    const doomed = await serverByName(client, 'indexed-2');
    expect((await client.compute('DELETE', `/servers/${doomed.id}`)).status).toBe(204);
    await expectAgreesWithScan(client);
    await client.settle();
    expect(tenantOf(client).deletedServers.map((s) => s.id)).toContain(doomed.id);
    await expectAgreesWithScan(client);

    // Attach a free volume: the server's volumes_attached changes, nothing else does.
    const volumes = (await client.blockStorage('GET', '/volumes/detail')).body.volumes as any[];
    const free = volumes.find((v) => v.status === 'available' && v.name === 'backup-vol');
    const dbMaster = await serverByName(client, 'db-master');
    const attach = await client.compute('POST', `/servers/${dbMaster.id}/os-volume_attachments`, {
      volumeAttachment: { volumeId: free.id },
    });
    expect(attach.status, JSON.stringify(attach.body)).toBe(200);
    await client.settle();
    await expectAgreesWithScan(client);

    // The control API's status, and a record changed in place with no request at all.
    const web02 = await serverByName(client, 'web-02');
    await client.request('POST', `/_emulator/servers/${web02.id}/status`, {
      status: 'MIGRATING',
    });
    await expectAgreesWithScan(client);
    const record = tenantOf(client).servers.find((s) => s.name === 'load-0003');
    if (!record) throw new Error('load-0003 is missing');
    Object.assign(record, { status: 'ERROR', vmState: 'error', powerState: 4 });
    await expectAgreesWithScan(client);
    expect((await serverByName(client, 'load-0003')).status).toBe('ERROR');

    // Reset: the seed again, with nothing left of the old indexes.
    await client.request('POST', '/_emulator/reset');
    const after = await testClient({ emulator: client.emulator });
    expect(tenantOf(after).deletedServers).toEqual([]);
    await expectAgreesWithScan(after);
    expect((await after.compute('GET', '/servers?name=^indexed')).body.servers).toEqual([]);
  });
});

describe('the index is kept while nothing changes (a page costs the page)', () => {
  beforeEach(freezeDate);
  afterEach(() => {
    vi.useRealTimers();
  });

  it('two lists share one index; any request that is not a GET, and any applied transition, make a new one', async () => {
    const client = await testClient({ config: { extraServers: 20 } });
    const { store } = client.emulator;
    const current = () => store.tenantIndex('kr1', DEMO.tenantId);
    await client.compute('GET', '/servers/detail');
    const first = current();
    await client.compute('GET', '/servers/detail?limit=5');
    await client.compute('GET', `/servers/${first.servers[0]?.id}`);
    expect(current()).toBe(first);

    // Even a refused write moves the revision: the index cannot outlive a change.
    const refused = await client.compute('PUT', `/servers/${first.servers[0]?.id}`, {
      server: { name: '' },
    });
    expect(refused.status).toBe(400);
    const second = current();
    expect(second).not.toBe(first);
    expect(current()).toBe(second);

    // A transition applied when its time comes, before the GET that follows.
    const web = first.servers.find((s) => s.name === 'web-01');
    await client.compute('POST', `/servers/${web?.id}/action`, { 'os-stop': null });
    const pending = current();
    vi.setSystemTime(Date.now() + 60_000);
    await client.compute('GET', '/servers');
    expect(current()).not.toBe(pending);
    expect((await serverByName(client, 'web-01')).status).toBe('SHUTOFF');
  });

  it('a page of 100 renders at most 100 servers, and a second read renders none', async () => {
    const client = await testClient({ config: { extraServers: 1000 } });
    // Called once for each server rendered.
    const render = vi.spyOn(ServerIndex.prototype, 'ephemeralGb');
    await client.compute('GET', '/servers/detail?limit=100');
    expect(render.mock.calls.length).toBeLessThanOrEqual(100);
    expect(render.mock.calls.length).toBeGreaterThan(0);
    render.mockClear();
    await client.compute('GET', '/servers/detail?limit=100');
    await client.compute('GET', '/servers/detail?limit=100');
    expect(render).not.toHaveBeenCalled();
    render.mockRestore();
  });
});

describe('with NHN_EMULATOR_STATE', () => {
  beforeEach(freezeDate);
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes only the records (no index), and a restarted emulator lists what the file holds', async () => {
    const dir = fs.mkdtempSync(join(tmpdir(), 'nhn-emulator-index-'));
    try {
      const stateFile = join(dir, 'state.json');
      const first = await testClient({ config: { stateFile, extraServers: 12 } });
      await first.compute('GET', '/servers/detail');
      const web = await serverByName(first, 'web-01');
      await first.compute('PUT', `/servers/${web.id}`, { server: { name: 'web-01-kept' } });
      const load = await serverByName(first, 'load-0007');
      await first.compute('DELETE', `/servers/${load.id}`);
      await first.settle();
      const before = (await first.compute('GET', '/servers/detail?limit=1000')).body.servers;
      // Changes are written in batches (issue 12): closing writes the rest.
      first.emulator.close();

      const saved = JSON.parse(fs.readFileSync(stateFile, 'utf8'));
      expect(Object.keys(saved).sort()).toEqual([
        'clockOffsetMs',
        'eventSeq',
        'events',
        'nextKeypairId',
        'regions',
        'tokens',
        'version',
      ]);
      expect(Object.keys(saved.regions.kr1.tenants[DEMO.tenantId]).sort()).toEqual(
        Object.keys(tenantOf(first)).sort(),
      );

      const second = await testClient({ config: { stateFile, extraServers: 12 } });
      expect(second.emulator).not.toBe(first.emulator);
      expect((await second.compute('GET', '/servers/detail?limit=1000')).body.servers).toEqual(
        before,
      );
      await expectAgreesWithScan(second);
      const since = `?changes-since=${encodeURIComponent(isoSeconds(Date.now() - 1000))}`;
      const changed = (await second.compute('GET', `/servers${since}`)).body.servers;
      expect(changed.map((s: Server) => s.id).sort()).toEqual([web.id, load.id].sort());
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
