/**
 * NHN_BACKEND=nhn end to end, without the internet: the console's own API layer and session code
 * ask through the proxy's handler (./api.ts, as the production and dev servers mount it), which
 * picks NHN Cloud's real hosts and keeps the token in the session cookie (issue 12); a local
 * stand-in answers for those hosts with the bodies NHN's current guides print
 * (nhn-guide-examples.ts). What the console makes of them is what it would make of the real
 * service.
 *
 * This test reads browser code from src/ on purpose (DESIGN.md keeps server/ from importing it at
 * run time): the point is the console's own parsing of what the proxy passes through.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// biome-ignore lint/style/noRestrictedImports: the test proves the console's own parsing (see above)
import { ApiError } from '../../src/api/api-error.ts';
// biome-ignore lint/style/noRestrictedImports: the test proves the console's own parsing (see above)
import { configureApi } from '../../src/api/client.ts';
// biome-ignore lint/style/noRestrictedImports: the test proves the console's own parsing (see above)
import { listFlavors, listFlavorsDetail, listServersDetail } from '../../src/api/compute.ts';
// biome-ignore lint/style/noRestrictedImports: the test proves the console's own parsing (see above)
import { closeSession, openSession } from '../../src/api/identity.ts';
// biome-ignore lint/style/noRestrictedImports: the test proves the console's own parsing (see above)
import { listVpcSubnets, listVpcs } from '../../src/api/network.ts';
import type { Server } from '../../src/domain/compute-types.ts';
import { isExternalNetwork } from '../../src/domain/network.ts';
import { checkAction } from '../../src/domain/server-actions.ts';
// biome-ignore lint/style/noRestrictedImports: the test proves the console's own parsing (see above)
import { actionSubject } from '../../src/features/instances/server-facts.ts';
// biome-ignore lint/style/noRestrictedImports: the test proves the console's own parsing (see above)
import { landingPath } from '../../src/session/landing-region.ts';
// biome-ignore lint/style/noRestrictedImports: the test proves the console's own parsing (see above)
import { type Session, sessionFromToken } from '../../src/session/session.ts';
import { createApiHandler } from './api';
import {
  GATEWAY_REFUSAL,
  SERVERS_DETAIL,
  SIGN_IN_ID,
  TOKEN_RESPONSE,
  VPC_SUBNETS,
  VPCS,
} from './nhn-guide-examples';
import { randomSessionKey } from './session';
import { type Received, type StandIn, type StandInAnswer, startStandIn } from './stand-in';
import { backendFromEnv, upstreamTable } from './upstreams';

const TENANT = TOKEN_RESPONSE.access.token.tenant.id;
const IDENTITY = 'api-identity-infrastructure.nhncloudservice.com';
const KR1_COMPUTE = 'kr1-api-instance-infrastructure.nhncloudservice.com';
const KR1_NETWORK = 'kr1-api-network-infrastructure.nhncloudservice.com';

/**
 * The guide's token answer, its expiry (2020) moved to tomorrow: the proxy keeps a session only
 * until its token expires, and refuses one that has already.
 */
const CURRENT_TOKEN_RESPONSE = {
  ...TOKEN_RESPONSE,
  access: {
    ...TOKEN_RESPONSE.access,
    token: {
      ...TOKEN_RESPONSE.access.token,
      expires: new Date(Date.now() + 24 * 3600 * 1000).toISOString().replace(/\.\d+Z$/, 'Z'),
    },
  },
};

/** NHN Cloud, as far as this test goes: host and path → the guide's example body. */
const EXAMPLES: Record<string, StandInAnswer> = {
  [`POST ${IDENTITY}/v2.0/tokens`]: { status: 200, body: CURRENT_TOKEN_RESPONSE },
  [`GET ${KR1_COMPUTE}/v2/${TENANT}/servers/detail`]: { status: 200, body: SERVERS_DETAIL },
  [`GET ${KR1_NETWORK}/v2.0/vpcs`]: { status: 200, body: VPCS },
  [`GET ${KR1_NETWORK}/v2.0/vpcsubnets`]: { status: 200, body: VPC_SUBNETS },
  // A gateway refusal with HTTP 200, and one with 429 and Retry-After.
  [`GET ${KR1_COMPUTE}/v2/${TENANT}/flavors`]: { status: 200, body: GATEWAY_REFUSAL },
  [`GET ${KR1_COMPUTE}/v2/${TENANT}/flavors/detail`]: {
    status: 429,
    headers: { 'Retry-After': '30' },
    body: {
      header: { isSuccessful: false, resultCode: 429, resultMessage: 'Too many requests.' },
    },
  },
};

let standIn: StandIn;
/** The NHN Cloud URLs the proxy asked for, in order. */
const asked: string[] = [];
/** The session cookie the browser holds (`name=value`), as the proxy set it. */
let cookie: string | null = null;

