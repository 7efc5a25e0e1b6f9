/**
 * Contract tests for Identity (Keystone v2.0, neighbour-apis.md "Identity: issue a token") and
 * for the token checks every other service makes: missing, unknown and expired tokens, tokens
 * used on another tenant's path, and isolation between the two built-in tenants.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../app';
import type { EmulatorConfig } from '../config';
import { TOKEN_RESPONSE } from '../spec-examples';
import { DEMO, ORIGIN, OTHER, rawRequest, shapeMismatches, signIn, testClient } from '../testing';

const HOUR = 3600 * 1000;
const EXPIRES = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const ISSUED_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/;

const KEYSTONE_401 = {
  error: {
    code: 401,
    title: 'Unauthorized',
    message: 'The request you have made requires authentication.',
  },
};

function tokenBody(tenantId: string, username: string, password: string) {
  return { auth: { tenantId, passwordCredentials: { username, password } } };
}

function issue(emulator: Emulator, user = DEMO) {
  return rawRequest(
    emulator,
    'POST',
    '/identity/v2.0/tokens',
    tokenBody(user.tenantId, user.username, user.password),
  );
}

const tokenCount = (emulator: Emulator) => Object.keys(emulator.store.state.tokens).length;

/** One authenticated read per service, for the given tenant. */
function serviceReads(tenantId: string): [service: string, path: string][] {
  return [
    ['compute', `/compute/kr1/v2/${tenantId}/servers`],
    ['image', '/image/kr1/v2/images'],
    ['network', '/network/kr1/v2.0/vpcs'],
    ['block storage', `/block-storage/kr1/v2/${tenantId}/volumes`],
  ];
}

