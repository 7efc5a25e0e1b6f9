/**
 * The console's API handler: everything under /api/, for the production server (server/serve.ts)
 * and the Vite dev and preview servers (./vite-proxy.ts) alike, so the table, the header rules,
 * the session and the cross-site checks are written and tested once.
 *
 *   POST   /api/session  signs in: asks Identity for a token, keeps it in the sealed HttpOnly
 *                        cookie (./session.ts) and answers Identity's answer with the token id
 *                        emptied: page script never holds the token (issue 12; IETF "OAuth 2.0
 *                        for Browser-Based Applications", §6.1 "Backend For Frontend");
 *   DELETE /api/session  signs out: revokes the token upstream (best effort), clears the cookie;
 *   anything else        forwarded through the upstream table (./forward.ts), with the session's
 *                        token as X-Auth-Token when the request carries the cookie.
 *
 * Before any of these, a request whose Origin is another site's is refused (403), whatever its
 * method: no other site may use the console's API, with the session or without it. The proxy's
 * own answers carry X-NHN-Console-Proxy-Error (./forward.ts, PROXY_ERROR_HEADER).
 */

import {
  CONSOLE_REQUEST_HEADER,
  CONSOLE_REQUEST_VALUE,
  SESSION_PATH,
} from '../../src/domain/console-session.ts';
import { passwordTokenRequest } from '../../src/domain/identity-types.ts';
import { compressAnswer } from './compress';
import { deadline } from './deadline';
import { forward, methodRefusal } from './forward';
import { jsonError } from './proxy-error';
import {
  clearedSessionCookie,
  type SessionKey,
  seal,
  sessionCookie,
  sessionCookieValues,
  unseal,
} from './session';
import { readCredentials, tokenOf } from './sign-in-body';
import { resolveUpstream, type Upstream } from './upstreams';

// The session's path and the console's own header (the custom-header defence of OWASP's CSRF
// Prevention Cheat Sheet, on top of SameSite=Strict): one definition for browser and server.
export {
  CONSOLE_REQUEST_HEADER,
  CONSOLE_REQUEST_VALUE,
  SESSION_PATH,
} from '../../src/domain/console-session.ts';
export const SESSION_ENDED_MESSAGE = "The console's session has ended: sign in again.";

export type ApiHandler = (request: Request) => Promise<Response>;

export interface ApiOptions {
  table: readonly Upstream[];
  /** The sealing key (./session.ts): one per server, for its whole life. */
  key: SessionKey;
  fetchImpl?: typeof fetch;
  now?: () => number;
  /** How long an upstream has to answer (./forward.ts, UPSTREAM_TIMEOUT_MS by default). */
  timeoutMs?: number;
  /** The largest request body forwarded (./forward.ts, MAX_BODY_BYTES by default). */
  maxBodyBytes?: number;
}

const IDENTITY_TIMEOUT_MS = 30_000;
/** Sign-out waits this long at most for the revocation, which is only a courtesy. */
const REVOKE_TIMEOUT_MS = 5_000;

/** fetch() decoded the body, so the upstream's encoding and length no longer apply. */
const STALE_IDENTITY_HEADERS = [
  'content-encoding',
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  // Identity's own cookies are for its host, not for the console's.
  'set-cookie',
];

const SAFE_METHODS = new Set(['GET', 'HEAD']);

const isHttps = (request: Request) => new URL(request.url).protocol === 'https:';

/**
 * The 403 for a request whose Origin is not this host, or null. Browsers send Origin on every
 * cross-origin request and on same-origin ones other than GET/HEAD, so a same-origin read carries
 * none and a tool sends none. The host alone is compared: behind a TLS-terminating proxy the
 * request reaches this server as http: while the page's origin is https:.
 */
function foreignOriginRefusal(request: Request): Response | null {
  const origin = request.headers.get('origin');
  if (origin === null) return null;
  let host: string | null = null;
  try {
    host = new URL(origin).host;
  } catch {
    // "null" (a sandboxed or file page) and anything else that is not a URL: another site.
  }
  if (host !== null && host === new URL(request.url).host) return null;
  return jsonError(403, "A request from another site cannot use the console's API.", 'cross-site');
}

/**
 * Why a state-changing request that would act with the session is refused, or null when it may
 * go: it must carry the console's header, and an Origin, when sent, must be this host.
 */
function crossSiteRefusal(request: Request): Response | null {
  if (request.headers.get(CONSOLE_REQUEST_HEADER) !== CONSOLE_REQUEST_VALUE) {
    return jsonError(
      403,
      `This request must come from the console's own pages (${CONSOLE_REQUEST_HEADER}: ${CONSOLE_REQUEST_VALUE} is missing).`,
      'cross-site',
    );
  }
  return foreignOriginRefusal(request);
}