beforeAll(async () => {
  // The stand-in is reached as http://stand-in/{host}{path}: it answers by host and path.
  standIn = await startStandIn((request: Received) => {
    const path = request.url.split('?')[0] ?? '';
    return EXAMPLES[`${request.method} ${path.slice(1)}`];
  });
  const table = upstreamTable(backendFromEnv({ NHN_BACKEND: 'nhn' }), 'http://127.0.0.1:9');
  // Stands in for the internet: notes the NHN Cloud URL and asks the stand-in instead.
  const internet: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    asked.push(`${url.origin}${url.pathname}`);
    return fetch(`${standIn.url}/${url.host}${url.pathname}${url.search}`, init);
  };
  const api = createApiHandler({ table, key: randomSessionKey(), fetchImpl: internet });
  configureApi({
    // The browser's same-origin request, handed to the proxy; the browser's cookie jar.
    fetchImpl: async (input, init) => {
      const headers = new Headers(init?.headers);
      if (cookie) headers.set('Cookie', cookie);
      const response = await api(
        new Request(new URL(String(input), 'http://console.test'), { ...init, headers }),
      );
      const set = response.headers.get('set-cookie');
      if (set) {
        const pair = set.split(';')[0] ?? '';
        cookie = pair.endsWith('=') ? null : pair;
      }
      return response;
    },
  });
});
afterAll(() => standIn.close());

describe('NHN_BACKEND=nhn: the console reads the current guides’ example bodies through the proxy', () => {
  let session: Session;

  it('signs in: the token’s opaque user name is not the user, KR2-first catalog lands on kr1', async () => {
    const response = await openSession({ tenantId: TENANT, username: SIGN_IN_ID, password: 'pw' });
    expect(asked.at(-1)).toBe(`https://${IDENTITY}/v2.0/tokens`);
    // The page gets everything but the token, which stays in the HttpOnly cookie, sealed.
    expect(response.access.token.id).toBe('');
    expect(cookie).toMatch(/^nhn-console-session=/);
    expect(cookie).not.toContain(TOKEN_RESPONSE.access.token.id);
    session = sessionFromToken(response, SIGN_IN_ID);
    expect(response.access.user.name).toBe('37be6ac0-d660-11e7-ae46-005056ac1497');
    expect(session.signInId).toBe('user@example.com');
    expect(JSON.stringify(session)).not.toContain('37be6ac0');
    expect(session.tenantId).toBe(TENANT);
    expect(session.regions).toEqual(['kr1', 'kr2']);
    // A first visit (nothing remembered) opens kr1 although the catalog lists KR2 first.
    const nothingRemembered = { getItem: () => null, setItem: () => undefined };
    expect(landingPath(session, nothingRemembered)).toBe('/kr1/instances');
  });

  it('lists servers with deletion protection and the ephemeral disk size', async () => {
    const scope = { region: session.regions[0] as string, tenantId: session.tenantId };
    const page = await listServersDetail(scope, { limit: 100 });
    expect(asked.at(-1)).toBe(`https://${KR1_COMPUTE}/v2/${TENANT}/servers/detail`);
    expect(standIn.received.at(-1)?.headers['x-auth-token']).toBe(TOKEN_RESPONSE.access.token.id);
    const [server] = page.servers;
    if (!server) throw new Error('the guide lists one server');
    expect(server.name).toBe('Web-Server');
    expect(server['NHN-EXT-ATTR:protect']).toBe(false);
    expect(server['NHN-EXT-ATTR:ephemeral_disk_size']).toBe(0);
    // The console judges actions by the flag: this unprotected ACTIVE server may be deleted…
    expect(checkAction('delete', actionSubject(server))).toEqual({ allowed: true });
    // …the same body with protection on may not.
    const guarded: Server = { ...server, 'NHN-EXT-ATTR:protect': true };
    expect(checkAction('delete', actionSubject(guarded))).toEqual({
      allowed: false,
      reason: 'protected',
    });
  });

  it('recognises the shared external network in the VPC and subnet lists', async () => {
    const scope = { region: 'kr1', tenantId: session.tenantId };
    const vpcs = await listVpcs(scope);
    expect(asked.at(-1)).toBe(`https://${KR1_NETWORK}/v2.0/vpcs`);
    expect(vpcs.map((vpc) => [vpc.name, isExternalNetwork(vpc)])).toEqual([
      ['public_network', true],
    ]);
    const subnets = await listVpcSubnets(scope);
    expect(subnets.map((subnet) => [subnet.name, isExternalNetwork(subnet)])).toEqual([
      ['vpc-subnet-2', false],
      ['public_snat_gateway', true],
    ]);
  });

  it('turns a gateway refusal into an ApiError, with HTTP 200 or with 429 and Retry-After', async () => {
    const scope = { region: 'kr1', tenantId: session.tenantId };
    const refusal = await listFlavors(scope).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ApiError);
    expect(refusal).toMatchObject({
      status: 200,
      resultCode: -1,
      code: 'resultCode -1',
      message: 'Unauthorized access.',
      request: 'GET /flavors',
    });
    const limited = await listFlavorsDetail(scope).catch((error: unknown) => error);
    expect(limited).toMatchObject({ status: 429, resultCode: 429, retryAfterMs: 30_000 });
    expect((limited as ApiError).isRateLimited).toBe(true);
  });

  it('signs out: the proxy revokes the token at NHN Cloud’s identity host and clears the cookie', async () => {
    await closeSession();
    expect(asked.at(-1)).toBe(`https://${IDENTITY}/v2.0/tokens/${TOKEN_RESPONSE.access.token.id}`);
    expect(standIn.received.at(-1)?.method).toBe('DELETE');
    expect(standIn.received.at(-1)?.headers['x-auth-token']).toBe(TOKEN_RESPONSE.access.token.id);
    expect(cookie).toBeNull();
  });
});