describe('POST /identity/v2.0/tokens', () => {
  it.each([
    ['demo', DEMO],
    ['other', OTHER],
  ])('issues a token for the %s user in the shape of the spec', async (_, user) => {
    const emulator = createEmulator();
    const res = await issue(emulator, user);
    expect(res.status).toBe(200);
    expect(shapeMismatches(res.body, TOKEN_RESPONSE)).toEqual([]);
    const { token, user: account } = res.body.access;
    expect(token.id).toMatch(/^[0-9a-f]{32}$/);
    expect(token.tenant).toMatchObject({ id: user.tenantId, enabled: true });
    // The real service names the user by an opaque id, never the e-mail signed in with.
    expect(account).toMatchObject({
      id: user.userId,
      name: user.opaqueName,
      username: user.opaqueName,
    });
    expect(JSON.stringify(res.body)).not.toContain(user.username);
    expect(account.roles).toEqual([{ name: 'project_admin' }]);
    // The token it returns opens the tenant's services.
    const servers = await rawRequest(
      emulator,
      'GET',
      `/compute/kr1/v2/${user.tenantId}/servers`,
      undefined,
      { 'X-Auth-Token': token.id },
    );
    expect(servers.status).toBe(200);
  });

  it('issues a different token on every sign-in', async () => {
    const emulator = createEmulator();
    const first = await signIn(emulator);
    const second = await signIn(emulator);
    expect(first).not.toBe(second);
  });

  it('says when the token expires (YYYY-MM-DDThh:mm:ssZ, about 12 hours from now)', async () => {
    const emulator = createEmulator();
    const before = Date.now();
    const res = await issue(emulator);
    const after = Date.now();
    const { expires, issued_at } = res.body.access.token;
    expect(expires).toMatch(EXPIRES);
    const expiresAt = Date.parse(expires);
    // The format has whole seconds: allow one second of truncation.
    expect(expiresAt).toBeGreaterThanOrEqual(before + 12 * HOUR - 1000);
    expect(expiresAt).toBeLessThanOrEqual(after + 12 * HOUR);
    // issued_at: microseconds and no zone (UTC).
    expect(issued_at).toMatch(ISSUED_AT);
    const issuedAt = Date.parse(`${issued_at.slice(0, 23)}Z`);
    expect(issuedAt).toBeGreaterThanOrEqual(before - 1);
    expect(issuedAt).toBeLessThanOrEqual(after + 1);
  });

  /** Issue 12: the state stays bounded; tokens nobody can use any more are dropped. */
  it('drops expired tokens when it issues a new one', async () => {
    const emulator = createEmulator({ tokenTtlSeconds: 600 });
    const old = [await signIn(emulator), await signIn(emulator), await signIn(emulator, OTHER)];
    expect(tokenCount(emulator)).toBe(3);
    // Past the lifetime on the emulator's clock.
    const clock = await rawRequest(emulator, 'POST', '/_emulator/clock', {
      advanceMs: 600 * 1000 + 1,
    });
    expect(clock.status).toBe(200);
    const fresh = await signIn(emulator);
    expect(Object.keys(emulator.store.state.tokens)).toEqual([fresh]);
    for (const token of old) expect(emulator.store.state.tokens[token]).toBeUndefined();
  });

  it('drops tokens expired through the control API, and keeps those still valid', async () => {
    const emulator = createEmulator();
    const expired = [await signIn(emulator), await signIn(emulator, OTHER)];
    expect((await rawRequest(emulator, 'POST', '/_emulator/tokens/expire')).status).toBe(200);
    const valid = await signIn(emulator);
    const fresh = await signIn(emulator, OTHER);
    expect(Object.keys(emulator.store.state.tokens).sort()).toEqual([valid, fresh].sort());
    for (const token of expired) expect(emulator.store.state.tokens[token]).toBeUndefined();
  });

  it('takes the token lifetime from the configuration (tokenTtlSeconds)', async () => {
    const emulator = createEmulator({ tokenTtlSeconds: 600 });
    const res = await issue(emulator);
    const { expires, issued_at } = res.body.access.token;
    const lifetime = Date.parse(expires) - Date.parse(`${issued_at.slice(0, 23)}Z`);
    expect(lifetime).toBeGreaterThan(600 * 1000 - 1000);
    expect(lifetime).toBeLessThanOrEqual(600 * 1000);
  });

  it.each([
    // In the catalog's order, which (as in NHN's own example) is not KR1 first.
    ['demo', DEMO, ['KR2', 'KR1', 'KR3', 'JP1']],
    ['other', OTHER, ['KR2', 'KR1']],
  ])(
    'lists every service in each region of the %s tenant, at the request origin (loopback)',
    async (_, user, regions) => {
      const emulator = createEmulator();
      // A loopback name on a port other than the configured one: the port it was reached on.
      const origin = 'http://localhost:8123';
      const res = await emulator.app.request(`${origin}/identity/v2.0/tokens`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(tokenBody(user.tenantId, user.username, user.password)),
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as any;
      const catalog = body.access.serviceCatalog as {
        type: string;
        name: string;
        endpoints: { region: string; publicURL: string }[];
      }[];
      expect(catalog.map((entry) => entry.type).sort()).toEqual(
        ['compute', 'identity', 'image', 'network', 'volumev2'].sort(),
      );
      const names = Object.fromEntries(catalog.map((entry) => [entry.type, entry.name]));
      expect(names).toEqual({
        compute: 'nova',
        image: 'glance',
        network: 'neutron',
        volumev2: 'cinderv2',
        identity: 'keystone',
      });
      for (const entry of catalog) {
        expect(entry.endpoints.map((e) => e.region)).toEqual(regions);
        for (const endpoint of entry.endpoints) {
          expect(endpoint.publicURL.startsWith(`${origin}/`)).toBe(true);
        }
      }
      // Every publicURL actually reaches the emulator's service for that region.
      const token = body.access.token.id as string;
      const get = async (url: string) => {
        const r = await emulator.app.request(url, { headers: { 'X-Auth-Token': token } });
        return { status: r.status, body: (await r.json()) as any };
      };
      const url = (type: string, region: string) =>
        catalog.find((entry) => entry.type === type)?.endpoints.find((e) => e.region === region)
          ?.publicURL ?? 'missing';
      for (const region of regions) {
        const compute = await get(`${url('compute', region)}/servers`);
        expect(compute.status).toBe(200);
        // KR3 (opened in 2026) holds nothing of the tenant's yet: its lists answer, empty.
        const used = region !== 'KR3';
        expect(compute.body.servers.length > 0).toBe(used);
        expect((await get(`${url('image', region)}/v2/images`)).body.images.length).toBeGreaterThan(
          0,
        );
        expect((await get(`${url('network', region)}/v2.0/vpcs`)).body.vpcs.length).toBeGreaterThan(
          0,
        );
        expect((await get(`${url('volumev2', region)}/volumes`)).body.volumes.length > 0).toBe(
          used,
        );
        const identity = await get(url('identity', region));
        expect(identity.body.version.id).toBe('v2.0');
      }
      expect(url('compute', 'KR1')).toBe(`${origin}/compute/kr1/v2/${user.tenantId}`);
      expect(url('volumev2', 'KR2')).toBe(`${origin}/block-storage/kr2/v2/${user.tenantId}`);
      expect(url('image', 'KR1')).toBe(`${origin}/image/kr1`);
      expect(url('network', 'KR1')).toBe(`${origin}/network/kr1`);
    },
  );

  it.each([
    ['a wrong password', tokenBody(DEMO.tenantId, DEMO.username, 'not-the-password')],
    ["another user's password", tokenBody(DEMO.tenantId, DEMO.username, OTHER.password)],
    ["another tenant's id", tokenBody(OTHER.tenantId, DEMO.username, DEMO.password)],
    [
      'an unknown tenant',
      tokenBody('00000000000000000000000000000000', DEMO.username, DEMO.password),
    ],
    ['an unknown user', tokenBody(DEMO.tenantId, 'nobody@example.com', DEMO.password)],
    [
      'a username in another case',
      tokenBody(DEMO.tenantId, DEMO.username.toUpperCase(), DEMO.password),
    ],
  ])('refuses %s with 401 in the Keystone shape and issues no token', async (_, body) => {
    const emulator = createEmulator();
    const before = tokenCount(emulator);
    const res = await rawRequest(emulator, 'POST', '/identity/v2.0/tokens', body);
    expect(res.status).toBe(401);
    expect(res.body).toEqual(KEYSTONE_401);
    expect(tokenCount(emulator)).toBe(before);
  });

  it.each([
    ['malformed JSON', '{"auth": {'],
    ['an empty body', ''],
    ['a JSON array', '[]'],
    ['no auth', {}],
    ['auth that is not an object', { auth: 'demo' }],
    ['no passwordCredentials', { auth: { tenantId: DEMO.tenantId } }],
    [
      'no username',
      { auth: { tenantId: DEMO.tenantId, passwordCredentials: { password: DEMO.password } } },
    ],
    [
      'no password',
      { auth: { tenantId: DEMO.tenantId, passwordCredentials: { username: DEMO.username } } },
    ],
    [
      'a username that is not a string',
      {
        auth: {
          tenantId: DEMO.tenantId,
          passwordCredentials: { username: 42, password: DEMO.password },
        },
      },
    ],
  ])('answers %s with 400 and a message, issuing no token', async (_, body) => {
    const emulator = createEmulator();
    const before = tokenCount(emulator);
    const res = await rawRequest(emulator, 'POST', '/identity/v2.0/tokens', body);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 400, title: 'Bad Request' });
    expect(res.body.error.message).toEqual(expect.any(String));
    expect(res.body.error.message.length).toBeGreaterThan(0);
    expect(tokenCount(emulator)).toBe(before);
  });
});

