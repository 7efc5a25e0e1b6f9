/**
 * The proxy's forwarding step (used by ./api.ts, which the production and the dev server both
 * mount): forwards a request to the upstream the table names (dropped headers, 404 for anything
 * outside the table), and compresses text answers for the browser (./compress.ts: fetch() hands
 * the body over decoded).
 */
import { compressAnswer } from './compress';
import { DROPPED_REQUEST_HEADERS, resolveUpstream, type Upstream } from './upstreams';

const HOP_BY_HOP = [
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
  'host',
];
/** fetch() decodes the body, so the upstream's encoding and length no longer apply. */
const STALE_RESPONSE_HEADERS = ['content-encoding', 'content-length', ...HOP_BY_HOP];

const UPSTREAM_TIMEOUT_MS = 60_000;

export function jsonError(status: number, message: string): Response {
  return new Response(JSON.stringify({ error: { code: status, message } }), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

/**
 * `token`, when given, is the session's NHN token (./api.ts): it replaces any X-Auth-Token the
 * request carried. Without it, the request's own X-Auth-Token (a tool's) passes through.
 */
export async function forward(
  table: readonly Upstream[],
  request: Request,
  fetchImpl: typeof fetch = fetch,
  token?: string,
): Promise<Response> {
  const incoming = new URL(request.url);
  const upstream = resolveUpstream(table, incoming.pathname + incoming.search);
  if (!upstream) return jsonError(404, `No upstream for ${incoming.pathname}`);

  const headers = new Headers(request.headers);
  for (const name of [...DROPPED_REQUEST_HEADERS, ...HOP_BY_HOP]) headers.delete(name);
  if (token !== undefined) headers.set('X-Auth-Token', token);
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  let response: Response;
  try {
    response = await fetchImpl(upstream, {
      method: request.method,
      headers,
      body: hasBody ? await request.arrayBuffer() : undefined,
      redirect: 'manual',
      signal: AbortSignal.any([request.signal, AbortSignal.timeout(UPSTREAM_TIMEOUT_MS)]),
    });
  } catch (error) {
    const reason =
      (error as Error).name === 'TimeoutError' ? 'timed out' : (error as Error).message;
    return jsonError(502, `Upstream ${upstream.origin} is unreachable: ${reason}`);
  }
  const responseHeaders = new Headers(response.headers);
  for (const name of STALE_RESPONSE_HEADERS) responseHeaders.delete(name);
  return compressAnswer(
    request,
    new Response(response.body, { status: response.status, headers: responseHeaders }),
  );
}
