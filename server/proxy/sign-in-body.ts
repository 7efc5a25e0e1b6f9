/**
 * POST /api/session's body and Identity's answer to it (./api.ts): the sign-in's three fields,
 * read up to MAX_SIGN_IN_BYTES, or the 400 or 413 that says what is wrong, before anything goes
 * to NHN Cloud; and the token the answer holds.
 */
import type { PasswordCredentials } from '../../src/domain/identity-types.ts';
import { jsonError } from './proxy-error';

/** Sign-in bodies are three short strings; anything this large is not one. */
const MAX_SIGN_IN_BYTES = 16 * 1024;

/** Reads at most `limit` bytes of the body; null when it is longer. */
async function readLimited(request: Request, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit || !request.body) return declared > limit ? null : '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

type Credentials = PasswordCredentials;

/** The sign-in body, or the 400 that says what is wrong with it. */
export async function readCredentials(request: Request): Promise<Credentials | Response> {
  const text = await readLimited(request, MAX_SIGN_IN_BYTES);
  if (text === null) {
    return jsonError(
      413,
      `The sign-in body is larger than ${MAX_SIGN_IN_BYTES} bytes: nothing was sent to NHN Cloud.`,
      'too-large',
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return jsonError(
      400,
      'The sign-in body must be JSON: {"tenantId": "…", "username": "…", "password": "…"}.',
      'session',
    );
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return jsonError(
      400,
      'The sign-in body must be a JSON object with tenantId, username, password.',
      'session',
    );
  }
  const fields = body as Record<string, unknown>;
  const missing = (['tenantId', 'username', 'password'] as const).filter(
    (name) => typeof fields[name] !== 'string' || fields[name] === '',
  );
  if (missing.length > 0) {
    return jsonError(
      400,
      `The sign-in needs ${missing.join(', ')} (non-empty strings).`,
      'session',
    );
  }
  return fields as unknown as Credentials;
}

/** The token's id, expiry and tenant in a Keystone v2.0 answer, or null when it holds none. */
export function tokenOf(
  answer: unknown,
): { id: string; expires: unknown; tenantId: unknown } | null {
  const token = (answer as { access?: { token?: Record<string, unknown> } } | null)?.access?.token;
  if (typeof token?.id !== 'string' || token.id === '') return null;
  return {
    id: token.id,
    expires: token.expires,
    tenantId: (token.tenant as { id?: unknown } | undefined)?.id,
  };
}