/**
 * Issue 12: the catalog's URLs are where a client then sends its token, so they never name a
 * host only because the request's Host header did (Host: evil.example, or a DNS rebinding page
 * whose name resolves to the emulator): only loopback names and the configured host are taken
 * from the request; any other gets the configured origin.
 */
describe("the catalog's origin", () => {
  const catalogUrls = async (config: Partial<EmulatorConfig>, host: string) => {
    const emulator = createEmulator(config);
    const res = await emulator.app.request(`http://${host}/identity/v2.0/tokens`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Host: host },
      body: JSON.stringify(tokenBody(DEMO.tenantId, DEMO.username, DEMO.password)),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    return (body.access.serviceCatalog as { endpoints: { publicURL: string }[] }[]).flatMap(
      (entry) => entry.endpoints.map((endpoint) => endpoint.publicURL),
    );
  };

  it.each([
    ['evil.example', 'http://127.0.0.1:8774'],
    ['evil.example:8774', 'http://127.0.0.1:8774'],
    ['127.0.0.1.evil.example', 'http://127.0.0.1:8774'],
    ['localhost.evil.example:8774', 'http://127.0.0.1:8774'],
    ['10.0.0.5:8774', 'http://127.0.0.1:8774'],
  ])('Host: %s gets URLs at the configured origin, %s', async (host, origin) => {
    const urls = await catalogUrls({}, host);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(url.startsWith(`${origin}/`), url).toBe(true);
      expect(url).not.toContain('evil');
    }
  });

  it.each([
    ['localhost:9000', 'http://localhost:9000'],
    ['127.0.0.1:8774', 'http://127.0.0.1:8774'],
    ['127.8.9.10:8774', 'http://127.8.9.10:8774'],
    ['[::1]:8774', 'http://[::1]:8774'],
  ])('Host: %s (loopback) gets URLs at %s, the origin it was asked at', async (host, origin) => {
    for (const url of await catalogUrls({}, host))
      expect(url.startsWith(`${origin}/`), url).toBe(true);
  });

  it('takes the configured host (NHN_EMULATOR_HOST) from the request, on any port', async () => {
    const config = { host: 'emulator.lan', port: 9100 };
    for (const url of await catalogUrls(config, 'emulator.lan:9200'))
      expect(url.startsWith('http://emulator.lan:9200/'), url).toBe(true);
    for (const url of await catalogUrls(config, 'evil.example'))
      expect(url.startsWith('http://emulator.lan:9100/'), url).toBe(true);
  });

  it.each([
    ['0.0.0.0', 'http://127.0.0.1:9100'],
    ['::', 'http://127.0.0.1:9100'],
    ['::1', 'http://[::1]:9100'],
  ])('listening on %s, a foreign Host gets %s', async (host, origin) => {
    for (const url of await catalogUrls({ host, port: 9100 }, 'evil.example'))
      expect(url.startsWith(`${origin}/`), url).toBe(true);
  });

  it('builds the other links (versions, pages, self links) at the same origin', async () => {
    const emulator = createEmulator();
    const token = await signIn(emulator);
    const get = async (path: string) => {
      const res = await emulator.app.request(`http://evil.example${path}`, {
        headers: { Host: 'evil.example', 'X-Auth-Token': token },
      });
      return JSON.stringify(await res.json());
    };
    for (const path of [
      '/identity',
      '/identity/v2.0',
      '/compute/kr1',
      '/image/kr1',
      '/network/kr1',
      `/compute/kr1/v2/${DEMO.tenantId}/servers?limit=1`,
      `/block-storage/kr1/v2/${DEMO.tenantId}/volumes?limit=1`,
    ]) {
      const text = await get(path);
      expect(text, path).toContain('http://127.0.0.1:8774/');
      expect(text, path).not.toContain('evil.example');
    }
  });
});

