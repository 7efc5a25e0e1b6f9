/**
 * Identity (Keystone v2.0): password authentication issues a token for a tenant and returns
 * the service catalog, whose URLs point at the emulator itself (neighbour-apis.md); a token
 * can be revoked (Keystone v2.0's DELETE /v2.0/tokens/{tokenId}), as the console's server does
 * when the operator signs out (server/proxy/api.ts, issue 12).
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { CatalogEntry, TokenResponse } from '../../../src/domain/identity-types';
import { USERS, type UserAccount } from '../accounts';
import type { EmulatorConfig } from '../config';
import { type Deps, readBody, requestOrigin } from '../context';
import { EmulatorError, unauthorized } from '../errors';
import { randomHex } from '../ids';
import { REGIONS, type RegionId } from '../state';
import { isoMicros, isoSeconds } from '../time';

const tokenRequest = z.object({
  auth: z.object({
    tenantId: z.string().max(64).optional(),
    tenantName: z.string().max(64).optional(),
    passwordCredentials: z.object({
      username: z.string().min(1).max(255),
      password: z.string().min(1).max(255),
    }),
  }),
});

function catalog(origin: string, user: UserAccount): CatalogEntry[] {
  const per = (type: string, name: string, url: (region: RegionId) => string): CatalogEntry => ({
    type,
    name,
    endpoints: user.regions.map((region) => ({
      region: REGIONS[region].catalog,
      publicURL: url(region),
      internalURL: url(region),
      adminURL: url(region),
      id: randomHexFor(type, region),
    })),
    endpoints_links: [],
  });
  return [
    per('compute', 'nova', (r) => `${origin}/compute/${r}/v2/${user.tenantId}`),
    per('image', 'glance', (r) => `${origin}/image/${r}`),
    per('network', 'neutron', (r) => `${origin}/network/${r}`),
    per('volumev2', 'cinderv2', (r) => `${origin}/block-storage/${r}/v2/${user.tenantId}`),
    per('identity', 'keystone', () => `${origin}/identity/v2.0`),
  ];
}

/** NHN's project group id: 16 characters, stable per tenant. */
function stableHexFor(kind: string, id: string): string {
  return Buffer.from(`${kind}:${id}`).toString('base64url').slice(0, 16);
}

function randomHexFor(type: string, region: string): string {
  return Buffer.from(`${type}:${region}`).toString('hex').padEnd(32, '0').slice(0, 32);
}

function versionV2(origin: string) {
  return {
    id: 'v2.0',
    status: 'stable',
    updated: '2014-04-17T00:00:00Z',
    'media-types': [
      { base: 'application/json', type: 'application/vnd.openstack.identity-v2.0+json' },
    ],
    links: [{ href: `${origin}/identity/v2.0/`, rel: 'self' }],
  };
}

/** Keystone's version list (300 Multiple Choices), at /identity and at /identity/. */
export const identityVersions = (config: EmulatorConfig) => (c: Context) =>
  c.json({ versions: { values: [versionV2(requestOrigin(c, config))] } }, 300);

export function identityService({ store, config }: Deps) {
  const app = new Hono();

  app.get('/', identityVersions(config));
  app.get('/v2.0', (c) => c.json({ version: versionV2(requestOrigin(c, config)) }));
  app.get('/v2.0/', (c) => c.json({ version: versionV2(requestOrigin(c, config)) }));

  app.post('/v2.0/tokens', async (c) => {
    const { auth } = await readBody(c, tokenRequest);
    const user = USERS.find(
      (u) =>
        u.username === auth.passwordCredentials.username &&
        u.password === auth.passwordCredentials.password &&
        (auth.tenantId === undefined || u.tenantId === auth.tenantId) &&
        (auth.tenantName === undefined || u.tenantName === auth.tenantName),
    );
    if (!user) throw new EmulatorError(401, 'The request you have made requires authentication.');
    const now = store.now();
    const id = randomHex(16);
    const expiresAt = now + config.tokenTtlSeconds * 1000;
    store.state.tokens[id] = {
      id,
      tenantId: user.tenantId,
      userId: user.userId,
      issuedAt: now,
      expiresAt,
    };
    // Forget expired tokens so the state does not grow without bound.
    for (const [key, token] of Object.entries(store.state.tokens)) {
      if (token.expiresAt <= now) delete store.state.tokens[key];
    }
    store.touch();
    const body: TokenResponse = {
      access: {
        token: {
          id,
          expires: isoSeconds(expiresAt),
          issued_at: isoMicros(now),
          tenant: {
            id: user.tenantId,
            name: user.tenantName,
            groupId: stableHexFor('group', user.tenantId),
            description: '',
            enabled: true,
            project_domain: 'NORMAL',
          },
          audit_ids: [randomHex(11)],
        },
        // At the emulator's own origin, never an arbitrary Host header's (issue 12, requestOrigin).
        serviceCatalog: catalog(requestOrigin(c, config), user),
        // The real service names the user by an opaque id, not the e-mail signed in with
        // (iaas-token.ko.md's example): a console must not show this as the operator's ID.
        user: {
          id: user.userId,
          name: user.opaqueName,
          username: user.opaqueName,
          roles: [{ name: 'project_admin' }],
          roles_links: [],
        },
        metadata: { is_admin: 0, roles: [] },
      },
    };
    return c.json(body);
  });

  // Revocation. Keystone v2.0 lets an admin token revoke any token; the emulator has no admin
  // users, so a token may revoke only itself: X-Auth-Token must be that same valid token, and
  // anything else is refused as a bad token is everywhere else (401). Once revoked the token is
  // unknown to every service, as one never issued.
  app.delete('/v2.0/tokens/:tokenId', (c) => {
    const tokenId = c.req.param('tokenId');
    const token = Object.hasOwn(store.state.tokens, tokenId) ? store.state.tokens[tokenId] : null;
    if (c.req.header('X-Auth-Token') !== tokenId || !token || token.expiresAt <= store.now()) {
      throw unauthorized();
    }
    delete store.state.tokens[tokenId];
    store.touch();
    return c.body(null, 204);
  });

  return app;
}
