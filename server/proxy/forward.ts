/**
 * The proxy's forwarding step (used by ./api.ts, which the production and the dev server both
 * mount): forwards a request to the upstream the table names and compresses text answers for the
 * browser (./compress.ts: fetch() hands the body over decoded). Issue 12 hardened it:
 *
 * - methods: only those NHN Cloud's APIs take from the console (ALLOWED_METHODS), else 405;
 * - headers: only those the APIs need go upstream (FORWARDED_REQUEST_HEADERS), an allow-list;
 * - bodies: streamed upstream, never held whole in memory, and refused past MAX_BODY_BYTES (413);
 * - failures: the proxy's own answers say what happened in the operator's terms, never an
 *   internal address or a socket error (those go to the server's log), and carry
 *   PROXY_ERROR_HEADER so the browser can tell them from NHN Cloud's answers (./proxy-error.ts).
 */

import { compressAnswer } from './compress';
import { deadline } from './deadline';
import { failure, jsonError, logFailure } from './proxy-error';
import { resolveUpstream, type Upstream } from './upstreams';

/**
 * The methods NHN Cloud's APIs take from the console (src/api/: GET, POST, PUT, DELETE; HEAD is
 * GET without the body). No service the console calls uses PATCH, and OPTIONS, TRACE and the rest
 * are never passed on: 405 with Allow (RFC 9110 §15.5.6, "the origin server MUST generate an
 * Allow header field").
 */
const ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'] as const;
const ALLOWED = new Set<string>(ALLOWED_METHODS);
export const ALLOW_HEADER = ALLOWED_METHODS.join(', ');

/** The 405 for a method the API does not take, or null when it does. */
export function methodRefusal(request: Request): Response | null {
  if (ALLOWED.has(request.method)) return null;
  const refusal = jsonError(
    405,
    `The console's API does not pass on ${request.method} requests: it takes ${ALLOWED_METHODS.join(', ')}.`,
    'method',
  );
  refusal.headers.set('Allow', ALLOW_HEADER);
  return refusal;
}

/**
 * The request headers that go upstream; every other one is dropped. The console sends Accept and,
 * with a body, Content-Type (src/api/http.ts); X-Auth-Token is the session's (./api.ts) or a
 * tool's own; Accept-Language lets NHN Cloud answer in the operator's language. Content-Length
 * goes with the body it measures (see bodyFor). The console sends no microversion header
 * (OpenStack-API-Version, X-OpenStack-Nova-API-Version): NHN's v2 APIs are used as they are.
 * Dropped, among the rest: Cookie (the console's own, the session's among them), Authorization
 * and Proxy-Authorization, Origin and Referer, X-Requested-With (checked by ./api.ts), Forwarded,
 * X-Forwarded-*, X-Real-IP (nothing upstream learns the operator's address from the console),
 * hop-by-hop headers (RFC 9110 §7.6.1), and the browser's User-Agent: it describes the operator's
 * browser to a third party, and the HTTP client talking to NHN Cloud is this server, which says so
 * (UPSTREAM_USER_AGENT), as OpenStack's own clients do.
 */
const FORWARDED_REQUEST_HEADERS = [
  'accept',
  'accept-language',
  'content-type',
  'x-auth-token',
] as const;
export const UPSTREAM_USER_AGENT = 'nhn-cloud-console';

/** fetch() decodes the body, so the upstream's encoding and length no longer apply. */
const STALE_RESPONSE_HEADERS = [
  'content-encoding',
  'content-length',
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
  // An upstream's cookies are for its host, not for the console's.
  'set-cookie',
];

/**
 * How long the upstream has to answer (its headers) before the proxy answers 504 itself: less
 * than the browser waits (DEFAULT_TIMEOUT_MS in src/api/http.ts, 30 s), so the operator reads the
 * proxy's account of what happened rather than a bare timeout of their own.
 */
const UPSTREAM_TIMEOUT_MS = 25_000;

/**
 * The most a request body to the API may hold: 1 MiB of JSON. The largest the console sends is a
 * server creation with user data (Nova caps user_data at 65,535 bytes of base64) or an imported
 * public key; a sign-in has its own, smaller limit (./api.ts). RFC 9110 §15.5.14 (413).
 */
export const MAX_BODY_BYTES = 1024 * 1024;

const formatBytes = (bytes: number) => bytes.toLocaleString('en-US');
const limitText = (limit: number) =>
  limit === MAX_BODY_BYTES ? `1 MiB (${formatBytes(limit)} bytes)` : `${formatBytes(limit)} bytes`;

/**
 * The 413. `Connection: close`: the rest of an unread body is not worth reading only to discard it
 * (RFC 9110 §15.5.14: the server "MAY close the connection to prevent the client from continuing
 * the request").
 */