describe('DELETE /identity/v2.0/tokens/{tokenId} (revocation, as the console signs out)', () => {
  const revoke = (emulator: Emulator, tokenId: string, headers: Record<string, string>) =>
    rawRequest(emulator, 'DELETE', `/identity/v2.0/tokens/${tokenId}`, undefined, headers);

  it('revokes the token with itself: 204, and every service then refuses it as unknown', async () => {
    const emulator = createEmulator();
    const token = await signIn(emulator);
    const kept = await signIn(emulator);
    for (const [, path] of serviceReads(DEMO.tenantId)) {
      const res = await rawRequest(emulator, 'GET', path, undefined, { 'X-Auth-Token': token });
      expect(res.status, path).toBe(200);
    }
    const res = await revoke(emulator, token, { 'X-Auth-Token': token });
    expect(res.status).toBe(204);
    expect(res.body).toBeNull();
    expect(emulator.store.state.tokens[token]).toBeUndefined();
    for (const [, path] of serviceReads(DEMO.tenantId)) {
      const refused = await rawRequest(emulator, 'GET', path, undefined, { 'X-Auth-Token': token });
      expect(refused.status, path).toBe(401);
      expect(refused.body).toEqual(KEYSTONE_401);
      // Another token of the same user is untouched.
      const other = await rawRequest(emulator, 'GET', path, undefined, { 'X-Auth-Token': kept });
      expect(other.status, path).toBe(200);
    }
    // Revoking it again: it is unknown now.
    const again = await revoke(emulator, token, { 'X-Auth-Token': token });
    expect(again.status).toBe(401);
    expect(again.body).toEqual(KEYSTONE_401);
  });

  it.each([
    ['no X-Auth-Token', () => ({})],
    ['an unknown X-Auth-Token', () => ({ 'X-Auth-Token': 'ffffffffffffffffffffffffffffffff' })],
    ['another valid token', (other: string) => ({ 'X-Auth-Token': other })],
  ])('refuses %s with 401 (Keystone body) and revokes nothing', async (_, headers) => {
    const emulator = createEmulator();
    const token = await signIn(emulator);
    const other = await signIn(emulator, OTHER);
    const res = await revoke(emulator, token, headers(other));
    expect(res.status).toBe(401);
    expect(res.body).toEqual(KEYSTONE_401);
    const still = await rawRequest(emulator, 'GET', '/image/kr1/v2/images', undefined, {
      'X-Auth-Token': token,
    });
    expect(still.status).toBe(200);
  });

  it('refuses an expired token with 401', async () => {
    const emulator = createEmulator();
    const token = await signIn(emulator);
    expect((await rawRequest(emulator, 'POST', '/_emulator/tokens/expire')).status).toBe(200);
    const res = await revoke(emulator, token, { 'X-Auth-Token': token });
    expect(res.status).toBe(401);
    expect(res.body).toEqual(KEYSTONE_401);
  });

  it('does not take an inherited property for a token', async () => {
    const emulator = createEmulator();
    const res = await revoke(emulator, '__proto__', { 'X-Auth-Token': '__proto__' });
    expect(res.status).toBe(401);
  });
});