export function createApiHandler({
  table,
  key,
  fetchImpl = fetch,
  now = Date.now,
  timeoutMs,
  maxBodyBytes,
}: ApiOptions): ApiHandler {
  const identityTokens = resolveUpstream(table, '/api/identity/v2.0/tokens');
  // A sign-in changes nothing at NHN Cloud, so whether it arrived does not matter to the operator.
  const unreachable = () =>
    jsonError(
      502,
      "The console's server could not reach NHN Cloud's identity service.",
      'unreachable',
    );

  /** The first of the request's session cookies that opens; `present` when there was any. */
  function sessionOf(request: Request) {
    const values = sessionCookieValues(request.headers.get('cookie'));
    const at = now();
    for (const value of values) {
      const session = unseal(key, value, at);
      if (session) return { present: true, session };
    }
    return { present: values.length > 0, session: null };
  }

  async function signIn(request: Request): Promise<Response> {
    const refused = crossSiteRefusal(request);
    if (refused) return refused;
    const credentials = await readCredentials(request);
    if (credentials instanceof Response) return credentials;
    if (!identityTokens) return unreachable();

    let upstream: Response;
    let text: string;
    const identityLimit = deadline(IDENTITY_TIMEOUT_MS);
    try {
      upstream = await fetchImpl(identityTokens, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(passwordTokenRequest(credentials)),
        redirect: 'manual',
        signal: AbortSignal.any([request.signal, identityLimit.signal]),
      });
      text = await upstream.text();
    } catch {
      // Not the upstream's address or the socket error: those are the server's business.
      return unreachable();
    } finally {
      identityLimit.clear();
    }
    const headers = new Headers(upstream.headers);
    for (const name of STALE_IDENTITY_HEADERS) headers.delete(name);
    // An answer about credentials is never kept by a cache.
    headers.set('Cache-Control', 'no-store');

    let answer: unknown = null;
    try {
      answer = JSON.parse(text);
    } catch {
      // Not JSON: passed through as it came.
    }
    const token = upstream.ok ? tokenOf(answer) : null;
    if (!token) {
      // Refused (or NHN's gateway shape, 200 with isSuccessful false): the browser shows NHN's
      // own message, so status and body go through unchanged, and no cookie.
      return compressAnswer(request, new Response(text, { status: upstream.status, headers }));
    }
    const expiresAt = typeof token.expires === 'string' ? Date.parse(token.expires) : Number.NaN;
    const lifetimeMs = expiresAt - now();
    if (!Number.isFinite(expiresAt) || lifetimeMs < 1000) {
      return jsonError(
        502,
        "NHN Cloud's identity service issued a token without a usable expiry time: try again.",
        'session',
      );
    }
    const sealed = seal(key, {
      token: token.id,
      expiresAt,
      tenantId: typeof token.tenantId === 'string' ? token.tenantId : credentials.tenantId,
    });
    // Everything the page needs (catalog, tenant, user, expiry) but the token itself.
    (answer as { access: { token: { id: string } } }).access.token.id = '';
    headers.set('Content-Type', 'application/json');
    headers.append('Set-Cookie', sessionCookie(sealed, lifetimeMs / 1000, isHttps(request)));
    return compressAnswer(request, new Response(JSON.stringify(answer), { status: 200, headers }));
  }

  async function signOut(request: Request): Promise<Response> {
    const refused = crossSiteRefusal(request);
    if (refused) return refused;
    const { session } = sessionOf(request);
    if (session && identityTokens) {
      // Keystone's token revocation (DELETE /v2.0/tokens/{id}); a host that does not support it
      // answers an error, ignored: the cookie is cleared either way, and the token expires.
      const revoke = new URL(
        `${identityTokens.pathname}/${encodeURIComponent(session.token)}`,
        identityTokens,
      );
      try {
        const res = await fetchImpl(revoke, {
          method: 'DELETE',
          headers: { 'X-Auth-Token': session.token },
          redirect: 'manual',
          signal: AbortSignal.timeout(REVOKE_TIMEOUT_MS),
        });
        await res.body?.cancel();
      } catch {
        // Best effort.
      }
    }
    return new Response(null, {
      status: 204,
      headers: {
        'Set-Cookie': clearedSessionCookie(isHttps(request)),
        'Cache-Control': 'no-store',
      },
    });
  }

  const forwarding = { fetchImpl, timeoutMs, maxBodyBytes };

  return async (request) => {
    const foreign = foreignOriginRefusal(request);
    if (foreign) return foreign;
    const { pathname } = new URL(request.url);
    if (pathname === SESSION_PATH) {
      if (request.method === 'POST') return signIn(request);
      if (request.method === 'DELETE') return signOut(request);
      const refusal = jsonError(
        405,
        `${SESSION_PATH} takes POST (sign in) and DELETE (sign out).`,
        'method',
      );
      refusal.headers.set('Allow', 'POST, DELETE');
      return refusal;
    }
    // Before the session's checks: a method the API never takes is 405 for everyone.
    const refusedMethod = methodRefusal(request);
    if (refusedMethod) return refusedMethod;
    const { present, session } = sessionOf(request);
    // Without the cookie the request carries no authority of the console's: forwarded as it is
    // (a tool may send its own X-Auth-Token).
    if (!present) return forward(table, request, forwarding);
    if (!SAFE_METHODS.has(request.method)) {
      const refused = crossSiteRefusal(request);
      if (refused) return refused;
    }
    if (!session) {
      const ended = jsonError(401, SESSION_ENDED_MESSAGE, 'session');
      ended.headers.set('Set-Cookie', clearedSessionCookie(isHttps(request)));
      return ended;
    }
    return forward(table, request, { ...forwarding, token: session.token });
  };
}
