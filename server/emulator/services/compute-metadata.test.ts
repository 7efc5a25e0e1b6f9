/**
 * Contract tests of 인스턴스 메타데이터 (current guide): GET/PUT/DELETE
 * /servers/{id}/metadata[/{key}], and Nova's whole-set PUT and POST beside them. Bad input and
 * refused states answer 4xx and change nothing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  METADATA_LIST,
  METADATA_SET_REQUEST,
  METADATA_SET_RESPONSE,
  METADATA_SHOW,
} from '../spec-examples';
import { OTHER, shapeMismatches, type TestClient, testClient } from '../testing';
import { createBuilding, freezeDate, getServer, SEED, serverByName } from './compute-test-support';

beforeEach(freezeDate);
afterEach(() => {
  vi.useRealTimers();
});

let client: TestClient;
let web01: string;
beforeEach(async () => {
  client = await testClient();
  web01 = (await serverByName(client, SEED.ACTIVE)).id;
});

const metadataOf = async (id: string) =>
  (await client.compute('GET', `/servers/${id}/metadata`)).body.metadata as Record<string, string>;

describe('reading metadata', () => {
  it('lists the metadata in the shape of the guide example, as the server shows it', async () => {
    const res = await client.compute('GET', `/servers/${web01}/metadata`);
    expect(res.status).toBe(200);
    expect(shapeMismatches(res.body, { metadata: {} })).toEqual([]);
    for (const value of Object.values(res.body.metadata)) expect(typeof value).toBe('string');
    // NHN's console keys, copied from the image at create time (the example lists them).
    for (const key of Object.keys(METADATA_LIST.metadata).filter((k) =>
      ['os_distro', 'os_version', 'image_name', 'os_type', 'login_username'].includes(k),
    ))
      expect(res.body.metadata).toHaveProperty(key);
    expect(res.body.metadata).toMatchObject({ role: 'web', team: 'platform' });
    expect(res.body.metadata).toEqual((await getServer(client, web01)).metadata);
  });

  it('shows one key as {meta}, and answers 404 for a key the server lacks', async () => {
    // The guide's example shows os_version, which every server made from a seed image has.
    const example = await client.compute('GET', `/servers/${web01}/metadata/os_version`);
    expect(example.status).toBe(200);
    expect(shapeMismatches(example.body, METADATA_SHOW)).toEqual([]);
    const res = await client.compute('GET', `/servers/${web01}/metadata/role`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ meta: { role: 'web' } });
    const missing = await client.compute('GET', `/servers/${web01}/metadata/nope`);
    expect(missing.status).toBe(404);
    expect(missing.body.itemNotFound.message).toContain('nope');
    // Not a prototype property either.
    expect((await client.compute('GET', `/servers/${web01}/metadata/toString`)).status).toBe(404);
  });

  it('answers 404 for a server that does not exist', async () => {
    const res = await client.compute(
      'GET',
      '/servers/00000000-0000-0000-0000-000000000000/metadata',
    );
    expect(res.status).toBe(404);
  });
});

describe('setting one key (인스턴스 메타데이터 생성/수정하기)', () => {
  it("takes the guide's request, answers its response shape, and the server shows the key", async () => {
    const [key] = Object.keys(METADATA_SET_REQUEST.meta);
    const res = await client.compute(
      'PUT',
      `/servers/${web01}/metadata/${key}`,
      METADATA_SET_REQUEST,
    );
    expect(res.status).toBe(200);
    expect(shapeMismatches(res.body, METADATA_SET_RESPONSE)).toEqual([]);
    expect(res.body).toEqual(METADATA_SET_REQUEST);
    expect((await getServer(client, web01)).metadata).toMatchObject(METADATA_SET_REQUEST.meta);
  });

  it('creates a new key and changes an existing one, leaving the others', async () => {
    const before = await metadataOf(web01);
    expect(
      (await client.compute('PUT', `/servers/${web01}/metadata/owner`, { meta: { owner: 'ops' } }))
        .status,
    ).toBe(200);
    expect(
      (await client.compute('PUT', `/servers/${web01}/metadata/role`, { meta: { role: 'api' } }))
        .status,
    ).toBe(200);
    expect(await metadataOf(web01)).toEqual({ ...before, owner: 'ops', role: 'api' });
  });

  it('takes keys with spaces and other characters in the URL, encoded', async () => {
    const key = 'cost center/kr';
    const res = await client.compute(
      'PUT',
      `/servers/${web01}/metadata/${encodeURIComponent(key)}`,
      {
        meta: { [key]: '42' },
      },
    );
    expect(res.status).toBe(200);
    expect((await metadataOf(web01))[key]).toBe('42');
  });

  it.each([
    ['a body key that differs from the URL', 'role', { meta: { other: 'x' } }, 'mismatch'],
    ['two keys', 'role', { meta: { role: 'a', team: 'b' } }, 'too many'],
    ['no meta object', 'role', { metadata: { role: 'x' } }, 'meta'],
    ['a value that is not a string', 'role', { meta: { role: 5 } }, 'string'],
    ['a value of 256 characters', 'role', { meta: { role: 'v'.repeat(256) } }, '255'],
    ['a key of 256 characters', 'k'.repeat(256), { meta: { ['k'.repeat(256)]: 'v' } }, '255'],
    ['malformed JSON', 'role', '{"meta": ', 'Malformed'],
  ])('refuses %s with 400 and changes nothing', async (_label, key, body, words) => {
    const before = await metadataOf(web01);
    const res = await client.compute(
      'PUT',
      `/servers/${web01}/metadata/${encodeURIComponent(key)}`,
      body,
    );
    expect(res.status).toBe(400);
    expect(res.body.badRequest.message.toLowerCase()).toContain(words.toLowerCase());
    expect(await metadataOf(web01)).toEqual(before);
  });

  it("refuses a 129th key with 403 (Nova's metadata_items quota), but changes an existing one", async () => {
    const current = await metadataOf(web01);
    const filler = Object.fromEntries(
      Array.from({ length: 128 - Object.keys(current).length }, (_, i) => [`k${i}`, 'v']),
    );
    const fill = await client.compute('POST', `/servers/${web01}/metadata`, { metadata: filler });
    expect(fill.status).toBe(200);
    expect(Object.keys(await metadataOf(web01))).toHaveLength(128);
    const extra = await client.compute('PUT', `/servers/${web01}/metadata/one-more`, {
      meta: { 'one-more': 'x' },
    });
    expect(extra.status).toBe(403);
    expect(extra.body.forbidden.message).toContain('metadata_items');
    expect(Object.keys(await metadataOf(web01))).toHaveLength(128);
    expect(
      (await client.compute('PUT', `/servers/${web01}/metadata/role`, { meta: { role: 'x' } }))
        .status,
    ).toBe(200);
  });
});

describe('deleting one key (인스턴스 메타데이터 삭제하기)', () => {
  it('deletes the key (204, no body) and leaves the others; deleting again answers 404', async () => {
    const before = await metadataOf(web01);
    const res = await client.compute('DELETE', `/servers/${web01}/metadata/team`);
    expect(res.status).toBe(204);
    expect(res.body).toBeNull();
    const { team: _team, ...rest } = before;
    expect(await metadataOf(web01)).toEqual(rest);
    expect((await client.compute('DELETE', `/servers/${web01}/metadata/team`)).status).toBe(404);
  });
});

describe("Nova's whole-set forms", () => {
  it('PUT /metadata replaces every key; POST /metadata adds and changes', async () => {
    const put = await client.compute('PUT', `/servers/${web01}/metadata`, { metadata: { a: '1' } });
    expect(put.status).toBe(200);
    expect(put.body).toEqual({ metadata: { a: '1' } });
    const post = await client.compute('POST', `/servers/${web01}/metadata`, {
      metadata: { a: '2', b: '3' },
    });
    expect(post.body).toEqual({ metadata: { a: '2', b: '3' } });
    expect(await metadataOf(web01)).toEqual({ a: '2', b: '3' });
  });

  it('refuses a bad item in a whole set, changing nothing', async () => {
    const before = await metadataOf(web01);
    for (const method of ['PUT', 'POST']) {
      const res = await client.compute(method, `/servers/${web01}/metadata`, {
        metadata: { ok: 'x', '': 'empty key' },
      });
      expect(res.status).toBe(400);
    }
    expect(await metadataOf(web01)).toEqual(before);
  });
});

describe("the states Nova allows (the domain's setMetadata / deleteMetadata gates)", () => {
  it.each([SEED.ACTIVE, SEED.SHUTOFF, SEED.PAUSED, SEED.SUSPENDED])(
    'changes metadata on %s',
    async (name) => {
      const id = (await serverByName(client, name)).id;
      expect(
        (await client.compute('PUT', `/servers/${id}/metadata/x`, { meta: { x: '1' } })).status,
      ).toBe(200);
      expect((await client.compute('DELETE', `/servers/${id}/metadata/x`)).status).toBe(204);
    },
  );

  it('refuses ERROR, SHELVED_OFFLOADED, BUILD and a running task with 409, changing nothing', async () => {
    const building = await serverByName(client, await createBuilding(client));
    const web02 = await serverByName(client, SEED.ACTIVE_2);
    await client.compute('POST', `/servers/${web02.id}/action`, { 'os-stop': null });
    const refused = [
      await serverByName(client, SEED.ERROR),
      await serverByName(client, SEED.SHELVED_OFFLOADED),
      building,
      web02,
    ];
    for (const server of refused) {
      const before = await metadataOf(server.id);
      const put = await client.compute('PUT', `/servers/${server.id}/metadata/role`, {
        meta: { role: 'x' },
      });
      expect(put.status, server.name).toBe(409);
      expect(put.body.conflictingRequest.message).toContain('update_instance_metadata');
      const key = Object.keys(before)[0] ?? 'role';
      const del = await client.compute('DELETE', `/servers/${server.id}/metadata/${key}`);
      expect(del.status, server.name).toBe(409);
      expect(await metadataOf(server.id)).toEqual(before);
    }
  });
});

describe('isolation', () => {
  it("another tenant can neither read nor change the demo tenant's metadata", async () => {
    const other = await testClient({ user: OTHER, emulator: client.emulator });
    const before = await metadataOf(web01);
    expect((await other.compute('GET', `/servers/${web01}/metadata`)).status).toBe(404);
    expect(
      (await other.compute('PUT', `/servers/${web01}/metadata/role`, { meta: { role: 'x' } }))
        .status,
    ).toBe(404);
    expect((await other.compute('DELETE', `/servers/${web01}/metadata/role`)).status).toBe(404);
    expect(await metadataOf(web01)).toEqual(before);
  });
});