describe('Identity version documents', () => {
  it.each(['/identity', '/identity/'])('GET %s lists v2.0', async (path) => {
    const emulator = createEmulator();
    const res = await rawRequest(emulator, 'GET', path);
    expect([200, 300]).toContain(res.status);
    const values = res.body.versions.values as { id: string; links: { href: string }[] }[];
    expect(values.map((v) => v.id)).toEqual(['v2.0']);
    expect(values[0]?.links[0]?.href).toBe(`${ORIGIN}/identity/v2.0/`);
  });

  it.each(['/identity/v2.0', '/identity/v2.0/'])('GET %s describes v2.0', async (path) => {
    const emulator = createEmulator();
    const res = await rawRequest(emulator, 'GET', path);
    expect(res.status).toBe(200);
    expect(res.body.version).toMatchObject({ id: 'v2.0', status: 'stable' });
  });
});

describe('token checks on every service', () => {
  const services = serviceReads(DEMO.tenantId);

  it.each(services)('%s: a request without a token is 401 (Keystone body)', async (_, path) => {
    const emulator = createEmulator();
    const res = await rawRequest(emulator, 'GET', path);
    expect(res.status).toBe(401);
    expect(res.body).toEqual(KEYSTONE_401);
  });

  it.each(services)('%s: an unknown token is 401 (Keystone body)', async (_, path) => {
    const emulator = createEmulator();
    await signIn(emulator);
    const res = await rawRequest(emulator, 'GET', path, undefined, {
      'X-Auth-Token': 'ffffffffffffffffffffffffffffffff',
    });
    expect(res.status).toBe(401);
    expect(res.body).toEqual(KEYSTONE_401);
  });

  it.each(services)('%s: a token expired through the control API is 401', async (_, path) => {
    const client = await testClient();
    expect((await client.request('GET', path)).status).toBe(200);
    const expired = await rawRequest(client.emulator, 'POST', '/_emulator/tokens/expire');
    expect(expired.status).toBe(200);
    expect(expired.body.expired).toBeGreaterThanOrEqual(1);
    const res = await client.request('GET', path);
    expect(res.status).toBe(401);
    expect(res.body).toEqual(KEYSTONE_401);
    // A new sign-in works again.
    const fresh = await signIn(client.emulator);
    const again = await rawRequest(client.emulator, 'GET', path, undefined, {
      'X-Auth-Token': fresh,
    });
    expect(again.status).toBe(200);
  });

  it.each(services)(
    '%s: a token is refused once its lifetime has passed on the clock',
    async (_, path) => {
      const client = await testClient({ config: { tokenTtlSeconds: 60 } });
      const advance = (advanceMs: number) =>
        rawRequest(client.emulator, 'POST', '/_emulator/clock', { advanceMs });
      expect((await advance(55_000)).status).toBe(200);
      expect((await client.request('GET', path)).status).toBe(200);
      expect((await advance(6_000)).status).toBe(200);
      const res = await client.request('GET', path);
      expect(res.status).toBe(401);
      expect(res.body).toEqual(KEYSTONE_401);
    },
  );

  it.each(serviceReads(OTHER.tenantId).filter(([, path]) => path.includes(OTHER.tenantId)))(
    "%s: a token on another tenant's path is refused and shows nothing of it",
    async (_, path) => {
      const client = await testClient();
      const res = await client.request('GET', path);
      expect([401, 403]).toContain(res.status);
      expect(res.body.servers ?? res.body.volumes).toBeUndefined();
    },
  );

  it("a write on another tenant's path is refused and changes nothing", async () => {
    const demo = await testClient();
    const other = await testClient({ emulator: demo.emulator, user: OTHER });
    const volumes = (await other.blockStorage('GET', '/volumes/detail')).body.volumes as any[];
    const free = volumes.find((v) => v.status === 'available');
    expect(free).toBeDefined();
    const path = `/block-storage/kr1/v2/${OTHER.tenantId}/volumes/${free.id}`;
    const del = await demo.request('DELETE', path);
    expect([401, 403]).toContain(del.status);
    const rename = await demo.request('PUT', path, { volume: { name: 'stolen' } });
    expect([401, 403]).toContain(rename.status);
    const create = await demo.request('POST', `/block-storage/kr1/v2/${OTHER.tenantId}/volumes`, {
      volume: { size: 10, name: 'planted' },
    });
    expect([401, 403]).toContain(create.status);
    const after = (await other.blockStorage('GET', '/volumes/detail')).body.volumes as any[];
    expect(after).toEqual(volumes);
  });

  it('a tenant cannot reach a region its catalog does not list', async () => {
    const other = await testClient({ user: OTHER });
    for (const path of [
      `/compute/jp1/v2/${OTHER.tenantId}/servers`,
      '/image/jp1/v2/images',
      '/network/jp1/v2.0/vpcs',
      `/block-storage/jp1/v2/${OTHER.tenantId}/volumes`,
    ]) {
      const res = await other.request('GET', path);
      expect(res.status, path).toBe(403);
    }
  });
});