function tooLarge(limit: number, started: boolean): Response {
  const refusal = jsonError(
    413,
    started
      ? `The request's body is over the console's API limit of ${limitText(limit)}: it was stopped before NHN Cloud received it whole, so nothing was sent and nothing changed.`
      : `The request's body is over the console's API limit of ${limitText(limit)}: nothing was sent to NHN Cloud.`,
    'too-large',
  );
  refusal.headers.set('Connection', 'close');
  return refusal;
}

/**
 * The request's body as a stream that errors once more than `limit` bytes have passed (calling
 * `onOver` first), and its first chunk read already: null when the body is empty. The body is read
 * only as fast as the upstream takes it: at most a chunk or two are held here, whatever its size.
 */
async function limitedBody(
  body: ReadableStream<Uint8Array>,
  limit: number,
  onOver: () => void,
): Promise<ReadableStream<Uint8Array> | 'over' | null> {
  const reader = body.getReader();
  const first = await reader.read();
  if (first.done) return null;
  let size = first.value.byteLength;
  if (size > limit) {
    await reader.cancel().catch(() => {});
    return 'over';
  }
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(first.value);
      },
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) {
          controller.close();
          return;
        }
        size += value.byteLength;
        if (size > limit) {
          onOver();
          controller.error(new RangeError('request body over the limit'));
          await reader.cancel().catch(() => {});
          return;
        }
        controller.enqueue(value);
      },
      cancel: (reason) => reader.cancel(reason),
    },
    // Nothing read ahead of what the upstream connection takes.
    { highWaterMark: 0 },
  );
}

/** The request's Content-Length as a number, null when absent or not a plain length. */
function declaredLength(request: Request): number | null {
  const value = request.headers.get('content-length');
  return value !== null && /^\d+$/.test(value.trim()) ? Number(value) : null;
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);

export interface ForwardOptions {
  fetchImpl?: typeof fetch;
  /**
   * The session's NHN token (./api.ts): it replaces any X-Auth-Token the request carried.
   * Without it, the request's own X-Auth-Token (a tool's) passes through.
   */
  token?: string;
  timeoutMs?: number;
  maxBodyBytes?: number;
}

export async function forward(
  table: readonly Upstream[],
  request: Request,
  {
    fetchImpl = fetch,
    token,
    timeoutMs = UPSTREAM_TIMEOUT_MS,
    maxBodyBytes = MAX_BODY_BYTES,
  }: ForwardOptions = {},
): Promise<Response> {
  const refused = methodRefusal(request);
  if (refused) return refused;
  const incoming = new URL(request.url);
  const upstream = resolveUpstream(table, incoming.pathname + incoming.search);
  if (!upstream) return jsonError(404, `No upstream for ${incoming.pathname}`, 'no-upstream');

  // RFC 9110 §7.6.1: the headers the Connection header names are for this hop only.
  const connectionOptions = new Set(
    (request.headers.get('connection') ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean),
  );
  const headers = new Headers({ 'User-Agent': UPSTREAM_USER_AGENT });
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value !== null && !connectionOptions.has(name)) headers.set(name, value);
  }
  if (token !== undefined) headers.set('X-Auth-Token', token);

  const declared = declaredLength(request);
  if (declared !== null && declared > maxBodyBytes) return tooLarge(maxBodyBytes, false);

  const upstreamAbort = new AbortController();
  let over = false;
  let body: ReadableStream<Uint8Array> | null = null;
  if (!SAFE_METHODS.has(request.method) && request.body) {
    const limited = await limitedBody(request.body, maxBodyBytes, () => {
      over = true;
      upstreamAbort.abort(new RangeError('request body over the limit'));
    });
    if (limited === 'over') return tooLarge(maxBodyBytes, false);
    body = limited;
    // The upstream gets the length the browser declared (undici checks the body matches it);
    // without one, the body goes chunked.
    if (body && declared !== null) headers.set('Content-Length', String(declared));
  }

  let response: Response;
  const limit = deadline(timeoutMs);
  try {
    response = await fetchImpl(upstream, {
      method: request.method,
      headers,
      body,
      // Node's fetch streams a ReadableStream body only in half-duplex mode.
      duplex: 'half',
      redirect: 'manual',
      signal: AbortSignal.any([request.signal, upstreamAbort.signal, limit.signal]),
    } as RequestInit);
  } catch (error) {
    if (over) return tooLarge(maxBodyBytes, true);
    // The browser went away: nobody reads this answer, and it is no upstream's fault.
    if (!request.signal.aborted) logFailure(request, upstream, error);
    return failure(request, error, timeoutMs);
  } finally {
    // The limit is on the answer's headers (its body streams to the browser as it comes).
    limit.clear();
  }
  if (over) {
    // The upstream answered before the body was over the limit, and then it was: what it answered
    // is not an answer to this request.
    await response.body?.cancel().catch(() => {});
    return tooLarge(maxBodyBytes, true);
  }
  const responseHeaders = new Headers(response.headers);
  for (const name of STALE_RESPONSE_HEADERS) responseHeaders.delete(name);
  return compressAnswer(
    request,
    new Response(response.body, { status: response.status, headers: responseHeaders }),
  );
}
