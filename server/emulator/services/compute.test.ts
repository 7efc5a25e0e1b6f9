/**
 * Contract tests of the compute service (instance-api-v2.ko.md), over HTTP: flavors,
 * availability zones, key pairs, listing / showing / renaming / deleting servers, volume
 * attachments and tenant isolation. Creating servers and server actions have their own files.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
} from 'node:crypto';
import sshpk from 'sshpk';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Server } from '../../../src/domain/compute-types';
import {
  AVAILABILITY_ZONES,
  FLAVORS_DETAIL,
  FLAVORS_LIST,
  KEYPAIR_CREATE_RESPONSE,
  KEYPAIR_SHOW,
  KEYPAIRS_LIST,
  SERVER_SHOW,
  SERVERS_DETAIL,
  SERVERS_LIST,
  VOLUME_ATTACH_RESPONSE,
  VOLUME_ATTACHMENT_SHOW,
  VOLUME_ATTACHMENTS_LIST,
} from '../spec-examples';
import { generateKeypair } from '../ssh-keys';
import { DEMO, OTHER, shapeMismatches, type TestClient, testClient } from '../testing';
import {
  advance,
  createBuilding,
  emulatorNow,
  flavorIds,
  freezeDate,
  getServer,
  imageIds,
  inventory,
  localRoot,
  ports,
  SEED,
  serverByName,
  serverShapeMismatches,
  UBUNTU_22,
  volumeByName,
} from './compute-test-support';

// Every key pair the emulator generates goes through this spy (it calls the real generator), so
// a test can tell whether a request made one (issue 12: a taken name must not cost a key).
vi.mock('../ssh-keys', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../ssh-keys')>();
  return { ...actual, generateKeypair: vi.fn(actual.generateKeypair) };
});

beforeEach(freezeDate);
afterEach(() => {
  vi.useRealTimers();
});

const SEED_SERVER_NAMES = [
  'web-01',
  'web-02',
  'db-master',
  'batch-worker',
  'legacy-app',
  'win-ad-01',
  'dev-sandbox',
  'cache-01',
  'app-from-volume',
];

const names = (servers: { name: string }[]) => servers.map((s) => s.name).sort();

// ── 인스턴스 타입 ────────────────────────────────────────────────────────────────────────────
describe('flavors (타입 목록 보기 / 타입 목록 상세 보기)', () => {
  let client: TestClient;
  beforeEach(async () => {
    client = await testClient();
  });

  it('lists flavors with id, name and self/bookmark links, in the shape of the spec example', async () => {
    const res = await client.compute('GET', '/flavors');
    expect(res.status).toBe(200);
    expect(shapeMismatches(res.body, FLAVORS_LIST)).toEqual([]);
    expect(res.body.flavors).toHaveLength(18);
    for (const flavor of res.body.flavors) {
      expect(Object.keys(flavor).sort()).toEqual(['id', 'links', 'name']);
      expect(flavor.links.map((l: { rel: string }) => l.rel)).toEqual(['self', 'bookmark']);
      expect(flavor.links[0].href).toMatch(
        new RegExp(`/compute/kr1/v2/${DEMO.tenantId}/flavors/${flavor.id}$`),
      );
      expect(flavor.links[1].href).toMatch(
        new RegExp(`/compute/kr1/${DEMO.tenantId}/flavors/${flavor.id}$`),
      );
    }
    expect(names(res.body.flavors)).toEqual(
      expect.arrayContaining(['u2.c1m1', 'm2.c2m4', 'x1.c32m256', 'x1.c32m128']),
    );
  });

  it('lists flavor details in the shape of the spec example, with the swap: "" quirk', async () => {
    const res = await client.compute('GET', '/flavors/detail');
    expect(res.status).toBe(200);
    expect(shapeMismatches(res.body, FLAVORS_DETAIL)).toEqual([]);
    expect(res.body.flavors).toHaveLength(18);
    for (const flavor of res.body.flavors) {
      // The spec types swap as an Integer but its example (and NHN) answer "".
      expect(flavor.swap).toBe('');
      expect(flavor['OS-FLV-DISABLED:disabled']).toBe(false);
      expect(flavor['os-flavor-access:is_public']).toBe(true);
      expect(typeof flavor.extra_specs.flavor_type).toBe('string');
    }
    const x1 = res.body.flavors.find((f: { name: string }) => f.name === 'x1.c32m256');
    expect(x1).toMatchObject({ ram: 262144, vcpus: 32, disk: 0, rxtx_factor: 1 });
    const u2 = res.body.flavors.find((f: { name: string }) => f.name === 'u2.c1m1');
    // U2 and GPU have a local root disk; every other family boots from block storage (disk 0).
    expect(u2).toMatchObject({ ram: 1024, vcpus: 1, disk: 20 });
    const gpu = res.body.flavors.find((f: { name: string }) => f.name === 'g2.c8m64');
    expect(gpu).toMatchObject({
      ram: 65536,
      vcpus: 8,
      disk: 100,
      extra_specs: { flavor_type: 'gpu' },
    });
  });

  describe('minRam / minDisk filters', () => {
    const cases: [query: string, expected: string[]][] = [
      ['minRam=20000', ['g2.c16m128', 'g2.c8m64', 'r2.c4m32', 'x1.c32m128', 'x1.c32m256']],
      ['minDisk=30', ['g2.c16m128', 'g2.c8m64', 'u2.c2m4', 'u2.c4m8']],
      ['minRam=5000&minDisk=30', ['g2.c16m128', 'g2.c8m64', 'u2.c4m8']],
      ['minRam=300000', []],
    ];
    it.each(cases)(
      '?%s keeps only the bigger flavors, in list and detail',
      async (query, expected) => {
        const all = (await client.compute('GET', '/flavors/detail')).body.flavors as {
          name: string;
          ram: number;
          disk: number;
        }[];
        for (const path of ['/flavors', '/flavors/detail']) {
          const res = await client.compute('GET', `${path}?${query}`);
          expect(res.status).toBe(200);
          expect(names(res.body.flavors)).toEqual(expected);
        }
        // The rest of the flavors are exactly the ones that are too small.
        const params = new URLSearchParams(query);
        const minRam = Number(params.get('minRam') ?? 0);
        const minDisk = Number(params.get('minDisk') ?? 0);
        for (const flavor of all.filter((f) => !expected.includes(f.name))) {
          expect(flavor.ram < minRam || flavor.disk < minDisk).toBe(true);
        }
      },
    );

    it.each(['minRam=abc', 'minRam=-1', 'minRam=1.5', 'minDisk=ten', 'minDisk=-20'])(
      '?%s answers 400 naming the parameter',
      async (query) => {
        for (const path of ['/flavors', '/flavors/detail']) {
          const res = await client.compute('GET', `${path}?${query}`);
          expect(res.status).toBe(400);
          expect(res.body.badRequest.code).toBe(400);
          expect(res.body.badRequest.message).toContain(query.split('=')[0]);
        }
      },
    );
  });

  it('shows one flavor (details) and answers 404 for an unknown one', async () => {
    const ids = await flavorIds(client);
    const res = await client.compute('GET', `/flavors/${ids['m2.c2m4']}`);
    expect(res.status).toBe(200);
    expect(shapeMismatches(res.body.flavor, FLAVORS_DETAIL.flavors[0])).toEqual([]);
    expect(res.body.flavor).toMatchObject({
      id: ids['m2.c2m4'],
      name: 'm2.c2m4',
      vcpus: 2,
      ram: 4096,
      swap: '',
    });

    const missing = await client.compute('GET', '/flavors/00000000-0000-0000-0000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body.itemNotFound.code).toBe(404);
  });
});

// ── 가용성 영역 ─────────────────────────────────────────────────────────────────────────────
describe('availability zones (가용성 목록 보기)', () => {
  it('lists the zones of the region, available, in the shape of the spec example', async () => {
    const client = await testClient();
    const res = await client.compute('GET', '/os-availability-zone');
    expect(res.status).toBe(200);
    expect(shapeMismatches(res.body, AVAILABILITY_ZONES)).toEqual([]);
    expect(res.body.availabilityZoneInfo).toEqual([
      expect.objectContaining({ zoneName: 'kr-pub-a', zoneState: { available: true } }),
      expect.objectContaining({ zoneName: 'kr-pub-b', zoneState: { available: true } }),
    ]);

    const kr2 = await client.compute('GET', '/os-availability-zone', undefined, 'kr2');
    expect(kr2.status).toBe(200);
    expect(kr2.body.availabilityZoneInfo.map((z: { zoneName: string }) => z.zoneName)).toEqual([
      'kr2-pub-a',
      'kr2-pub-b',
    ]);
  });
});

// ── 키페어 ──────────────────────────────────────────────────────────────────────────────────
/** OpenSSH's SHA256 fingerprint, computed from the key blob with node:crypto alone. */
function opensshFingerprint(publicKey: string): string {
  const blob = Buffer.from(publicKey.trim().split(/\s+/)[1] ?? '', 'base64');
  return `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
}

/** An OpenSSH public key line for a key made by node:crypto. */
function opensshPublicKey(type: 'rsa' | 'ed25519' | 'ec', comment: string): string {
  const pair =
    type === 'rsa'
      ? generateKeyPairSync('rsa', { modulusLength: 2048 })
      : type === 'ec'
        ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
        : generateKeyPairSync('ed25519');
  const pem = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const key = sshpk.parseKey(pem, 'pem');
  key.comment = comment;
  return key.toString('ssh');
}

describe('key pairs (키페어)', () => {
  let client: TestClient;
  beforeEach(async () => {
    client = await testClient();
  });

  const keypairNames = async () =>
    (await client.compute('GET', '/os-keypairs')).body.keypairs.map(
      (k: { keypair: { name: string } }) => k.keypair.name,
    ) as string[];

  it('lists key pairs in the shape of the spec example', async () => {
    const res = await client.compute('GET', '/os-keypairs');
    expect(res.status).toBe(200);
    expect(shapeMismatches(res.body, KEYPAIRS_LIST)).toEqual([]);
    const demo = res.body.keypairs.find(
      (k: { keypair: { name: string } }) => k.keypair.name === 'demo-key',
    );
    expect(demo.keypair.public_key).toMatch(/^ssh-rsa AAAA/);
    expect(demo.keypair.fingerprint).toBe(opensshFingerprint(demo.keypair.public_key));
    expect(demo.keypair).not.toHaveProperty('private_key');
  });

  it('shows a key pair in the shape of the spec example, with microsecond times', async () => {
    const res = await client.compute('GET', '/os-keypairs/demo-key');
    expect(res.status).toBe(200);
    expect(shapeMismatches(res.body, KEYPAIR_SHOW)).toEqual([]);
    const keypair = res.body.keypair;
    expect(keypair).toMatchObject({
      name: 'demo-key',
      user_id: DEMO.userId,
      deleted: false,
      updated_at: null,
      deleted_at: null,
    });
    expect(Number.isInteger(keypair.id)).toBe(true);
    expect(keypair.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/);
    expect(keypair.fingerprint).toBe(opensshFingerprint(keypair.public_key));
    expect(keypair).not.toHaveProperty('private_key');
  });

  it('answers 404 for a key pair that does not exist', async () => {
    const res = await client.compute('GET', '/os-keypairs/no-such-key');
    expect(res.status).toBe(404);
    expect(res.body.itemNotFound.message).toContain('no-such-key');
  });

  it('generates a pair when public_key is omitted: a real RSA PEM private key that matches', async () => {
    const res = await client.compute('POST', '/os-keypairs', { keypair: { name: 'generated' } });
    expect(res.status).toBe(200);
    expect(shapeMismatches(res.body, KEYPAIR_CREATE_RESPONSE)).toEqual([]);
    const { private_key: privateKey, public_key: publicKey, fingerprint } = res.body.keypair;
    expect(res.body.keypair.name).toBe('generated');
    expect(res.body.keypair.user_id).toBe(DEMO.userId);

    // A PEM RSA private key that node:crypto reads.
    expect(privateKey).toMatch(
      /^-----BEGIN RSA PRIVATE KEY-----\n[\s\S]+\n-----END RSA PRIVATE KEY-----\n?$/,
    );
    const nodePrivate = createPrivateKey(privateKey);
    expect(nodePrivate.asymmetricKeyType).toBe('rsa');
    expect(nodePrivate.asymmetricKeyDetails?.modulusLength).toBeGreaterThanOrEqual(2048);

    // Its public half is public_key: same SPKI, and a signature made with one verifies with the other.
    expect(publicKey).toMatch(/^ssh-rsa AAAA\S+( .*)?$/);
    const sshPublic = sshpk.parseKey(publicKey, 'ssh');
    const fromPrivate = createPublicKey(nodePrivate).export({ type: 'spki', format: 'der' });
    const fromPublicKey = createPublicKey(sshPublic.toString('pkcs8')).export({
      type: 'spki',
      format: 'der',
    });
    expect(Buffer.compare(fromPrivate, fromPublicKey)).toBe(0);
    const data = Buffer.from('nhn-cloud-emulator');
    const signature = sign('sha256', data, nodePrivate);
    expect(verify('sha256', data, sshPublic.toString('pkcs8'), signature)).toBe(true);

    // The SHA256 fingerprint is OpenSSH's, of that public key, and sshpk agrees.
    expect(fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
    expect(fingerprint).toBe(opensshFingerprint(publicKey));
    expect(fingerprint).toBe(
      sshpk.parsePrivateKey(privateKey, 'pem').toPublic().fingerprint('sha256').toString(),
    );

    // Stored, and the private key is never returned again.
    const shown = await client.compute('GET', '/os-keypairs/generated');
    expect(shown.status).toBe(200);
    expect(shown.body.keypair).toMatchObject({ public_key: publicKey, fingerprint });
    expect(shown.body.keypair).not.toHaveProperty('private_key');
    const listed = await client.compute('GET', '/os-keypairs');
    const entry = listed.body.keypairs.find(
      (k: { keypair: { name: string } }) => k.keypair.name === 'generated',
    );
    expect(entry.keypair).toMatchObject({ public_key: publicKey, fingerprint });
    expect(entry.keypair).not.toHaveProperty('private_key');
  });

  it.each([
    ['RSA', 'rsa', /^ssh-rsa /],
    ['ECDSA', 'ec', /^ecdsa-sha2-nistp256 /],
    ['Ed25519', 'ed25519', /^ssh-ed25519 /],
  ] as const)(
    'imports an %s public key, fingerprinted, with no private key',
    async (_label, type, prefix) => {
      const publicKey = opensshPublicKey(type, 'me@laptop');
      expect(publicKey).toMatch(prefix);
      const res = await client.compute('POST', '/os-keypairs', {
        keypair: { name: `imported-${type}`, public_key: publicKey },
      });
      expect(res.status).toBe(200);
      expect(shapeMismatches(res.body, KEYPAIR_CREATE_RESPONSE)).toEqual([]);
      expect(res.body.keypair).not.toHaveProperty('private_key');
      expect(res.body.keypair.public_key).toBe(publicKey);
      expect(res.body.keypair.fingerprint).toBe(opensshFingerprint(publicKey));
      expect(res.body.keypair.fingerprint).toBe(
        sshpk.parseKey(publicKey, 'ssh').fingerprint('sha256').toString(),
      );

      const shown = await client.compute('GET', `/os-keypairs/imported-${type}`);
      expect(shown.status).toBe(200);
      expect(shown.body.keypair.public_key).toBe(publicKey);
      expect(shown.body.keypair.fingerprint).toBe(res.body.keypair.fingerprint);
    },
  );

  it.each([
    ['garbage', 'not a key at all'],
    ['a truncated RSA key', 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQAB'],
    ['base64 that is not a key', 'ssh-rsa bm90IGEga2V5IGF0IGFsbA== me'],
    ['an unsupported type (DSA)', 'ssh-dss AAAAB3NzaC1kc3MAAACBAP me'],
    [
      'two lines',
      'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEAsJRhZ9SHfuPpbPKZSXKcF922tWzqo8N1cuLvyF8CG\nssh-rsa AAAA',
    ],
    ['an empty string', ''],
  ])('refuses %s as public_key with 400 and stores nothing', async (_label, publicKey) => {
    const before = await keypairNames();
    const res = await client.compute('POST', '/os-keypairs', {
      keypair: { name: 'bad-key', public_key: publicKey },
    });
    expect(res.status).toBe(400);
    expect(res.body.badRequest.code).toBe(400);
    expect(await keypairNames()).toEqual(before);
    expect((await client.compute('GET', '/os-keypairs/bad-key')).status).toBe(404);
  });

  it.each([
    ['empty', ''],
    ['a leading space', ' leading'],
    ['a trailing space', 'trailing '],
    ['a slash', 'a/b'],
    ['a dot', 'my.key'],
    ['non-ASCII letters', '키페어'],
    ['256 characters', 'k'.repeat(256)],
  ])('refuses a name with %s with 400 and stores nothing', async (_label, name) => {
    const before = await keypairNames();
    const res = await client.compute('POST', '/os-keypairs', { keypair: { name } });
    expect(res.status).toBe(400);
    expect(res.body.badRequest.message).toMatch(/name/i);
    expect(await keypairNames()).toEqual(before);
  });

  it('accepts names of letters, digits, spaces, - and _ up to 255 characters', async () => {
    const publicKey = opensshPublicKey('ed25519', 'x');
    for (const name of ['my key_1-2', 'k'.repeat(255)]) {
      const res = await client.compute('POST', '/os-keypairs', {
        keypair: { name, public_key: publicKey },
      });
      expect(res.status).toBe(200);
      const shown = await client.compute('GET', `/os-keypairs/${encodeURIComponent(name)}`);
      expect(shown.status).toBe(200);
      expect(shown.body.keypair.name).toBe(name);
    }
  });

  it.each([
    ['no body', undefined],
    ['malformed JSON', '{"keypair": {"name": '],
    ['no keypair object', { name: 'x' }],
    ['no name', { keypair: { public_key: 'ssh-rsa AAAA' } }],
    ['a name that is not a string', { keypair: { name: 42 } }],
  ])('answers 400 for %s and stores nothing', async (_label, body) => {
    const before = await keypairNames();
    const res = await client.compute('POST', '/os-keypairs', body);
    expect(res.status).toBe(400);
    expect(await keypairNames()).toEqual(before);
  });

  it('answers 409 for a name that is taken, and leaves the existing pair alone', async () => {
    const before = (await client.compute('GET', '/os-keypairs/demo-key')).body.keypair;
    for (const keypair of [
      { name: 'demo-key', public_key: opensshPublicKey('ed25519', 'dup') },
      { name: 'demo-key' },
    ]) {
      const res = await client.compute('POST', '/os-keypairs', { keypair });
      expect(res.status).toBe(409);
      expect(res.body.conflictingRequest.message).toContain('demo-key');
    }
    expect((await client.compute('GET', '/os-keypairs/demo-key')).body.keypair).toEqual(before);
    expect((await keypairNames()).filter((n) => n === 'demo-key')).toHaveLength(1);
  });

  it('refuses a taken name (409) before generating any key (issue 12)', async () => {
    const generator = vi.mocked(generateKeypair);
    generator.mockClear();
    const res = await client.compute('POST', '/os-keypairs', { keypair: { name: 'demo-key' } });
    expect(res.status).toBe(409);
    expect(generator).not.toHaveBeenCalled();
    // A free name still gets a generated pair, through the same generator.
    const made = await client.compute('POST', '/os-keypairs', { keypair: { name: 'fresh-key' } });
    expect(made.status).toBe(200);
    expect(made.body.keypair.private_key).toContain('PRIVATE KEY');
    expect(generator).toHaveBeenCalledTimes(1);
  });

  it('lets only one of two requests racing for a free name have it', async () => {
    const [first, second] = await Promise.all([
      client.compute('POST', '/os-keypairs', { keypair: { name: 'raced' } }),
      client.compute('POST', '/os-keypairs', { keypair: { name: 'raced' } }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    expect((await keypairNames()).filter((n: string) => n === 'raced')).toHaveLength(1);
  });

  it('deletes a key pair (202, no body), then it is gone; deleting again answers 404', async () => {
    const res = await client.compute('DELETE', '/os-keypairs/demo-key');
    expect(res.status).toBe(202);
    expect(res.body).toBeNull();
    expect((await client.compute('GET', '/os-keypairs/demo-key')).status).toBe(404);
    expect(await keypairNames()).not.toContain('demo-key');
    const again = await client.compute('DELETE', '/os-keypairs/demo-key');
    expect(again.status).toBe(404);
    expect(again.body.itemNotFound.code).toBe(404);
  });
});

// ── 인스턴스 목록 ────────────────────────────────────────────────────────────────────────────
describe('servers list and detail (인스턴스 목록 보기 / 목록 상세 보기)', () => {
  let client: TestClient;
  beforeEach(async () => {
    client = await testClient();
  });

  const listNames = async (query: string, path = '/servers') => {
    const res = await client.compute('GET', `${path}${query}`);
    expect(res.status).toBe(200);
    return names(res.body.servers);
  };

  it('lists id, links and name in the shape of the spec example, newest first', async () => {
    const res = await client.compute('GET', '/servers');
    expect(res.status).toBe(200);
    expect(shapeMismatches(res.body, SERVERS_LIST)).toEqual([]);
    expect(names(res.body.servers)).toEqual([...SEED_SERVER_NAMES].sort());
    for (const server of res.body.servers) {
      expect(Object.keys(server).sort()).toEqual(['id', 'links', 'name']);
    }
    const detail = await client.compute('GET', '/servers/detail');
    const created = detail.body.servers.map((s: Server) => s.created);
    expect(created).toEqual([...created].sort().reverse());
    expect(detail.body.servers.map((s: Server) => s.id)).toEqual(
      res.body.servers.map((s: Server) => s.id),
    );
  });

  it('lists details of every server in the shape of the spec example', async () => {
    const res = await client.compute('GET', '/servers/detail');
    expect(res.status).toBe(200);
    expect(res.body.servers).toHaveLength(9);
    for (const server of res.body.servers) {
      // A server booted from a volume answers `"image": ""` (compared apart, below).
      if (server.image === '') continue;
      expect(serverShapeMismatches(server, SERVERS_DETAIL.servers[0]!)).toEqual([]);
      expect(server.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(server.created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(server['OS-SRV-USG:launched_at']).toMatch(
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/,
      );
      expect(server.tenant_id).toBe(DEMO.tenantId);
    }
    for (const server of res.body.servers) {
      // Today's fields (current guide): deletion protection and the extra local disk.
      expect(typeof server['NHN-EXT-ATTR:protect']).toBe('boolean');
      expect(server['NHN-EXT-ATTR:ephemeral_disk_size']).toBe(0);
      // Nova's status with the lower-case vm_state behind it.
      expect(server['OS-EXT-STS:vm_state']).toMatch(/^[a-z_]+$/);
    }
    const protectedOnes = res.body.servers
      .filter((s: Server) => s['NHN-EXT-ATTR:protect'])
      .map((s: Server) => s.name);
    expect(protectedOnes).toEqual(['db-master']);
    const fromVolume = res.body.servers.find((s: Server) => s.name === 'app-from-volume');
    expect(fromVolume.image).toBe('');
    expect(fromVolume.metadata).toMatchObject({
      image_name: 'Rocky Linux 9.4 (2024.06.18)',
      os_type: 'linux',
    });
    expect(fromVolume['os-extended-volumes:volumes_attached']).toHaveLength(1);
    const statuses = Object.fromEntries(
      res.body.servers.map((s: Server) => [s.name, [s.status, s['OS-EXT-STS:power_state']]]),
    );
    expect(statuses).toEqual({
      'web-01': ['ACTIVE', 1],
      'web-02': ['ACTIVE', 1],
      'db-master': ['SHUTOFF', 4],
      'batch-worker': ['SHELVED_OFFLOADED', 4],
      'legacy-app': ['ERROR', 4],
      'win-ad-01': ['PAUSED', 3],
      'dev-sandbox': ['ACTIVE', 1],
      'cache-01': ['SUSPENDED', 4],
      'app-from-volume': ['ACTIVE', 1],
    });
  });

  it('answers 100 servers without a limit, and at most 1000 (기본값은 100, 최대 1000)', async () => {
    const big = await testClient({ config: { extraServers: 200 } });
    for (const path of ['/servers', '/servers/detail']) {
      const first = await big.compute('GET', path);
      expect(first.body.servers).toHaveLength(100);
      expect(first.body.servers_links?.[0]?.rel).toBe('next');
      expect(first.body.servers_links[0].href).toContain('limit=100');
      const all = await big.compute('GET', `${path}?limit=5000`);
      expect(all.body.servers).toHaveLength(209);
    }
  });

  it('filters by reservation_id: the servers made by one request, and only them', async () => {
    const [flavors, images, subnets] = await Promise.all([
      flavorIds(client),
      imageIds(client),
      client.network('GET', '/vpcsubnets'),
    ]);
    const create = await client.compute('POST', '/servers', {
      server: {
        name: 'batch',
        imageRef: images[UBUNTU_22],
        flavorRef: flavors['u2.c1m1'],
        networks: [{ subnet: subnets.body.vpcsubnets[0].id }],
        key_name: 'demo-key',
        block_device_mapping_v2: [localRoot(images[UBUNTU_22] ?? '')],
        min_count: 3,
        max_count: 3,
        return_reservation_id: true,
      },
    });
    expect(create.status).toBe(202);
    const reservation = create.body.reservation_id as string;
    for (const path of ['/servers', '/servers/detail']) {
      expect(await listNames(`?reservation_id=${reservation}`, path)).toEqual([
        'batch-1',
        'batch-2',
        'batch-3',
      ]);
    }
    expect(await listNames('?reservation_id=r-00000000')).toEqual([]);
  });

  it('filters by changes-since, including the servers deleted since then as DELETED', async () => {
    const since = (await emulatorNow(client)).slice(0, 19); // YYYY-MM-DDThh:mm:ss, as the spec says
    await advance(client, 2000);
    const web02 = await serverByName(client, 'web-02');
    const legacy = await serverByName(client, 'legacy-app');
    expect(
      (await client.compute('PUT', `/servers/${web02.id}`, { server: { name: 'web-02b' } })).status,
    ).toBe(200);
    expect((await client.compute('DELETE', `/servers/${legacy.id}`)).status).toBe(204);
    await client.settle();

    const detail = await client.compute('GET', `/servers/detail?changes-since=${since}`);
    expect(detail.status).toBe(200);
    expect(names(detail.body.servers)).toEqual(['legacy-app', 'web-02b']);
    const deleted = detail.body.servers.find((s: Server) => s.id === legacy.id);
    expect(deleted).toMatchObject({ status: 'DELETED', 'OS-EXT-STS:vm_state': 'deleted' });
    expect(deleted['OS-SRV-USG:terminated_at']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(await listNames(`?changes-since=${since}`)).toEqual(['legacy-app', 'web-02b']);

    // The deleted server is gone from the plain list.
    expect(await listNames('')).not.toContain('legacy-app');
    // Nothing changed after a later time.
    await advance(client, 1000);
    const later = (await emulatorNow(client)).slice(0, 19);
    await advance(client, 5000);
    expect(await listNames(`?changes-since=${later}`)).toEqual([]);
    // With a zone too.
    expect(await listNames(`?changes-since=${since}Z`)).toEqual(['legacy-app', 'web-02b']);
  });

  it.each(['yesterday', '2025-13-45T00:00:00', '1700000000'])(
    'answers 400 for changes-since=%s',
    async (value) => {
      const res = await client.compute('GET', `/servers?changes-since=${value}`);
      expect(res.status).toBe(400);
      expect(res.body.badRequest.message).toContain('changes-since');
    },
  );

  it('filters by image and by flavor', async () => {
    const [images, flavors] = await Promise.all([imageIds(client), flavorIds(client)]);
    for (const path of ['/servers', '/servers/detail']) {
      expect(await listNames(`?image=${images[UBUNTU_22]}`, path)).toEqual(['web-01', 'web-02']);
      expect(await listNames(`?flavor=${flavors['m2.c2m4']}`, path)).toEqual(['web-01', 'web-02']);
      expect(await listNames(`?flavor=${flavors['r2.c2m16']}`, path)).toEqual(['cache-01']);
      expect(
        await listNames(`?image=${images[UBUNTU_22]}&flavor=${flavors['r2.c2m16']}`, path),
      ).toEqual([]);
    }
    expect(await listNames('?image=00000000-0000-0000-0000-000000000000')).toEqual([]);
  });

  it.each([
    ['^web-0[12]$', ['web-01', 'web-02']],
    ['sandbox', ['dev-sandbox']],
    ['^(db|cache)-', ['cache-01', 'db-master']],
    ['-0\\d$', ['cache-01', 'web-01', 'web-02', 'win-ad-01']],
    ['^web-01$', ['web-01']],
    ['nothing-matches', []],
  ])('filters by name as a regular expression: %s', async (pattern, expected) => {
    for (const path of ['/servers', '/servers/detail']) {
      expect(await listNames(`?name=${encodeURIComponent(pattern)}`, path)).toEqual(expected);
    }
  });

  it.each(['(', '[a-', 'web-0{2,1}', '*web'])(
    'answers 400 for the invalid regular expression %s',
    async (pattern) => {
      const res = await client.compute('GET', `/servers?name=${encodeURIComponent(pattern)}`);
      expect(res.status).toBe(400);
      expect(res.body.badRequest.message).toContain('name');
    },
  );

  it.each([
    ['ACTIVE', ['app-from-volume', 'dev-sandbox', 'web-01', 'web-02']],
    ['SHUTOFF', ['db-master']],
    ['shutoff', ['db-master']],
    ['SHELVED_OFFLOADED', ['batch-worker']],
    ['ERROR', ['legacy-app']],
    ['PAUSED', ['win-ad-01']],
    ['SUSPENDED', ['cache-01']],
    ['REBOOT', []],
    ['VERIFY_RESIZE', []],
  ])('filters by status=%s', async (status, expected) => {
    for (const path of ['/servers', '/servers/detail']) {
      expect(await listNames(`?status=${status}`, path)).toEqual(expected);
    }
  });

  it.each([
    'ACTIVE',
    'BUILD',
    'ERROR',
    'HARD_REBOOT',
    'MIGRATING',
    'PASSWORD',
    'PAUSED',
    'REBOOT',
    'REBUILD',
    'RESCUE',
    'RESIZE',
    'REVERT_RESIZE',
    'VERIFY_RESIZE',
    'SHELVED_OFFLOADED',
    'SHUTOFF',
    'SUSPENDED',
    'UNKNOWN',
  ])(
    'takes status=%s, a status of the current guide (인스턴스 상태), and answers only those',
    async (status) => {
      const res = await client.compute('GET', `/servers/detail?status=${status}`);
      expect(res.status).toBe(200);
      for (const server of res.body.servers) expect(server.status).toBe(status);
    },
  );

  it("matches servers by Nova's status names: the 2023 guide's vm_state names match nothing", async () => {
    // A real Nova answers an empty list, no error, for a name it does not know.
    const building = await createBuilding(client);
    const stopped = await client.compute('GET', '/servers/detail?status=SHUTOFF');
    expect(names(stopped.body.servers)).toEqual(['db-master']);
    expect(names((await client.compute('GET', '/servers?status=BUILD')).body.servers)).toEqual([
      building,
    ]);
    for (const old of ['BUILDING', 'STOPPED', 'RESIZED', 'RESCUED', 'RUNNING', 'bogus']) {
      const res = await client.compute('GET', `/servers/detail?status=${old}`);
      expect(res.status, old).toBe(200);
      expect(res.body.servers, old).toEqual([]);
    }
  });

  it('refuses status=DELETED with 403, as Nova does for non-administrators', async () => {
    const legacy = await serverByName(client, 'legacy-app');
    expect((await client.compute('DELETE', `/servers/${legacy.id}`)).status).toBe(204);
    await client.settle();
    for (const query of [
      '?status=DELETED',
      '?status=deleted',
      '?changes-since=2000-01-01T00:00:00&status=DELETED',
    ]) {
      const res = await client.compute('GET', `/servers/detail${query}`);
      expect(res.status, query).toBe(403);
      expect(res.body.forbidden.message).toBe('Only administrators may list deleted instances');
    }
    // Deleted servers still reach changes-since.
    const changes = await client.compute(
      'GET',
      '/servers/detail?changes-since=2000-01-01T00:00:00',
    );
    expect(changes.body.servers.find((s: Server) => s.id === legacy.id)?.status).toBe('DELETED');
  });

  it('combines filters', async () => {
    expect(await listNames('?status=ACTIVE&name=^web')).toEqual(['web-01', 'web-02']);
  });

  describe('limit + marker paging', () => {
    it.each([
      ['/servers', 7],
      ['/servers/detail', 7],
      ['/servers', 1],
      ['/servers/detail', 34],
    ])(
      'walks every page of %s (limit %i) with no duplicates and nothing missing',
      async (path, limit) => {
        const big = await testClient({ config: { extraServers: 25 } });
        const all = (await big.compute('GET', path)).body.servers.map(
          (s: Server) => s.id,
        ) as string[];
        expect(all).toHaveLength(34);

        const seen: string[] = [];
        let query = `?limit=${limit}`;
        for (let pages = 0; pages < 100; pages++) {
          const res = await big.compute('GET', `${path}${query}`);
          expect(res.status).toBe(200);
          const page = res.body.servers.map((s: Server) => s.id) as string[];
          expect(page.length).toBeLessThanOrEqual(limit);
          seen.push(...page);
          if (seen.length < all.length) {
            expect(page).toHaveLength(limit);
            // A next link while there is more.
            expect(res.body.servers_links?.[0]?.rel).toBe('next');
            expect(res.body.servers_links[0].href).toContain(`marker=${page[page.length - 1]}`);
          }
          if (page.length < limit || seen.length === all.length) break;
          query = `?limit=${limit}&marker=${page[page.length - 1]}`;
        }
        expect(seen).toEqual(all);
        expect(new Set(seen).size).toBe(seen.length);
      },
    );

    it('answers 400 for a marker that is not a server, and for a bad limit', async () => {
      const marker = await client.compute(
        'GET',
        '/servers?marker=00000000-0000-0000-0000-000000000000',
      );
      expect(marker.status).toBe(400);
      expect(marker.body.badRequest.message).toContain('marker');
      for (const limit of ['-1', 'ten', '2.5']) {
        const res = await client.compute('GET', `/servers?limit=${limit}`);
        expect(res.status).toBe(400);
        expect(res.body.badRequest.message).toContain('limit');
      }
    });

    it('pages a filtered list with the marker', async () => {
      const first = await client.compute('GET', '/servers?status=ACTIVE&limit=3');
      expect(first.body.servers).toHaveLength(3);
      const last = first.body.servers[2].id;
      const second = await client.compute('GET', `/servers?status=ACTIVE&limit=3&marker=${last}`);
      expect(second.body.servers).toHaveLength(1);
      expect(names([...first.body.servers, ...second.body.servers])).toEqual([
        'app-from-volume',
        'dev-sandbox',
        'web-01',
        'web-02',
      ]);
    });
  });
});

// ── 인스턴스 보기 / 수정하기 / 삭제하기 ──────────────────────────────────────────────────────
describe('show a server (인스턴스 보기)', () => {
  it('shows a server in the shape of the spec example, with what it is attached to', async () => {
    const client = await testClient();
    const web01 = await serverByName(client, 'web-01');
    const res = await client.compute('GET', `/servers/${web01.id}`);
    expect(res.status).toBe(200);
    expect(serverShapeMismatches(res.body.server, SERVER_SHOW.server)).toEqual([]);
    const server = res.body.server as Server;
    expect(server).toMatchObject({
      id: web01.id,
      name: 'web-01',
      status: 'ACTIVE',
      'OS-EXT-STS:vm_state': 'active',
      'OS-EXT-STS:task_state': null,
      'OS-EXT-STS:power_state': 1,
      'OS-EXT-AZ:availability_zone': 'kr-pub-a',
      key_name: 'demo-key',
      user_id: DEMO.userId,
      'OS-SRV-USG:terminated_at': null,
    });
    expect(server.security_groups?.map((g) => g.name).sort()).toEqual([
      'default',
      'ssh-admin',
      'web',
    ]);
    const addresses = server.addresses['Default Network'] ?? [];
    expect(addresses.map((a) => a['OS-EXT-IPS:type']).sort()).toEqual(['fixed', 'floating']);
    expect(addresses.every((a) => a.version === 4)).toBe(true);
    expect(server['os-extended-volumes:volumes_attached']).toHaveLength(2);
    // In the response table of 인스턴스 보기, though not in its example.
    expect(server['NHN-EXT-ATTR:ephemeral_disk_size']).toEqual(expect.any(Number));
    expect(server.metadata).toMatchObject({
      role: 'web',
      os_distro: 'Ubuntu',
      image_name: UBUNTU_22,
    });
  });

  it("copies a Windows image's properties into the metadata as the spec example does", async () => {
    const client = await testClient();
    const win = await serverByName(client, 'win-ad-01');
    const exampleKeys = Object.keys(SERVER_SHOW.server.metadata).filter(
      // NHN-internal keys of the example's image, not derived from the image's OS.
      (k) => !['project_domain', 'monitoring_agent', 'tc_env'].includes(k),
    );
    expect(Object.keys(win.metadata)).toEqual(expect.arrayContaining(exampleKeys));
    expect(win.metadata).toMatchObject({
      os_type: 'Windows',
      os_distro: 'Windows',
      login_username: 'Administrator',
      volume_size: '50',
    });
  });

  it('answers 404 itemNotFound for an unknown server', async () => {
    const client = await testClient();
    const res = await client.compute('GET', '/servers/3a005d5b-63cf-4493-bfc6-49db990b5b50');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({
      itemNotFound: {
        code: 404,
        message: expect.stringContaining('3a005d5b-63cf-4493-bfc6-49db990b5b50'),
      },
    });
  });
});

describe('rename a server (인스턴스 수정하기)', () => {
  let client: TestClient;
  let web01: Server;
  beforeEach(async () => {
    client = await testClient();
    web01 = await serverByName(client, 'web-01');
  });

  it('renames, answering the server in the shape of 인스턴스 보기, and moves updated', async () => {
    await advance(client, 5000);
    const res = await client.compute('PUT', `/servers/${web01.id}`, {
      server: { name: 'new-server-test' },
    });
    expect(res.status).toBe(200);
    expect(serverShapeMismatches(res.body.server, SERVER_SHOW.server)).toEqual([]);
    expect(res.body.server.name).toBe('new-server-test');
    const after = await getServer(client, web01.id);
    expect(after.name).toBe('new-server-test');
    expect(after.updated).toBe(`${(await emulatorNow(client)).slice(0, 19)}Z`);
    expect(after.updated > web01.updated).toBe(true);
    expect(after.status).toBe('ACTIVE');

    const long = 'n'.repeat(255);
    const max = await client.compute('PUT', `/servers/${web01.id}`, { server: { name: long } });
    expect(max.status).toBe(200);
    expect((await getServer(client, web01.id)).name).toBe(long);
  });

  it.each([
    ['blank', '   '],
    ['empty', ''],
    ['256 characters long', 'n'.repeat(256)],
  ])('refuses a %s name with 400 and leaves the server unchanged', async (_label, name) => {
    await advance(client, 5000);
    const res = await client.compute('PUT', `/servers/${web01.id}`, { server: { name } });
    expect(res.status).toBe(400);
    expect(res.body.badRequest.message).toContain('name');
    expect(await getServer(client, web01.id)).toEqual(web01);
  });

  it.each([
    ['malformed JSON', '{"server": '],
    ['no server object', { name: 'x' }],
    ['a name that is not a string', { server: { name: 7 } }],
  ])('answers 400 for %s and leaves the server unchanged', async (_label, body) => {
    const res = await client.compute('PUT', `/servers/${web01.id}`, body);
    expect(res.status).toBe(400);
    expect(await getServer(client, web01.id)).toEqual(web01);
  });

  it('answers 404 for an unknown server', async () => {
    const res = await client.compute('PUT', '/servers/00000000-0000-0000-0000-000000000000', {
      server: { name: 'x' },
    });
    expect(res.status).toBe(404);
  });
});

describe('delete a server (인스턴스 삭제하기)', () => {
  let client: TestClient;
  beforeEach(async () => {
    client = await testClient();
  });

  it('answers 204, shows task_state deleting, then the server is gone with what it held let go', async () => {
    const web01 = await serverByName(client, 'web-01');
    const volumes = (await client.compute('GET', `/servers/${web01.id}/os-volume_attachments`)).body
      .volumeAttachments as { device: string; volumeId: string }[];
    const root = volumes.find((v) => v.device === '/dev/vda')?.volumeId;
    const data = volumes.find((v) => v.device === '/dev/vdb')?.volumeId;
    expect(root && data).toBeTruthy();
    const serverPorts = await ports(client, web01.id);
    expect(serverPorts).toHaveLength(1);
    const floating = (await client.network('GET', '/floatingips')).body.floatingips.find(
      (f: { port_id: string | null }) => f.port_id === serverPorts[0]?.id,
    );
    expect(floating).toBeDefined();
    const before = await inventory(client);

    const res = await client.compute('DELETE', `/servers/${web01.id}`);
    expect(res.status).toBe(204);
    expect(res.body).toBeNull();
    const deleting = await getServer(client, web01.id);
    expect(deleting['OS-EXT-STS:task_state']).toBe('deleting');
    expect(deleting.status).toBe('ACTIVE');
    // Deleting twice is fine while it is under way.
    expect((await client.compute('DELETE', `/servers/${web01.id}`)).status).toBe(204);

    await client.settle();
    const gone = await client.compute('GET', `/servers/${web01.id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.itemNotFound.code).toBe(404);
    expect(
      (await client.compute('GET', '/servers')).body.servers.map((s: Server) => s.id),
    ).not.toContain(web01.id);
    // The root volume (delete_on_termination) is deleted; the data volume is free again.
    expect((await client.blockStorage('GET', `/volumes/${root}`)).status).toBe(404);
    const dataVolume = (await client.blockStorage('GET', `/volumes/${data}`)).body.volume;
    expect(dataVolume).toMatchObject({ status: 'available', attachments: [] });
    // Its port is released and the floating IP is no longer bound to it.
    expect(await ports(client, web01.id)).toEqual([]);
    const fip = (await client.network('GET', '/floatingips')).body.floatingips.find(
      (f: { id: string }) => f.id === floating.id,
    );
    expect(fip.port_id).toBeNull();

    const after = await inventory(client);
    expect(after.servers).toBe(before.servers - 1);
    expect(after.volumes).toBe(before.volumes - 1);
    expect(after.ports).toBe(before.ports - 1);
    // Further requests on it answer 404.
    expect((await client.compute('DELETE', `/servers/${web01.id}`)).status).toBe(404);
    expect(
      (await client.compute('POST', `/servers/${web01.id}/action`, { 'os-stop': null })).status,
    ).toBe(404);
  });

  it('deletes a server in any status (ERROR, SHELVED_OFFLOADED, a server with a task under way)', async () => {
    for (const name of ['legacy-app', 'batch-worker']) {
      const server = await serverByName(client, name);
      expect((await client.compute('DELETE', `/servers/${server.id}`)).status).toBe(204);
    }
    const web02 = await serverByName(client, 'web-02');
    await client.compute('POST', `/servers/${web02.id}/action`, { 'os-stop': null });
    expect((await client.compute('DELETE', `/servers/${web02.id}`)).status).toBe(204);
    await client.settle();
    expect(await listAllNames(client)).toEqual([
      'app-from-volume',
      'cache-01',
      'db-master',
      'dev-sandbox',
      'web-01',
      'win-ad-01',
    ]);
  });

  it('refuses to delete a deletion-protected server (NHN-EXT-ATTR:protect) with 409, changing nothing', async () => {
    const protectedServer = await serverByName(client, SEED.PROTECTED);
    expect(protectedServer['NHN-EXT-ATTR:protect']).toBe(true);
    const before = await inventory(client);
    const res = await client.compute('DELETE', `/servers/${protectedServer.id}`);
    expect(res.status).toBe(409);
    expect(res.body.conflictingRequest.message).toContain('deletion protection');
    expect(res.body.conflictingRequest.message).toContain(protectedServer.id);
    await client.settle();
    expect(await inventory(client)).toEqual(before);
    const after = await serverByName(client, SEED.PROTECTED);
    expect(after).toMatchObject({ status: 'SHUTOFF', 'OS-EXT-STS:task_state': null });
    // The API cannot turn protection off: a rename that tries is just a rename.
    const rename = await client.compute('PUT', `/servers/${protectedServer.id}`, {
      server: { name: 'db-master', 'NHN-EXT-ATTR:protect': false },
    });
    expect(rename.body.server['NHN-EXT-ATTR:protect']).toBe(true);
  });

  it('a deleted member leaves its placement policy', async () => {
    const web02 = await serverByName(client, 'web-02');
    const groups = await client.compute('GET', '/os-server-groups');
    const spread = groups.body.server_groups.find((g: { name: string }) => g.name === 'web-spread');
    expect(spread.members).toContain(web02.id);
    expect((await client.compute('DELETE', `/servers/${web02.id}`)).status).toBe(204);
    // Until the delete completes it is still a member.
    expect(
      (await client.compute('GET', `/os-server-groups/${spread.id}`)).body.server_group.members,
    ).toContain(web02.id);
    await client.settle();
    const after = await client.compute('GET', `/os-server-groups/${spread.id}`);
    expect(after.body.server_group.members).toEqual([(await serverByName(client, 'web-01')).id]);
  });

  it('answers 404 for an unknown server and changes nothing', async () => {
    const before = await inventory(client);
    const res = await client.compute('DELETE', '/servers/00000000-0000-0000-0000-000000000000');
    expect(res.status).toBe(404);
    expect(await inventory(client)).toEqual(before);
  });
});

