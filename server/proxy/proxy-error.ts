/**
 * The proxy's own answers (./forward.ts, ./api.ts): the JSON error shape the console reads,
 * marked with PROXY_ERROR_HEADER, and what a request the upstream did not answer is told.
 */
import { PROXY_ERROR_HEADER, type ProxyErrorKind } from '../../src/domain/console-session.ts';

/**
 * `X-NHN-Console-Proxy-Error`: set on every answer the console's server made itself instead of
 * passing on NHN Cloud's, always with the JSON body `{"error": {"code", "message"}}`. Its value
 * says why:
 *
 *   unreachable  502: NHN Cloud could not be reached, or the connection broke; the message says
 *                whether anything was sent ("nothing was sent") or not known ("the outcome is
 *                unknown", a write whose connection broke after sending)
 *   timeout      504: no answer within the proxy's time limit (a write's outcome is unknown)
 *   too-large    413: the request's body is over the limit (MAX_BODY_BYTES; the sign-in's own is
 *                smaller): NHN Cloud got no complete request
 *   method       405: a method the console's API does not pass on (the answer's Allow says which)
 *   no-upstream  404: a path under /api/ that no upstream serves
 *   session      the console's session (./api.ts): 401 it has ended, 400 a sign-in body that is
 *                not one, 502 a sign-in answer without a usable expiry
 *   cross-site   403: a request from another site, or a write without the console's own header
 */
export { PROXY_ERROR_HEADER, type ProxyErrorKind };

/** The proxy's own answer: the JSON error shape the console reads, marked as the proxy's. */
export function jsonError(status: number, message: string, kind: ProxyErrorKind): Response {
  return new Response(JSON.stringify({ error: { code: status, message } }), {
    status,
    headers: {
      'Content-Type': 'application/json',
      'Cache-Control': 'no-store',
      [PROXY_ERROR_HEADER]: kind,
    },
  });
}

/**
 * Errors that mean the connection to the upstream was never made (refused, no such host, no
 * route, the TLS handshake failed): the request did not leave this server. Any other failure
 * happened on a connection the request may have been sent on.
 */
const BEFORE_SENDING =
  /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|EADDRNOTAVAIL|ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT|ERR_TLS_.*|.*CERT.*|.*SSL.*)$/;

function causeCode(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; errors?: { code?: unknown }[] } }).cause;
  const code = cause?.code ?? cause?.errors?.[0]?.code;
  return typeof code === 'string' ? code : '';
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/** The 502 or 504 for a request the upstream did not answer, in the operator's terms. */
export function failure(request: Request, error: unknown, timeoutMs: number): Response {
  const write = !SAFE_METHODS.has(request.method);
  if ((error as Error).name === 'TimeoutError') {
    return jsonError(
      504,
      `NHN Cloud did not answer the console's server within ${Math.round(timeoutMs / 1000)} s (timed out): ${
        write
          ? 'the outcome is unknown. Check whether the change happened before trying again.'
          : 'a read changes nothing; try again.'
      }`,
      'timeout',
    );
  }
  if (BEFORE_SENDING.test(causeCode(error))) {
    return jsonError(
      502,
      "The console's server could not reach NHN Cloud: nothing was sent. Try again in a moment.",
      'unreachable',
    );
  }
  return jsonError(
    502,
    `The console's server lost its connection to NHN Cloud before an answer came: ${
      write
        ? 'the outcome is unknown. Check whether the change happened before trying again.'
        : 'a read changes nothing; try again.'
    }`,
    'unreachable',
  );
}

/** For the server's log only: where it went and what the socket said. */
export function logFailure(request: Request, upstream: URL, error: unknown) {
  const detail = causeCode(error) || (error as Error).message;
  console.error(
    `proxy: ${request.method} ${upstream.origin}${upstream.pathname} failed: ${(error as Error).name}: ${detail}`,
  );
}
