/**
 * Issue 12, a hardened emulator: names and patterns from requests are data, never code paths.
 *
 * - A regular expression from a request (the server list's `name`, 인스턴스 목록 보기: "정규 표현식
 *   으로 질의 가능"; the control API's fault paths) runs on RE2: one RE2 cannot compile
 *   (backreferences, lookaround) or that is malformed or too large is a 400 that says so.
 *   (That a catastrophic pattern cannot stall the emulator is shown on the real process, in
 *   process.test.ts: there a stall would not block the test's own timers.)
 * - Names of Object.prototype's members (`__proto__`, `constructor`, `toString`, …) given as
 *   sort keys, ids, metadata keys, query parameter names and values, body keys and patterns are
 *   ordinary names: a 4xx where the name is unknown, an ordinary stored key where the API
 *   stores keys, never a 500, never a changed prototype, and a refused request changes nothing.
 *
 * The requests are a fixed cross product (no randomness): every GET list and detail endpoint
 * the emulator serves, and a representative set of writes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from './app';
import { ownValue, protoKeyPath } from './own-keys';
import { linearPattern, MAX_PROGRAM_SIZE, PatternError } from './patterns';
import { DEMO, OTHER, rawRequest, type TestClient, testClient } from './testing';

/** Names that a plain object answers from Object.prototype. */
const PROTO_NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  'valueOf',
  'isPrototypeOf',
  '__defineGetter__',
] as const;

/** Patterns RE2 refuses, and why (each answer names `name` and RE2's syntax). */
const UNSUPPORTED_PATTERNS = [
  ['a backreference', '(web)\\1'],
  ['a lookahead', '(?=web)'],
  ['a negative lookahead', '(?!db)web'],
  ['a lookbehind', '(?<=w)eb'],
  ['a repeat count above 1000', 'a{1001}'],
  ['a program too large', '.{0,1000}x'],
] as const;

/** Patterns of every kind: catastrophic for a backtracking engine, refused, malformed, plain. */
const PATTERNS = [
  '(a+)+$',
  '(x+x+)+y',
  '(a|aa)+$',
  '^(([a-z])+.)+[A-Z]([a-z])+$',
  ...UNSUPPORTED_PATTERNS.map(([, pattern]) => pattern),
  '(',
  '[',
  '\\',
  '*web',
  ...PROTO_NAMES,
];

/** Transitions that never complete by themselves during a test: nothing moves unless asked. */
const SLOW = { config: { transitionMs: 600_000 } };

const stateOf = (emulator: Emulator) => JSON.stringify(emulator.store.state);

/** Every object in the state has a plain prototype: no request replaced one. */
function plainPrototypes(value: unknown, path = 'state'): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== Array.prototype) return [path];
  return Object.entries(value).flatMap(([key, item]) => plainPrototypes(item, `${path}.${key}`));
}

const e = encodeURIComponent;

describe('linearPattern', () => {
  it('searches as RegExp.prototype.test does, with or without case', () => {
    expect(linearPattern('web-0[12]$').test('web-02')).toBe(true);
    expect(linearPattern('web').test('WEB-01')).toBe(false);
    expect(linearPattern('web', { caseInsensitive: true }).test('my-WEB-01')).toBe(true);
    expect(linearPattern('^web$').test('web\n')).toBe(false);
  });

  it('answers the classic catastrophic patterns in linear time', () => {
    // A backtracking engine tries 2^200 ways on each of these; RE2 reads each text once.
    expect(linearPattern('(a+)+$').test(`${'a'.repeat(200)}!`)).toBe(false);
    expect(linearPattern('(a+)+$').test('a'.repeat(200))).toBe(true);
    expect(linearPattern('(x+x+)+y').test('x'.repeat(200))).toBe(false);
    expect(linearPattern('(a|aa)+$').test(`${'a'.repeat(200)}b`)).toBe(false);
  });

  it.each([
    ['(web)\\1', 'invalid escape sequence'],
    ['(?=web)', 'invalid or unsupported Perl syntax'],
    ['(?<=w)eb', 'invalid named capture'],
    ['(', 'missing closing )'],
    ['a{1001}', 'invalid repeat count'],
  ])('refuses %s: %s', (source, reason) => {
    expect(() => linearPattern(source)).toThrow(PatternError);
    expect(() => linearPattern(source)).toThrow(reason);
    expect(() => linearPattern(source)).toThrow('RE2 syntax');
  });

  it(`refuses a program larger than ${MAX_PROGRAM_SIZE} instructions`, () => {
    expect(() => linearPattern('.{0,1000}x')).toThrow('expression too large');
    expect(linearPattern('a'.repeat(255)).test('a'.repeat(255))).toBe(true);
  });
});

