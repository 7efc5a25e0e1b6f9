/**
 * One error type for every API failure: NHN/Nova, Neutron, Glance and Keystone error bodies, the
 * proxy's own, network failures and timeouts all become an ApiError with a status, a code and the
 * upstream's message, so the UI can show what NHN Cloud said.
 */

export type ApiErrorKind = 'http' | 'network' | 'timeout';

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    /** HTTP status, or 0 when no response arrived. */
    readonly status: number,
    /** The upstream's error code: `itemNotFound`, `conflictingRequest`, a Neutron type, … */
    readonly code: string,
    /** The upstream's message, as it said it. */
    message: string,
    readonly kind: ApiErrorKind = 'http',
    /** The request that failed, for display (`POST /servers/…/action`). */
    readonly request?: string,
  ) {
    super(message);
  }

  get isUnauthorized(): boolean {
    return this.status === 401;
  }

  get isConflict(): boolean {
    return this.status === 409;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

interface ParsedError {
  code: string;
  message: string;
}

const record = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

/** Reads any of the error bodies NHN Cloud's services send. */
export function parseErrorBody(status: number, body: unknown, statusText = ''): ParsedError {
  const fallback = {
    code: `HTTP ${status}`,
    message: statusText || `Request failed with status ${status}`,
  };
  const top = record(body);
  if (top) {
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