async function listAllNames(client: TestClient): Promise<string[]> {
  return names((await client.compute('GET', '/servers')).body.servers);
}

// ── 블록 스토리지 연결 관리 ─────────────────────────────────────────────────────────────────
describe('volume attachments (블록 스토리지 연결 관리)', () => {
  let client: TestClient;
  let web01: Server;
  beforeEach(async () => {
    client = await testClient();
    web01 = await serverByName(client, SEED.ACTIVE);
  });
  const attachments = (serverId: string, query = '') =>
    client.compute('GET', `/servers/${serverId}/os-volume_attachments${query}`);

  it('lists the attached volumes in the shape of the spec example', async () => {
    const res = await attachments(web01.id);
    expect(res.status).toBe(200);
    expect(shapeMismatches(res.body, VOLUME_ATTACHMENTS_LIST)).toEqual([]);
    const list = res.body.volumeAttachments;
    expect(list.map((a: { device: string }) => a.device)).toEqual(['/dev/vda', '/dev/vdb']);
    const data = await volumeByName(client, 'web-01-data');
    for (const attachment of list) {
      expect(attachment.serverId).toBe(web01.id);
      expect(attachment.id).toBe(attachment.volumeId);
    }
    expect(list[1].volumeId).toBe(data.id);
    expect(list.map((a: { volumeId: string }) => a.volumeId).sort()).toEqual(
      web01['os-extended-volumes:volumes_attached'].map((v) => v.id).sort(),
    );
  });

  it('pages the list with limit and offset', async () => {
    const all = (await attachments(web01.id)).body.volumeAttachments;
    const cases: [string, unknown[]][] = [
      ['?limit=1', [all[0]]],
      ['?offset=1', [all[1]]],
      ['?limit=1&offset=1', [all[1]]],
      ['?limit=5&offset=0', all],
      ['?offset=2', []],
      ['?limit=0', []],
    ];
    for (const [query, expected] of cases) {
      const res = await attachments(web01.id, query);
      expect(res.status).toBe(200);
      expect(res.body.volumeAttachments).toEqual(expected);
    }
    for (const query of ['?limit=-1', '?offset=x', '?limit=1.5']) {
      expect((await attachments(web01.id, query)).status).toBe(400);
    }
  });

  it('shows one attachment in the shape of the spec example; 404 when not attached there', async () => {
    const data = await volumeByName(client, 'web-01-data');
    const res = await client.compute(
      'GET',
      `/servers/${web01.id}/os-volume_attachments/${data.id}`,
    );
    expect(res.status).toBe(200);
    expect(shapeMismatches(res.body, VOLUME_ATTACHMENT_SHOW)).toEqual([]);
    expect(res.body.volumeAttachment).toEqual({
      device: '/dev/vdb',
      id: data.id,
      serverId: web01.id,
      volumeId: data.id,
    });
    const free = await volumeByName(client, 'backup-vol');
    const dbData = await volumeByName(client, 'db-data');
    for (const id of [free.id, dbData.id, '00000000-0000-0000-0000-000000000000']) {
      const missing = await client.compute(
        'GET',
        `/servers/${web01.id}/os-volume_attachments/${id}`,
      );
      expect(missing.status).toBe(404);
    }
    expect((await attachments('00000000-0000-0000-0000-000000000000')).status).toBe(404);
  });

  it('attaches a volume at the next device: attaching, then in-use, seen by block storage', async () => {
    const volume = await volumeByName(client, 'backup-vol');
    expect(volume).toMatchObject({ status: 'available', availability_zone: 'kr-pub-a' });
    const res = await client.compute('POST', `/servers/${web01.id}/os-volume_attachments`, {
      volumeAttachment: { volumeId: volume.id },
    });
    expect(res.status).toBe(200);
    expect(shapeMismatches(res.body, VOLUME_ATTACH_RESPONSE)).toEqual([]);
    expect(res.body.volumeAttachment).toEqual({
      device: '/dev/vdc',
      id: volume.id,
      serverId: web01.id,
      volumeId: volume.id,
    });
    const attaching = (await client.blockStorage('GET', `/volumes/${volume.id}`)).body.volume;
    expect(attaching.status).toBe('attaching');

    await client.settle();
    const inUse = await client.blockStorage('GET', `/volumes/${volume.id}`);
    expect(inUse.status).toBe(200);
    expect(inUse.body.volume.status).toBe('in-use');
    expect(inUse.body.volume.attachments).toEqual([
      expect.objectContaining({ server_id: web01.id, device: '/dev/vdc', volume_id: volume.id }),
    ]);
    const server = await getServer(client, web01.id);
    expect(server['os-extended-volumes:volumes_attached'].map((v) => v.id)).toContain(volume.id);
    expect(
      (await attachments(web01.id)).body.volumeAttachments.map((a: { device: string }) => a.device),
    ).toEqual(['/dev/vda', '/dev/vdb', '/dev/vdc']);
    // And the next one goes to /dev/vdd.
    const archive = await volumeByName(client, 'archive');
    const next = await client.compute('POST', `/servers/${web01.id}/os-volume_attachments`, {
      volumeAttachment: { volumeId: archive.id },
    });
    expect(next.body.volumeAttachment.device).toBe('/dev/vdd');
  });

  it('refuses with 400 a volume that is in use (here or elsewhere), and changes nothing', async () => {
    const dbData = await volumeByName(client, 'db-data');
    const ownData = await volumeByName(client, 'web-01-data');
    const before = await inventory(client);
    for (const volume of [dbData, ownData]) {
      const res = await client.compute('POST', `/servers/${web01.id}/os-volume_attachments`, {
        volumeAttachment: { volumeId: volume.id },
      });
      expect(res.status).toBe(400);
      expect(res.body.badRequest.message).toContain(volume.id);
    }
    expect(await inventory(client)).toEqual(before);
  });

  it('refuses with 400 a volume that is still attaching to another server', async () => {
    const volume = await volumeByName(client, 'backup-vol');
    const legacy = await serverByName(client, 'legacy-app');
    const dev = await serverByName(client, 'dev-sandbox');
    expect(legacy['OS-EXT-AZ:availability_zone']).toBe('kr-pub-a');
    const first = await client.compute('POST', `/servers/${dev.id}/os-volume_attachments`, {
      volumeAttachment: { volumeId: volume.id },
    });
    expect(first.status).toBe(200);
    const second = await client.compute('POST', `/servers/${web01.id}/os-volume_attachments`, {
      volumeAttachment: { volumeId: volume.id },
    });
    expect(second.status).toBe(400);
    await client.settle();
    const after = (await client.blockStorage('GET', `/volumes/${volume.id}`)).body.volume;
    expect(after.attachments.map((a: { server_id: string }) => a.server_id)).toEqual([dev.id]);
  });

  it('refuses with 400 a volume in another availability zone, and changes nothing', async () => {
    const volume = await volumeByName(client, 'scratch-ssd');
    expect(volume.availability_zone).toBe('kr-pub-b');
    const before = await inventory(client);
    const res = await client.compute('POST', `/servers/${web01.id}/os-volume_attachments`, {
      volumeAttachment: { volumeId: volume.id },
    });
    expect(res.status).toBe(400);
    expect(res.body.badRequest.message).toMatch(/availability zone/);
    expect(await inventory(client)).toEqual(before);
    expect((await client.blockStorage('GET', `/volumes/${volume.id}`)).body.volume.status).toBe(
      'available',
    );
  });

  it('answers 404 for an unknown volume or server, 400 for a body without volumeId', async () => {
    const before = await inventory(client);
    const unknown = await client.compute('POST', `/servers/${web01.id}/os-volume_attachments`, {
      volumeAttachment: { volumeId: '00000000-0000-0000-0000-000000000000' },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.itemNotFound.code).toBe(404);
    const free = await volumeByName(client, 'backup-vol');
    const noServer = await client.compute(
      'POST',
      '/servers/00000000-0000-0000-0000-000000000000/os-volume_attachments',
      { volumeAttachment: { volumeId: free.id } },
    );
    expect(noServer.status).toBe(404);
    for (const body of [{}, { volumeAttachment: {} }, { volumeAttachment: { volumeId: 5 } }, '{']) {
      const bad = await client.compute('POST', `/servers/${web01.id}/os-volume_attachments`, body);
      expect(bad.status).toBe(400);
    }
    expect(await inventory(client)).toEqual(before);
  });

  it('detaches a data volume: 202, detaching, then available', async () => {
    const data = await volumeByName(client, 'web-01-data');
    const res = await client.compute(
      'DELETE',
      `/servers/${web01.id}/os-volume_attachments/${data.id}`,
    );
    expect(res.status).toBe(202);
    expect((await client.blockStorage('GET', `/volumes/${data.id}`)).body.volume.status).toBe(
      'detaching',
    );
    await client.settle();
    const volume = (await client.blockStorage('GET', `/volumes/${data.id}`)).body.volume;
    expect(volume).toMatchObject({ status: 'available', attachments: [] });
    const list = (await attachments(web01.id)).body.volumeAttachments;
    expect(list.map((a: { volumeId: string }) => a.volumeId)).not.toContain(data.id);
    const server = await getServer(client, web01.id);
    expect(server['os-extended-volumes:volumes_attached'].map((v) => v.id)).not.toContain(data.id);
    // Now it can be attached again.
    const again = await client.compute('POST', `/servers/${web01.id}/os-volume_attachments`, {
      volumeAttachment: { volumeId: data.id },
    });
    expect(again.status).toBe(200);
    expect(again.body.volumeAttachment.device).toBe('/dev/vdb');
  });

  it('refuses with 400 to detach the root device, which stays attached', async () => {
    const root = (await attachments(web01.id)).body.volumeAttachments.find(
      (a: { device: string }) => a.device === '/dev/vda',
    );
    const before = await inventory(client);
    const res = await client.compute(
      'DELETE',
      `/servers/${web01.id}/os-volume_attachments/${root.volumeId}`,
    );
    expect(res.status).toBe(400);
    expect(res.body.badRequest.message).toMatch(/root/i);
    expect(await inventory(client)).toEqual(before);
  });

  it('answers 404 to detach a volume that is not attached to the server', async () => {
    const before = await inventory(client);
    for (const name of ['backup-vol', 'db-data']) {
      const volume = await volumeByName(client, name);
      const res = await client.compute(
        'DELETE',
        `/servers/${web01.id}/os-volume_attachments/${volume.id}`,
      );
      expect(res.status).toBe(404);
    }
    expect(await inventory(client)).toEqual(before);
  });
});

// ── 테넌트 격리 ─────────────────────────────────────────────────────────────────────────────
describe('tenant isolation', () => {
  let demo: TestClient;
  let other: TestClient;
  beforeEach(async () => {
    demo = await testClient();
    other = await testClient({ user: OTHER, emulator: demo.emulator });
  });

  it("refuses OTHER's token on DEMO's tenant path (401/403) and changes nothing", async () => {
    const web01 = await serverByName(demo, 'web-01');
    const before = await inventory(demo);
    const base = `/compute/kr1/v2/${DEMO.tenantId}`;
    const attempts: [string, string, unknown?][] = [
      ['GET', `${base}/servers`],
      ['GET', `${base}/servers/${web01.id}`],
      ['GET', `${base}/os-keypairs`],
      ['PUT', `${base}/servers/${web01.id}`, { server: { name: 'pwned' } }],
      ['DELETE', `${base}/servers/${web01.id}`],
      ['POST', `${base}/servers/${web01.id}/action`, { 'os-stop': null }],
      ['DELETE', `${base}/os-keypairs/demo-key`],
      ['GET', `/block-storage/kr1/v2/${DEMO.tenantId}/volumes`],
    ];
    for (const [method, path, body] of attempts) {
      const res = await other.request(method, path, body);
      expect([401, 403]).toContain(res.status);
    }
    expect(await inventory(demo)).toEqual(before);
  });

  it('answers 401 without a token', async () => {
    const res = await demo.request('GET', `/compute/kr1/v2/${DEMO.tenantId}/servers`, undefined, {
      'X-Auth-Token': '',
    });
    expect(res.status).toBe(401);
  });

  it("never shows OTHER DEMO's servers, key pairs or volumes, even by id", async () => {
    const web01 = await serverByName(demo, 'web-01');
    const data = await volumeByName(demo, 'web-01-data');
    const free = await volumeByName(demo, 'backup-vol');

    const servers = (await other.compute('GET', '/servers/detail')).body.servers as Server[];
    expect(servers.map((s) => s.name).sort()).toEqual(['other-app-01', 'other-db']);
    expect(servers.every((s) => s.tenant_id === OTHER.tenantId)).toBe(true);
    expect((await other.compute('GET', `/servers/${web01.id}`)).status).toBe(404);
    expect((await other.compute('GET', `/servers/${web01.id}/os-volume_attachments`)).status).toBe(
      404,
    );
    expect(
      (await other.compute('GET', `/servers/${web01.id}/os-volume_attachments/${data.id}`)).status,
    ).toBe(404);
    expect(
      (await other.compute('PUT', `/servers/${web01.id}`, { server: { name: 'x' } })).status,
    ).toBe(404);
    expect((await other.compute('DELETE', `/servers/${web01.id}`)).status).toBe(404);
    expect(
      (await other.compute('POST', `/servers/${web01.id}/action`, { 'os-stop': null })).status,
    ).toBe(404);
    expect(
      (await other.compute('GET', `/servers?changes-since=2000-01-01T00:00:00`)).body.servers.map(
        (s: Server) => s.id,
      ),
    ).not.toContain(web01.id);

    const keypairs = (await other.compute('GET', '/os-keypairs')).body.keypairs.map(
      (k: { keypair: { name: string } }) => k.keypair.name,
    );
    expect(keypairs).toEqual(['other-key']);
    expect((await other.compute('GET', '/os-keypairs/demo-key')).status).toBe(404);
    expect((await other.compute('DELETE', '/os-keypairs/demo-key')).status).toBe(404);
    // The same name may exist in both tenants.
    const sameName = await other.compute('POST', '/os-keypairs', {
      keypair: { name: 'demo-key', public_key: opensshPublicKey('ed25519', 'other') },
    });
    expect(sameName.status).toBe(200);

    expect((await other.blockStorage('GET', `/volumes/${free.id}`)).status).toBe(404);
    const otherApp = servers.find((s) => s.name === 'other-app-01') as Server;
    const steal = await other.compute('POST', `/servers/${otherApp.id}/os-volume_attachments`, {
      volumeAttachment: { volumeId: free.id },
    });
    expect(steal.status).toBe(404);

    // DEMO's things are untouched.
    expect((await getServer(demo, web01.id)).name).toBe('web-01');
    expect((await demo.compute('GET', '/os-keypairs/demo-key')).body.keypair.fingerprint).toBe(
      (await demo.compute('GET', '/os-keypairs')).body.keypairs[0].keypair.fingerprint,
    );
    expect((await demo.blockStorage('GET', `/volumes/${free.id}`)).body.volume).toMatchObject({
      status: 'available',
      attachments: [],
    });
  });

  it('refuses a region that is not in the tenant catalog', async () => {
    const res = await other.compute('GET', '/servers', undefined, 'jp1');
    expect(res.status).toBe(403);
  });
});
