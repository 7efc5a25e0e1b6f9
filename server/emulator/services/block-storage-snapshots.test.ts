/**
 * Contract tests of the Block Storage snapshots (current/block-storage-api.ko.md, 스냅숏): list,
 * detail, show, create, delete; volumes made from a snapshot (블록 스토리지 생성하기: snapshot_id);
 * a volume with snapshots cannot be deleted; lists page with limit and marker and link the next.
 */
import { describe, expect, it } from 'vitest';
import {
  SNAPSHOT_CREATE_REQUEST,
  SNAPSHOT_CREATE_RESPONSE,
  SNAPSHOT_SHOW,
  SNAPSHOTS_DETAIL,
  SNAPSHOTS_LIST,
  VOLUME_CREATE_RESPONSE,
} from '../spec-examples';
import { OTHER, shapeMismatches, type TestClient, testClient } from '../testing';

const SLOW = { config: { transitionMs: 600_000 } };
const MICROS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/;

const snapshots = async (client: TestClient) =>
  (await client.blockStorage('GET', '/snapshots/detail')).body.snapshots as {
    id: string;
    name: string;
    status: string;
    volume_id: string;
    size: number;
  }[];
const volumes = async (client: TestClient) =>
  (await client.blockStorage('GET', '/volumes/detail')).body.volumes as {
    id: string;
    name: string;
    status: string;
    size: number;
    bootable: string;
    availability_zone: string;
    snapshot_id: string | null;
    attachments: { server_id: string; device: string }[];
  }[];
const volumeNamed = async (client: TestClient, name: string) => {
  const found = (await volumes(client)).find((v) => v.name === name);
  if (!found) throw new Error(`no volume ${name}`);
  return found;
};

describe('listing and showing snapshots', () => {
  it("lists the seed's snapshot of web-01's root volume, in the shapes of the guide examples", async () => {
    const client = await testClient(SLOW);
    const list = await client.blockStorage('GET', '/snapshots');
    expect(list.status).toBe(200);
    expect(shapeMismatches(list.body, SNAPSHOTS_LIST)).toEqual([]);
    const detail = await client.blockStorage('GET', '/snapshots/detail');
    expect(shapeMismatches(detail.body, SNAPSHOTS_DETAIL)).toEqual([]);
    const [snap] = detail.body.snapshots;
    expect(detail.body.snapshots).toHaveLength(1);
    expect(snap).toMatchObject({
      name: 'web-01-root-snap',
      status: 'available',
      size: 20,
      'os-extended-snapshot-attributes:progress': '100%',
      'os-extended-snapshot-attributes:project_id': client.tenantId,
    });
    expect(snap.created_at).toMatch(MICROS);
    const servers = (await client.compute('GET', '/servers/detail')).body.servers;
    const web01 = servers.find((s: { name: string }) => s.name === 'web-01');
    const root = (await volumes(client)).find((v) =>
      v.attachments.some((a) => a.server_id === web01.id && a.device === '/dev/vda'),
    );
    expect(snap.volume_id).toBe(root?.id);
    // The plain list has no detail-only fields.
    expect(list.body.snapshots[0]).not.toHaveProperty('os-extended-snapshot-attributes:progress');
    const show = await client.blockStorage('GET', `/snapshots/${snap.id}`);
    expect(show.status).toBe(200);
    expect(shapeMismatches(show.body, SNAPSHOT_SHOW)).toEqual([]);
    expect(show.body.snapshot).toEqual(snap);
  });

  it('answers 404 for an unknown snapshot and for another tenant’s', async () => {
    const client = await testClient(SLOW);
    expect(
      (await client.blockStorage('GET', '/snapshots/00000000-0000-0000-0000-000000000000')).status,
    ).toBe(404);
    const [snap] = await snapshots(client);
    const other = await testClient({ user: OTHER, emulator: client.emulator });
    expect(await snapshots(other)).toEqual([]);
    expect((await other.blockStorage('GET', `/snapshots/${snap?.id}`)).status).toBe(404);
    expect((await other.blockStorage('DELETE', `/snapshots/${snap?.id}`)).status).toBe(404);
    expect(await snapshots(client)).toHaveLength(1);
  });
});