describe('isolation between tenants', () => {
  async function twoTenants() {
    const demo = await testClient();
    const other = await testClient({ emulator: demo.emulator, user: OTHER });
    return { demo, other };
  }

  const ids = (list: { id: string }[]) => list.map((item) => item.id);

  it("the other tenant neither lists nor opens the demo tenant's volumes", async () => {
    const { demo, other } = await twoTenants();
    const mine = ids((await demo.blockStorage('GET', '/volumes')).body.volumes);
    expect(mine.length).toBeGreaterThan(0);
    const theirs = ids((await other.blockStorage('GET', '/volumes/detail')).body.volumes);
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.filter((id) => mine.includes(id))).toEqual([]);
    for (const id of mine) {
      expect((await other.blockStorage('GET', `/volumes/${id}`)).status).toBe(404);
    }
  });

  it.each([
    ['VPCs', 'vpcs'],
    ['VPC subnets', 'vpcsubnets'],
    ['networks', 'networks'],
    ['subnets', 'subnets'],
    ['security groups', 'security-groups'],
    ['ports', 'ports'],
  ])("the other tenant neither lists nor opens the demo tenant's %s", async (_, resource) => {
    const { demo, other } = await twoTenants();
    const key = resource === 'security-groups' ? 'security_groups' : resource;
    // The shared external network is everyone's: it is listed to both tenants.
    const own = (
      list: { id: string; 'router:external'?: boolean; network_id?: string; vpc_id?: string }[],
    ) =>
      list.filter(
        (item) =>
          item['router:external'] !== true &&
          !(item.network_id ?? item.vpc_id ?? '').startsWith(sharedPrefix),
      );
    const sharedPrefix = (await demo.network('GET', '/vpcs')).body.vpcs.find(
      (v: { 'router:external': boolean }) => v['router:external'],
    ).id;
    const mine = ids(own((await demo.network('GET', `/${resource}`)).body[key]));
    expect(mine.length).toBeGreaterThan(0);
    const theirs = ids(own((await other.network('GET', `/${resource}`)).body[key]));
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.filter((id) => mine.includes(id))).toEqual([]);
    for (const id of mine) {
      const res = await other.network('GET', `/${resource}/${id}`);
      expect(res.status).toBe(404);
      expect(res.body.NeutronError).toBeDefined();
    }
  });

  it("the other tenant's port filter finds nothing on the demo tenant's servers", async () => {
    const { demo, other } = await twoTenants();
    const servers = (await demo.compute('GET', '/servers')).body.servers as { id: string }[];
    for (const server of servers) {
      expect((await demo.network('GET', `/ports?device_id=${server.id}`)).body.ports).toHaveLength(
        1,
      );
      expect((await other.network('GET', `/ports?device_id=${server.id}`)).body.ports).toEqual([]);
    }
  });

  it("the other tenant does not see the demo tenant's floating IPs", async () => {
    const { demo, other } = await twoTenants();
    const mine = (await demo.network('GET', '/floatingips')).body.floatingips as any[];
    expect(mine.length).toBeGreaterThan(0);
    const theirs = (await other.network('GET', '/floatingips')).body.floatingips as any[];
    expect(theirs.length).toBeGreaterThan(0);
    expect(ids(theirs).filter((id) => ids(mine).includes(id))).toEqual([]);
    const addresses = mine.map((f) => f.floating_ip_address);
    expect(theirs.filter((f) => addresses.includes(f.floating_ip_address))).toEqual([]);
    for (const fip of mine) {
      const res = await other.network('GET', `/floatingips?id=${fip.id}`);
      expect(res.body.floatingips).toEqual([]);
    }
  });

  it("the other tenant neither lists nor opens the demo tenant's servers", async () => {
    const { demo, other } = await twoTenants();
    const mine = ids((await demo.compute('GET', '/servers')).body.servers);
    const theirs = ids((await other.compute('GET', '/servers')).body.servers);
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.filter((id) => mine.includes(id))).toEqual([]);
    for (const id of mine) {
      expect((await other.compute('GET', `/servers/${id}`)).status).toBe(404);
    }
  });

  it("the other tenant neither lists nor opens the demo tenant's private images", async () => {
    const { demo, other } = await twoTenants();
    const sandbox = ((await demo.compute('GET', '/servers')).body.servers as any[]).find(
      (s) => s.name === 'dev-sandbox',
    );
    const made = await demo.compute('POST', `/servers/${sandbox.id}/action`, {
      createImage: { name: 'demo-private-snapshot' },
    });
    expect(made.status).toBe(202);
    await demo.settle();
    const imageId = made.headers.get('Location')?.split('/').pop() ?? '';
    expect((await demo.image('GET', `/images/${imageId}`)).status).toBe(200);
    const listed = ids((await other.image('GET', '/images?limit=1000')).body.images);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed).not.toContain(imageId);
    const privateOnes = (await other.image('GET', '/images?visibility=private')).body.images;
    expect(privateOnes).toEqual([]);
    const byOwner = (await other.image('GET', `/images?owner=${DEMO.tenantId}`)).body.images;
    expect(byOwner).toEqual([]);
    const shown = await other.image('GET', `/images/${imageId}`);
    expect(shown.status).toBe(404);
  });
});
