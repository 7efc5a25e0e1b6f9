/**
 * One error type for every API failure: NHN/Nova, Neutron, Glance and Keystone error bodies, NHN's
 * API-gateway refusals, the proxy's own, network failures and timeouts all become an ApiError with
 * a status, a code and the upstream's message, so the UI can show what NHN Cloud said.
 */

export type ApiErrorKind = 'http' | 'network' | 'timeout';

/** What an answer may add to its error beyond status, code and message. */
export interface ApiErrorDetails {
  /** How long the upstream asked us to wait before asking again (its `Retry-After`), in ms. */
  retryAfterMs?: number;
  /**
   * `header.resultCode` of an NHN API-gateway refusal (`{"header": {"isSuccessful": false, …}}`):
   * set only for those, which may arrive with HTTP 200.
   */
  resultCode?: number | string;
  /**
   * Set when the console's own server made the answer (its X-NHN-Console-Proxy-Error: NHN Cloud
   * unreachable or too slow, a body too large, the session ended …), which is then never shown
   * as NHN Cloud's words.
   */
  fromConsole?: string;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly retryAfterMs?: number;
  readonly resultCode?: number | string;
  readonly fromConsole?: string;

  constructor(
    /** HTTP status (200 for a gateway refusal sent with 200), or 0 when no response arrived. */
    readonly status: number,
    /** The upstream's error code: `itemNotFound`, `conflictingRequest`, a Neutron type, … */
    readonly code: string,
    /** The upstream's message, as it said it. */
    message: string,
    readonly kind: ApiErrorKind = 'http',
    /** The request that failed, for display (`POST /servers/…/action`). */
    readonly request?: string,
    details: ApiErrorDetails = {},
  ) {
    super(message);
    if (details.retryAfterMs !== undefined) this.retryAfterMs = details.retryAfterMs;
    if (details.resultCode !== undefined) this.resultCode = details.resultCode;
    if (details.fromConsole !== undefined) this.fromConsole = details.fromConsole;
  }

  get isUnauthorized(): boolean {
    return this.status === 401;
  }

  get isConflict(): boolean {
    return this.status === 409;
  }

  /** The body was NHN's API-gateway refusal (whatever the HTTP status, 200 included). */
  get isGatewayRefusal(): boolean {
    return this.resultCode !== undefined;
  }

  /** Too many requests: HTTP 429, or a gateway refusal whose resultCode says 429. */
  get isRateLimited(): boolean {
    return this.status === 429 || String(this.resultCode) === '429';
  }
}

/**
 * What a failed change did: `refused` — NHN Cloud answered that it would not (a 4xx, or an
 * API-gateway refusal), so nothing changed — or `unknown`: no answer (network, timeout) or a
 * server fault (5xx, the proxy's 502/504), after which the change may or may not have happened
 * (issue 12, "honest outcomes"). An error that is not an ApiError came before any request.
 */
export type WriteOutcome = 'refused' | 'unknown';

export function writeOutcome(error: unknown): WriteOutcome {
  if (!isApiError(error)) return 'refused';
  if (error.kind !== 'http') return 'unknown';
  if (error.isGatewayRefusal) return 'refused';
  return error.status >= 400 && error.status < 500 ? 'refused' : 'unknown';
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

interface ParsedError {
  code: string;
  message: string;
  /** Set when the body was an NHN API-gateway refusal. */
  resultCode?: number | string;
}

const record = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

export interface GatewayHeader {
  isSuccessful: boolean;
  resultCode?: number | string;
  resultMessage?: string;
}

/**
 * The `header` of a body in NHN's API-gateway convention
 * (`{"header": {"isSuccessful", "resultCode", "resultMessage"}}`), or null for any other body.
 * NHN's gateway may answer a refusal with HTTP 200: `isSuccessful: false` is what tells.
 */
export function gatewayHeader(body: unknown): GatewayHeader | null {
  const header = record(record(body)?.header);
  if (!header || typeof header.isSuccessful !== 'boolean') return null;
  const code = header.resultCode;
  return {
    isSuccessful: header.isSuccessful,
    resultCode: typeof code === 'number' || typeof code === 'string' ? code : undefined,
    resultMessage: text(header.resultMessage) ?? undefined,
  };
}

/** Reads any of the error bodies NHN Cloud's services send. */
export function parseErrorBody(status: number, body: unknown, statusText = ''): ParsedError {
  const fallback = {
    code: `HTTP ${status}`,
    message: statusText || `Request failed with status ${status}`,
  };
  const top = record(body);
  if (top) {
    // NHN's API gateway: {"header": {"isSuccessful": false, "resultCode", "resultMessage"}}
    const gateway = gatewayHeader(top);
    if (gateway && !gateway.isSuccessful) {
      const resultCode = gateway.resultCode ?? status;
      return {
        code: `resultCode ${resultCode}`,
        message: gateway.resultMessage ?? fallback.message,
        resultCode,
      };
    }
    // Keystone and the proxy: {"error": {"code", "title", "message"}}
    const keystone = record(top.error);
    if (keystone && text(keystone.message)) {
      return { code: text(keystone.title) ?? fallback.code, message: keystone.message as string };
    }
    // Neutron: {"NeutronError": {"type", "message", "detail"}}
    const neutron = record(top.NeutronError);
    if (neutron && text(neutron.message)) {
      return { code: text(neutron.type) ?? 'NeutronError', message: neutron.message as string };
    }
    // Glance: {"code", "title", "message"}
    if (text(top.message)) {
      return {
        code: text(top.title) ?? text(top.code) ?? fallback.code,
        message: top.message as string,
      };
    }
    // Nova and Cinder: {"conflictingRequest": {"code": 409, "message": "…"}}
    const keys = Object.keys(top);
    if (keys.length === 1) {
      const key = keys[0] as string;
      const inner = record(top[key]);
      if (inner && text(inner.message)) return { code: key, message: inner.message as string };
    }
    return fallback;
  }
  const raw = text(body);
  if (raw) {
    // HTML or plain text: the first meaningful line, without tags.
    const line = raw
      .replace(/<[^>]*>/g, ' ')
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l.length > 0 && !/^\d{3}\s/.test(l));
    if (line) return { code: fallback.code, message: line.slice(0, 500) };
  }
  return fallback;
}

/**
 * `Retry-After` (RFC 9110 §10.2.3): delay-seconds or an HTTP date, as milliseconds from `now`
 * (never negative); undefined when absent or unreadable.
 */
export function parseRetryAfter(
  value: string | null,
  now: number = Date.now(),
): number | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // An HTTP date names a weekday and a month; a bare number with a sign or a point is not one.
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