describe('creating a snapshot (스냅숏 생성하기)', () => {
  it('snapshots an available volume: creating, then available one transition later', async () => {
    const client = await testClient(SLOW);
    const backup = await volumeNamed(client, 'backup-vol');
    const body = structuredClone(SNAPSHOT_CREATE_REQUEST);
    body.snapshot.volume_id = backup.id;
    const res = await client.blockStorage('POST', '/snapshots', body);
    expect(res.status).toBe(202);
    expect(shapeMismatches(res.body, SNAPSHOT_CREATE_RESPONSE)).toEqual([]);
    expect(res.body.snapshot).toMatchObject({
      name: 'SNAPSHOT-001',
      description: 'Daily backup',
      volume_id: backup.id,
      size: backup.size,
      status: 'creating',
    });
    await client.settle();
    const shown = await client.blockStorage('GET', `/snapshots/${res.body.snapshot.id}`);
    expect(shown.body.snapshot.status).toBe('available');
  });

  it('snapshots an attached volume only with force: true', async () => {
    const client = await testClient(SLOW);
    const data = await volumeNamed(client, 'web-01-data');
    const before = await snapshots(client);
    const refused = await client.blockStorage('POST', '/snapshots', {
      snapshot: { volume_id: data.id, name: 'hot' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.badRequest.message).toContain('force');
    expect(await snapshots(client)).toEqual(before);
    const forced = await client.blockStorage('POST', '/snapshots', {
      snapshot: { volume_id: data.id, name: 'hot', force: true },
    });
    expect(forced.status).toBe(202);
  });

  it.each([
    ['no volume_id', { snapshot: { name: 'x' } }, 400],
    ['an unknown volume', { snapshot: { volume_id: '00000000-0000-0000-0000-000000000000' } }, 404],
    ['no snapshot object', { volume_id: 'x' }, 400],
    ['a name of 256 characters', { snapshot: { volume_id: 'x', name: 'n'.repeat(256) } }, 400],
    [
      'a description of 256 characters',
      { snapshot: { volume_id: 'x', description: 'd'.repeat(256) } },
      400,
    ],
    ['force that is not a boolean', { snapshot: { volume_id: 'x', force: 'yes' } }, 400],
  ])('refuses %s and creates nothing', async (_label, body, status) => {
    const client = await testClient(SLOW);
    const before = await snapshots(client);
    const res = await client.blockStorage('POST', '/snapshots', body);
    expect(res.status).toBe(status);
    expect(await snapshots(client)).toEqual(before);
  });
});

describe('volumes from a snapshot (블록 스토리지 생성하기: snapshot_id)', () => {
  it('makes a bootable volume in the snapshot’s zone, at least its size, of its volume’s type', async () => {
    const client = await testClient(SLOW);
    const [snap] = await snapshots(client);
    const res = await client.blockStorage('POST', '/volumes', {
      volume: { size: 30, name: 'clone', snapshot_id: snap?.id },
    });
    expect(res.status).toBe(202);
    expect(shapeMismatches(res.body, VOLUME_CREATE_RESPONSE)).toEqual([]);
    expect(res.body.volume).toMatchObject({
      name: 'clone',
      size: 30,
      status: 'creating',
      bootable: 'true',
      snapshot_id: snap?.id,
      availability_zone: 'kr-pub-a',
      volume_type: 'General SSD',
      volume_image_metadata: {
        image_name: 'Ubuntu Server 22.04.4 LTS (2024.05.21)',
        os_type: 'linux',
      },
    });
    await client.settle();
    expect((await volumeNamed(client, 'clone')).status).toBe('available');
  });

  it.each([
    ['smaller than the snapshot', { size: 10 }, /smaller than the snapshot/],
    ['in another zone', { size: 20, availability_zone: 'kr-pub-b' }, /same availability zone/],
  ])('refuses a volume %s, creating nothing', async (_label, fields, message) => {
    const client = await testClient(SLOW);
    const [snap] = await snapshots(client);
    const before = await volumes(client);
    const res = await client.blockStorage('POST', '/volumes', {
      volume: { ...fields, snapshot_id: snap?.id },
    });
    expect(res.status).toBe(400);
    expect(res.body.badRequest.message).toMatch(message);
    expect(await volumes(client)).toEqual(before);
  });

  it('refuses an image as a source (NHN’s API takes snapshot_id), and an unknown snapshot', async () => {
    const client = await testClient(SLOW);
    const before = await volumes(client);
    const fromImage = await client.blockStorage('POST', '/volumes', {
      volume: { size: 20, imageRef: '00000000-0000-0000-0000-000000000000' },
    });
    expect(fromImage.status).toBe(400);
    expect(fromImage.body.badRequest.message).toContain('snapshot_id');
    const unknown = await client.blockStorage('POST', '/volumes', {
      volume: { size: 20, snapshot_id: '00000000-0000-0000-0000-000000000000' },
    });
    expect(unknown.status).toBe(404);
    expect(await volumes(client)).toEqual(before);
  });

  it('an encrypted volume type needs nhn_encryption, and keeps its key id', async () => {
    const client = await testClient(SLOW);
    const refused = await client.blockStorage('POST', '/volumes', {
      volume: { size: 10, volume_type: 'Encrypted HDD' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.badRequest.message).toContain('nhn_encryption');
    const made = await client.blockStorage('POST', '/volumes', {
      volume: {
        size: 10,
        volume_type: 'Encrypted HDD',
        nhn_encryption: { skm_appkey: 'app', skm_key_id: 'key-7' },
      },
    });
    expect(made.status).toBe(202);
    expect(made.body.volume).toMatchObject({
      encrypted: true,
      nhn_encryption: { skm_key_id: 'key-7' },
    });
  });
});

describe('deleting (스냅숏 삭제하기, 블록 스토리지 삭제하기)', () => {
  it('a volume with snapshots cannot be deleted until its snapshots are gone', async () => {
    const client = await testClient(SLOW);
    const backup = await volumeNamed(client, 'backup-vol');
    const snap = await client.blockStorage('POST', '/snapshots', {
      snapshot: { volume_id: backup.id, name: 'keep' },
    });
    await client.settle();
    const refused = await client.blockStorage('DELETE', `/volumes/${backup.id}`);
    expect(refused.status).toBe(400);
    expect(refused.body.badRequest.message).toContain('snapshot');
    expect((await volumeNamed(client, 'backup-vol')).status).toBe('available');

    const del = await client.blockStorage('DELETE', `/snapshots/${snap.body.snapshot.id}`);
    expect(del.status).toBe(202);
    expect(del.body).toBeNull();
    expect(
      (await client.blockStorage('GET', `/snapshots/${snap.body.snapshot.id}`)).body.snapshot
        .status,
    ).toBe('deleting');
    await client.settle();
    expect((await client.blockStorage('GET', `/snapshots/${snap.body.snapshot.id}`)).status).toBe(
      404,
    );
    expect((await client.blockStorage('DELETE', `/volumes/${backup.id}`)).status).toBe(202);
  });

  it('refuses to delete a snapshot while it is being made or a volume is made from it', async () => {
    const client = await testClient(SLOW);
    const backup = await volumeNamed(client, 'backup-vol');
    const making = await client.blockStorage('POST', '/snapshots', {
      snapshot: { volume_id: backup.id },
    });
    expect(
      (await client.blockStorage('DELETE', `/snapshots/${making.body.snapshot.id}`)).status,
    ).toBe(400);
    const [seed] = (await snapshots(client)).filter((s) => s.name === 'web-01-root-snap');
    await client.blockStorage('POST', '/volumes', { volume: { size: 20, snapshot_id: seed?.id } });
    const refused = await client.blockStorage('DELETE', `/snapshots/${seed?.id}`);
    expect(refused.status).toBe(400);
    expect(refused.body.badRequest.message).toContain('being created');
  });
});

describe('paging (limit, marker, *_links)', () => {
  it('walks every volume and snapshot page by page, with a next link while more remain', async () => {
    const client = await testClient(SLOW);
    const backup = await volumeNamed(client, 'backup-vol');
    for (let i = 0; i < 4; i++) {
      await client.blockStorage('POST', '/snapshots', {
        snapshot: { volume_id: backup.id, name: `s${i}` },
      });
    }
    for (const [path, key] of [
      ['/volumes/detail', 'volumes'],
      ['/snapshots/detail', 'snapshots'],
    ] as const) {
      const all = (await client.blockStorage('GET', path)).body[key].map(
        (x: { id: string }) => x.id,
      );
      // Without limit, everything (the default page is 1000) and no link.
      expect((await client.blockStorage('GET', path)).body[`${key}_links`]).toBeUndefined();
      const seen: string[] = [];
      let query = '?limit=2';
      for (let n = 0; n < 50; n++) {
        const res = await client.blockStorage('GET', `${path}${query}`);
        const page = res.body[key].map((x: { id: string }) => x.id) as string[];
        seen.push(...page);
        const next = res.body[`${key}_links`]?.find((l: { rel: string }) => l.rel === 'next');
        if (seen.length < all.length) {
          expect(next?.href, path).toContain(`marker=${page.at(-1)}`);
        } else {
          expect(next, path).toBeUndefined();
          break;
        }
        query = `?limit=2&marker=${page.at(-1)}`;
      }
      expect(seen).toEqual(all);
    }
  });
});
