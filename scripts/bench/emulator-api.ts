/**
 * What the bench asks the emulator directly (on loopback): a token for the demo tenant, every
 * server's name (the right answer of the sort row), the control API, and one instance to stop.
 */
import { USERS } from '../../server/emulator/accounts';
import {
  CONSOLE_REQUEST_HEADER,
  CONSOLE_REQUEST_VALUE,
  SESSION_COOKIE,
  SESSION_PATH,
} from '../../src/domain/console-session';
import { passwordTokenRequest, type TokenResponse } from '../../src/domain/identity-types';
import { type Session, sessionFromToken } from '../../src/session/session';

const demo = USERS.find((user) => user.username.startsWith('demo'));
if (!demo) throw new Error('the emulator has no demo user');
export const DEMO = demo;
export const REGION = 'kr1';

async function json<T>(response: Response, what: string): Promise<T> {
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** A user's token answer (the demo tenant's by default), from the emulator (`/identity/v2.0/tokens`). */
export async function demoToken(
  emulatorUrl: string,
  user: Pick<typeof DEMO, 'tenantId' | 'username' | 'password'> = DEMO,
): Promise<TokenResponse> {
  const response = await fetch(`${emulatorUrl}/identity/v2.0/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(passwordTokenRequest(user)),
  });
  return json<TokenResponse>(response, 'sign-in');
}

/**
 * The demo tenant signed in to the console, as its sign-in leaves a browser (what
 * e2e/fixtures.ts's signIn puts in place): what the tab keeps, and the HttpOnly cookie in which the
 * console's server sealed the token (issue 12).
 */
export interface SignedIn {
  session: Session;
  cookie: { name: string; value: string };
}

/** Signs the demo tenant in through the console's server (`POST /api/session`). */
export async function demoSession(consoleUrl: string): Promise<SignedIn> {
  const response = await fetch(`${consoleUrl}${SESSION_PATH}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      [CONSOLE_REQUEST_HEADER]: CONSOLE_REQUEST_VALUE,
    },
    body: JSON.stringify({
      tenantId: DEMO.tenantId,
      username: DEMO.username,
      password: DEMO.password,
    }),
  });
  const answer = await json<TokenResponse>(response, 'sign-in at the console');
  const prefix = `${SESSION_COOKIE}=`;
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith(prefix));
  if (!cookie) throw new Error(`sign-in at the console set no ${SESSION_COOKIE} cookie`);
  return {
    session: sessionFromToken(answer, DEMO.username),
    cookie: { name: SESSION_COOKIE, value: cookie.slice(prefix.length).split(';')[0] ?? '' },
  };
}

export const computePath = (region = REGION) => `/compute/${region}/v2/${DEMO.tenantId}`;

interface ServerPage {
  servers: { id: string; name: string; status: string; 'OS-EXT-STS:task_state'?: string | null }[];
  servers_links?: { rel: string; href: string }[];
}

/** Every server of the demo tenant in the region, page after page (limit + marker). */
export async function allServers(
  emulatorUrl: string,
  token: string,
): Promise<ServerPage['servers']> {
  const servers: ServerPage['servers'] = [];
  let marker = '';
  for (;;) {
    const query = `limit=1000${marker ? `&marker=${marker}` : ''}`;
    const response = await fetch(`${emulatorUrl}${computePath()}/servers/detail?${query}`, {
      headers: { 'X-Auth-Token': token },
    });
    const page = await json<ServerPage>(response, 'servers/detail');
    servers.push(...page.servers);
    const next = page.servers_links?.find((link) => link.rel === 'next');
    const last = page.servers.at(-1);
    if (!next || !last) return servers;
    marker = last.id;
  }
}

export async function control(emulatorUrl: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${emulatorUrl}/_emulator${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return json<unknown>(response, `/_emulator${path}`);
}

/** Asks the API to stop one instance (it then stays "powering-off" for the transition time). */
export async function stopServer(emulatorUrl: string, token: string, id: string): Promise<void> {
  const response = await fetch(`${emulatorUrl}${computePath()}/servers/${id}/action`, {
    method: 'POST',
    headers: { 'X-Auth-Token': token, 'Content-Type': 'application/json' },
    body: JSON.stringify({ 'os-stop': null }),
  });
  if (!response.ok) throw new Error(`os-stop: HTTP ${response.status} ${await response.text()}`);
}