describe('ownValue and protoKeyPath', () => {
  const TABLE: Record<string, number> = { name: 1 };

  it.each(PROTO_NAMES)('ownValue finds nothing for %s', (name) => {
    expect(ownValue(TABLE, name)).toBeUndefined();
    expect(ownValue(TABLE, 'name')).toBe(1);
  });

  it('protoKeyPath names where a parsed body has __proto__, and nothing else', () => {
    expect(protoKeyPath(JSON.parse('{"a":{"constructor":{"toString":[1]}}}'))).toBeNull();
    expect(protoKeyPath(JSON.parse('{"a":[{"b":{"__proto__":1}}]}'))).toBe('a.0.b.__proto__');
    expect(protoKeyPath(JSON.parse('{"__proto__":null}'))).toBe('__proto__');
    expect(protoKeyPath('__proto__')).toBeNull();
  });

  it('protoKeyPath walks a body nested 100,000 deep without overflowing the stack', () => {
    const depth = 100_000;
    const deep = JSON.parse(`${'['.repeat(depth)}{"__proto__":1}${']'.repeat(depth)}`);
    expect(protoKeyPath(deep)).toBe(`${'0.'.repeat(depth)}__proto__`);
  });
});

describe('regular expressions from requests run on RE2', () => {
  let client: TestClient;
  beforeAll(async () => {
    client = await testClient(SLOW);
  });
  const names = async (query: string) => {
    const res = await client.compute('GET', `/servers${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return (res.body.servers as { name: string }[]).map((s) => s.name).sort();
  };

  it('keep the name filter a case-insensitive search, as before', async () => {
    expect(await names(`?name=${e('WEB-0[12]$')}`)).toEqual(['web-01', 'web-02']);
    expect(await names(`?name=${e('sandbox')}`)).toEqual(['dev-sandbox']);
    expect(await names(`?name=${e('^(db|cache)-')}`)).toEqual(['cache-01', 'db-master']);
    // RE2's own syntax beside JavaScript's: an inline flag, a Perl class.
    expect(await names(`?name=${e('(?-i)^WEB')}`)).toEqual([]);
    expect(await names(`?name=${e('^web-\\d+$')}`)).toEqual(['web-01', 'web-02']);
  });

  it.each(UNSUPPORTED_PATTERNS)(
    'answer 400 for %s (%s), naming the filter and RE2, and change nothing',
    async (_, pattern) => {
      const before = stateOf(client.emulator);
      for (const path of ['/servers', '/servers/detail']) {
        const res = await client.compute('GET', `${path}?name=${e(pattern)}`);
        expect(res.status).toBe(400);
        expect(res.body.badRequest.message).toContain('Invalid name filter');
        expect(res.body.badRequest.message).toMatch(/RE2/);
      }
      expect(stateOf(client.emulator)).toBe(before);
    },
  );

  it('refuse a fault path RE2 cannot run with a 400, and match the ones it can', async () => {
    const emulator = client.emulator;
    const refused = await rawRequest(emulator, 'POST', '/_emulator/faults', {
      path: '/servers(?=/detail)',
      status: 500,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('path must be a valid regular expression');
    expect((await rawRequest(emulator, 'GET', '/_emulator/faults')).body.faults).toEqual([]);

    const added = await rawRequest(emulator, 'POST', '/_emulator/faults', {
      path: '(a+)+$',
      status: 503,
      times: 1,
    });
    expect(added.status).toBe(201);
    // A path of 64 a's and a '!': no match, answered at once (a backtracking engine would try
    // 2^64 ways), then a path that does end in a's.
    expect((await client.compute('GET', `/servers/${'a'.repeat(64)}!`)).status).toBe(404);
    expect((await client.compute('GET', `/servers/${'a'.repeat(64)}`)).status).toBe(503);
    expect((await rawRequest(emulator, 'DELETE', '/_emulator/faults')).status).toBe(204);
  });
});

describe('request names never reach object prototypes', () => {
  let client: TestClient;
  let other: TestClient;
  let emulator: Emulator;
  let ids: Record<string, string>;
  let publicKey: string;
  const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

  beforeAll(async () => {
    client = await testClient(SLOW);
    emulator = client.emulator;
    other = await testClient({ emulator, user: OTHER });
    await client.settle();
    const servers = (await client.compute('GET', '/servers')).body.servers as any[];
    const volumes = (await client.blockStorage('GET', '/volumes')).body.volumes as any[];
    const snapshots = (await client.blockStorage('GET', '/snapshots')).body.snapshots as any[];
    const groups = (await client.compute('GET', '/os-server-groups')).body.server_groups as any[];
    const keypair = (await client.compute('GET', '/os-keypairs')).body.keypairs[0].keypair;
    publicKey = keypair.public_key;
    ids = {
      server: servers.find((s) => s.name === 'web-01').id,
      u2: servers.find((s) => s.name === 'dev-sandbox').id,
      volume: volumes.find((v) => v.name === 'archive').id,
      snapshot: snapshots[0].id,
      group: groups[0].id,
      keypair: keypair.name,
    };
  });

  afterAll(() => {
    // Nothing anywhere in the process gained a prototype member.
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  const C = `/compute/kr1/v2/${DEMO.tenantId}`;
  const B = `/block-storage/kr1/v2/${DEMO.tenantId}`;
  const I = '/image/kr1/v2';
  const N = '/network/kr1/v2.0';

  /** Every GET list the emulator serves (`{server}` is web-01), and its version documents. */
  const LISTS = [
    '/',
    '/identity',
    '/identity/',
    '/identity/v2.0',
    '/compute/kr1',
    '/compute/kr1/v2',
    C,
    `${C}/flavors`,
    `${C}/flavors/detail`,
    `${C}/os-availability-zone`,
    `${C}/os-keypairs`,
    `${C}/servers`,
    `${C}/servers/detail`,
    `${C}/servers/{server}/metadata`,
    `${C}/servers/{server}/os-volume_attachments`,
    `${C}/os-server-groups`,
    `${B}/types`,
    `${B}/volumes`,
    `${B}/volumes/detail`,
    `${B}/snapshots`,
    `${B}/snapshots/detail`,
    '/image/kr1',
    '/image/kr1/versions',
    `${I}/images`,
    `${I}/schemas/image`,
    '/network/kr1',
    N,
    `${N}/vpcs`,
    `${N}/vpcsubnets`,
    `${N}/networks`,
    `${N}/subnets`,
    `${N}/security-groups`,
    `${N}/ports`,
    `${N}/floatingips`,
    '/_emulator/health',
    '/_emulator/clock',
    '/_emulator/faults',
  ];

  /** Every GET of one resource, with `{name}` where a request names it. */
  const DETAILS = [
    `${C}/flavors/{name}`,
    `${C}/flavors/{name}/os-extra_specs`,
    `${C}/os-keypairs/{name}`,
    `${C}/servers/{name}`,
    `${C}/servers/{name}/metadata`,
    `${C}/servers/{name}/os-volume_attachments`,
    `${C}/servers/{server}/metadata/{name}`,
    `${C}/servers/{server}/os-volume_attachments/{name}`,
    `${C}/os-server-groups/{name}`,
    `${B}/types/{name}`,
    `${B}/volumes/{name}`,
    `${B}/snapshots/{name}`,
    `${I}/images/{name}`,
    `${N}/vpcs/{name}`,
    `${N}/vpcsubnets/{name}`,
    `${N}/networks/{name}`,
    `${N}/subnets/{name}`,
    `${N}/security-groups/{name}`,
    `${N}/ports/{name}`,
    `${N}/floatingips/{name}`,
    // A region or a tenant by such a name.
    `/compute/{name}/v2/${DEMO.tenantId}/servers`,
    `/compute/kr1/v2/{name}/servers`,
    `/block-storage/{name}/v2/${DEMO.tenantId}/volumes`,
    `/block-storage/kr1/v2/{name}/volumes`,
    '/image/{name}/v2/images',
    '/network/{name}/v2.0/vpcs',
  ];

  /** What a list is asked with: the name as sort key and direction, marker, filter, parameter. */
  const listQueries = (name: string) => [
    `sort_key=${e(name)}`,
    `sort_dir=${e(name)}`,
    `sort_key=name&sort_dir=${e(name)}`,
    `sort=${e(name)}`,
    `sort=${e(name)}:asc`,
    `sort=name:${e(name)}`,
    `marker=${e(name)}`,
    `name=${e(name)}`,
    `status=${e(name)}`,
    `limit=${e(name)}`,
    `visibility=${e(name)}`,
    `${e(name)}=${e(name)}`,
    `${e(name)}=1&${e(name)}=2&id=${e(name)}`,
  ];

  const fill = (template: string, name = '') =>
    template.replace(/\{(\w+)\}/g, (_, key: string) =>
      key === 'name' ? e(name) : (ids[key] ?? key),
    );

  /** Sends the request and checks it was answered below 500 without touching the state. */
  const refusedOrRead = async (
    method: string,
    path: string,
    body?: string,
    headers?: Record<string, string>,
  ) => {
    const before = stateOf(emulator);
    const res = await client.request(method, path, body, headers);
    expect(
      res.status,
      `${method} ${path} ${body ?? ''} → ${JSON.stringify(res.body)}`,
    ).toBeLessThan(500);
    expect(stateOf(emulator), `${method} ${path} changed the state`).toBe(before);
    return res;
  };

  it.each(LISTS)(
    'GET %s with prototype names in its query: < 500, nothing changed',
    async (list) => {
      for (const name of PROTO_NAMES) {
        for (const query of listQueries(name)) {
          const res = await refusedOrRead('GET', `${fill(list)}?${query}`);
          expect([200, 300, 400]).toContain(res.status);
        }
      }
      expect(plainPrototypes(emulator.store.state)).toEqual([]);
    },
  );

  it.each(LISTS)('GET %s with every pattern as its name filter: 200 or 400', async (list) => {
    for (const pattern of PATTERNS) {
      const res = await refusedOrRead('GET', `${fill(list)}?name=${e(pattern)}`);
      expect([200, 300, 400]).toContain(res.status);
    }
  });

  it.each(DETAILS)('GET %s with a prototype name: 404 (or 403 for a tenant)', async (detail) => {
    for (const name of PROTO_NAMES) {
      const res = await refusedOrRead('GET', fill(detail, name));
      expect([403, 404]).toContain(res.status);
    }
  });

  it('answers 401 to a prototype name as the token, on every service', async () => {
    for (const name of PROTO_NAMES) {
      for (const path of [`${C}/servers`, `${B}/volumes`, `${I}/images`, `${N}/vpcs`]) {
        const res = await refusedOrRead('GET', path, undefined, { 'X-Auth-Token': name });
        expect(res.status).toBe(401);
      }
      const revoke = await refusedOrRead('DELETE', `/identity/v2.0/tokens/${e(name)}`, undefined, {
        'X-Auth-Token': name,
      });
      expect(revoke.status).toBe(401);
    }
  });

  /** Writes that name a resource, a field value or a key by a prototype name: all refused. */
  const WRITES: [method: string, path: string, body: string | undefined, status: number][] = [
    ['PUT', `${C}/servers/{name}`, '{"server":{"name":"x"}}', 404],
    ['DELETE', `${C}/servers/{name}`, undefined, 404],
    ['POST', `${C}/servers/{name}/action`, '{"os-stop":null}', 404],
    ['POST', `${C}/servers/{server}/action`, '{"{name}":null}', 400],
    ['POST', `${C}/servers/{server}/action`, '{"reboot":{"type":"{name}"}}', 400],
    ['POST', `${C}/servers/{server}/action`, '{"resize":{"flavorRef":"{name}"}}', 400],
    ['POST', `${C}/servers/{server}/action`, '{"addSecurityGroup":{"name":"{name}"}}', 404],
    ['PUT', `${C}/servers/{name}/metadata/k`, '{"meta":{"k":"x"}}', 404],
    ['DELETE', `${C}/servers/{server}/metadata/{name}`, undefined, 404],
    [
      'POST',
      `${C}/servers/{server}/os-volume_attachments`,
      '{"volumeAttachment":{"volumeId":"{name}"}}',
      404,
    ],
    ['DELETE', `${C}/servers/{server}/os-volume_attachments/{name}`, undefined, 404],
    ['DELETE', `${C}/os-keypairs/{name}`, undefined, 404],
    ['POST', `${C}/os-server-groups`, '{"server_group":{"name":"g","policies":["{name}"]}}', 400],
    ['DELETE', `${C}/os-server-groups/{name}`, undefined, 404],
    ['PUT', `${B}/volumes/{name}`, '{"volume":{"name":"x"}}', 404],
    ['DELETE', `${B}/volumes/{name}`, undefined, 404],
    ['POST', `${B}/volumes`, '{"volume":{"size":10,"snapshot_id":"{name}"}}', 404],
    ['POST', `${B}/volumes`, '{"volume":{"size":10,"volume_type":"{name}"}}', 400],
    ['POST', `${B}/volumes`, '{"volume":{"size":10,"availability_zone":"{name}"}}', 400],
    ['POST', `${B}/snapshots`, '{"snapshot":{"volume_id":"{name}"}}', 404],
    ['DELETE', `${B}/snapshots/{name}`, undefined, 404],
    [
      'POST',
      '/identity/v2.0/tokens',
      '{"auth":{"tenantName":"{name}","passwordCredentials":{"username":"{name}","password":"{name}"}}}',
      401,
    ],
    ['POST', '/_emulator/servers/{name}/status', '{"status":"ACTIVE"}', 404],
    ['POST', '/_emulator/servers/{server}/status', '{"status":"{name}"}', 400],
    ['DELETE', '/_emulator/faults/{name}', undefined, 404],
  ];

  it.each(WRITES)(
    '%s %s %s with prototype names → %i, nothing changed',
    async (method, path, body, status) => {
      for (const name of PROTO_NAMES) {
        const res = await refusedOrRead(
          method,
          fill(path, name),
          body
            ?.replaceAll('{name}', name)
            .replace(/\{(\w+)\}/g, (whole, key: string) => ids[key] ?? whole),
        );
        expect(res.status, `${name}: ${JSON.stringify(res.body)}`).toBe(status);
      }
      expect(plainPrototypes(emulator.store.state)).toEqual([]);
    },
  );

  /** Bodies with a key `__proto__` (JSON.parse makes it an own key): refused where it is. */
  const PROTO_BODIES: [method: string, path: string, body: string, where: string][] = [
    [
      'PUT',
      `${C}/servers/{server}/metadata/__proto__`,
      '{"meta":{"__proto__":"x"}}',
      'meta.__proto__',
    ],
    [
      'PUT',
      `${C}/servers/{server}/metadata`,
      '{"metadata":{"a":"b","__proto__":"x"}}',
      'metadata.__proto__',
    ],
    [
      'POST',
      `${C}/servers/{server}/metadata`,
      '{"metadata":{"__proto__":{"polluted":"yes"}}}',
      'metadata.__proto__',
    ],
    [
      'POST',
      `${C}/servers/{u2}/action`,
      '{"createImage":{"name":"img","metadata":{"__proto__":"x"}}}',
      'createImage.metadata.__proto__',
    ],
    [
      'POST',
      `${C}/servers`,
      '{"server":{"name":"p","flavorRef":"x","networks":[{"uuid":"x"}],"key_name":"{keypair}","metadata":{"__proto__":"x"}}}',
      'server.metadata.__proto__',
    ],
    ['POST', `${C}/servers`, '{"__proto__":{"server":{"name":"p"}}}', '__proto__'],
    [
      'POST',
      `${C}/os-keypairs`,
      '{"keypair":{"name":"k","__proto__":{"public_key":"x"}}}',
      'keypair.__proto__',
    ],
    [
      'POST',
      `${B}/volumes`,
      '{"volume":{"size":10,"metadata":{"__proto__":"x"}}}',
      'volume.metadata.__proto__',
    ],
    [
      'POST',
      `${B}/snapshots`,
      '{"snapshot":{"volume_id":"{volume}","metadata":{"__proto__":"x"}}}',
      'snapshot.metadata.__proto__',
    ],
    ['PUT', `${B}/volumes/{volume}`, '{"volume":{"__proto__":{"name":"x"}}}', 'volume.__proto__'],
    [
      'POST',
      '/identity/v2.0/tokens',
      '{"auth":{"passwordCredentials":{"username":"u","password":"p"},"__proto__":{}}}',
      'auth.__proto__',
    ],
    ['POST', '/_emulator/reset', '{"__proto__":{"extraServers":5}}', '__proto__'],
    ['POST', '/_emulator/faults', '{"path":"x","status":500,"__proto__":{"times":1}}', '__proto__'],
    ['POST', '/_emulator/clock', '{"advanceMs":1,"__proto__":{}}', '__proto__'],
    // Deep in an array, and written with escapes (JSON.parse makes the same key of them).
    [
      'POST',
      `${C}/servers`,
      '{"server":{"networks":[{},{"\\u005f\\u005fproto\\u005f\\u005f":{}}]}}',
      'server.networks.1.__proto__',
    ],
  ];

  it.each(PROTO_BODIES)(
    '%s %s %s → 400 naming %s, nothing changed',
    async (method, path, body, where) => {
      const res = await refusedOrRead(
        method,
        fill(path),
        body.replace(/\{(\w+)\}/g, (whole, key: string) => ids[key] ?? whole),
      );
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toContain(
        `Invalid input for field/attribute ${where}: '__proto__' cannot be used as a key.`,
      );
      expect(plainPrototypes(emulator.store.state)).toEqual([]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('stores the other prototype names as ordinary metadata keys, and deletes them', async () => {
    const path = `${C}/servers/${ids.server}/metadata`;
    for (const name of PROTO_NAMES.filter((n) => n !== '__proto__')) {
      const put = await client.compute('PUT', `/servers/${ids.server}/metadata/${e(name)}`, {
        meta: { [name]: `value of ${name}` },
      });
      expect(put.status, JSON.stringify(put.body)).toBe(200);
      expect(put.body).toEqual({ meta: { [name]: `value of ${name}` } });
      const one = await client.request('GET', `${path}/${e(name)}`);
      expect(one.body).toEqual({ meta: { [name]: `value of ${name}` } });
    }
    const all = (await client.request('GET', path)).body.metadata;
    for (const name of PROTO_NAMES.filter((n) => n !== '__proto__'))
      expect(all[name]).toBe(`value of ${name}`);
    expect(plainPrototypes(emulator.store.state)).toEqual([]);
    // Whole-set forms too.
    const merged = await client.compute('POST', `/servers/${ids.server}/metadata`, {
      metadata: { constructor: 'merged', valueOf: 'merged' },
    });
    expect(merged.status).toBe(200);
    expect(merged.body.metadata).toMatchObject({ constructor: 'merged', valueOf: 'merged' });
    for (const name of PROTO_NAMES.filter((n) => n !== '__proto__')) {
      const res = await client.compute('DELETE', `/servers/${ids.server}/metadata/${e(name)}`);
      expect(res.status).toBe(204);
      expect((await client.request('GET', `${path}/${e(name)}`)).status).toBe(404);
    }
    expect(plainPrototypes(emulator.store.state)).toEqual([]);
  });

  it('takes prototype names as ordinary key pair names', async () => {
    for (const name of PROTO_NAMES) {
      const created = await client.compute('POST', '/os-keypairs', {
        keypair: { name, public_key: publicKey },
      });
      expect(created.status, JSON.stringify(created.body)).toBe(200);
      expect(created.body.keypair.name).toBe(name);
      const shown = await client.compute('GET', `/os-keypairs/${e(name)}`);
      expect(shown.status).toBe(200);
      expect(shown.body.keypair.name).toBe(name);
      // The other tenant has no such key pair.
      expect((await other.compute('GET', `/os-keypairs/${e(name)}`)).status).toBe(404);
      expect((await client.compute('DELETE', `/os-keypairs/${e(name)}`)).status).toBe(202);
      expect((await client.compute('GET', `/os-keypairs/${e(name)}`)).status).toBe(404);
    }
  });

  it('renames a server to each prototype name and finds it by an anchored name filter', async () => {
    for (const name of PROTO_NAMES) {
      const renamed = await client.compute('PUT', `/servers/${ids.server}`, { server: { name } });
      expect(renamed.status).toBe(200);
      const found = await client.compute('GET', `/servers?name=${e(`^${name}$`)}`);
      expect(found.body.servers.map((s: { id: string }) => s.id)).toEqual([ids.server]);
    }
    expect(
      (await client.compute('PUT', `/servers/${ids.server}`, { server: { name: 'web-01' } }))
        .status,
    ).toBe(200);
  });
});
