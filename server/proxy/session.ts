/**
 * The console's session (issue 12, "the NHN token never reaches page JavaScript"): the
 * backend-for-frontend pattern of IETF "OAuth 2.0 for Browser-Based Applications"
 * (draft-ietf-oauth-browser-based-apps, §6.1 "Backend For Frontend"). The proxy keeps the NHN
 * token; the browser holds only an HttpOnly cookie, which script cannot read, so an XSS cannot
 * carry the token away.
 *
 * Stateless: the token is sealed into the cookie itself with AES-256-GCM (authenticated
 * encryption, so a cookie changed by one bit, or sealed under another key, does not open), and
 * no server keeps a session table. Any process holding the same key opens it.
 *
 * The key — environment variable NHN_CONSOLE_SESSION_SECRET:
 *   - any string of at least 32 characters (e.g. `openssl rand -base64 32`); the 256-bit key is
 *     derived from it with HKDF-SHA-256 (RFC 5869), so its form does not matter, only its
 *     secrecy and length;
 *   - unset (or empty): a random key, made once per process start. Sessions then end when the
 *     server restarts, and several processes behind a load balancer would not open each other's
 *     cookies: give them all the same secret;
 *   - set but shorter than 32 characters: the server refuses to start (sessionKeyFromEnv throws).
 * Changing the secret ends every session (their cookies no longer open: a 401, sign in again).
 */
import {
  createCipheriv,
  createDecipheriv,
  createSecretKey,
  hkdfSync,
  type KeyObject,
  randomBytes,
} from 'node:crypto';
import { SESSION_COOKIE } from '../../src/domain/console-session.ts';

/** The cookie's name, as the browser side knows it. */
export { SESSION_COOKIE };

/** The path the cookie is sent on: only the API, never a page or an asset. */
const SESSION_COOKIE_PATH = '/api';
export const SESSION_SECRET_ENV = 'NHN_CONSOLE_SESSION_SECRET';
export const MIN_SECRET_LENGTH = 32;

/** What a sealed cookie holds. */
export interface ConsoleSession {
  /** NHN's token id: sent upstream as X-Auth-Token, never to the browser. */
  token: string;
  /** When NHN says the token expires (epoch ms): the session ends then too. */
  expiresAt: number;
  tenantId: string;
}

/** The sealing key: a KeyObject, so its bytes never show up in a log or an inspected object. */
export type SessionKey = KeyObject;

/** The key for a secret (at least MIN_SECRET_LENGTH characters). */
export function sessionKey(secret: string): SessionKey {
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(
      `${SESSION_SECRET_ENV} must be at least ${MIN_SECRET_LENGTH} characters long (it has ${secret.length}): ` +
        'set a long random value, e.g. the output of `openssl rand -base64 32`, or unset it for a random key per start.',
    );
  }
  // HKDF rather than a bare hash: a fixed salt and a label tie the key to this one use.
  const bytes = hkdfSync('sha256', secret, 'nhn-console', 'session cookie, AES-256-GCM, v1', 32);
  return createSecretKey(Buffer.from(bytes));
}

export function randomSessionKey(): SessionKey {
  return createSecretKey(randomBytes(32));
}

let processKey: SessionKey | undefined;

/**
 * The key from NHN_CONSOLE_SESSION_SECRET, or the process's random key when it is unset (the same
 * one for every caller in this process). Throws when it is set but too short: call it at start.
 */
export function sessionKeyFromEnv(env: NodeJS.ProcessEnv = process.env): SessionKey {
  const secret = env[SESSION_SECRET_ENV];
  if (secret) return sessionKey(secret);
  processKey ??= randomSessionKey();
  return processKey;
}

/** Format version, first byte of every sealed value (and part of the authenticated data). */
const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Binds a sealed value to this cookie: the same key sealing anything else cannot stand in. */
const aad = (version: number) => Buffer.from(`${SESSION_COOKIE}\0${version}`);

/**
 * Seals a session: base64url of version ‖ 96-bit random IV ‖ ciphertext ‖ 128-bit tag. A fresh
 * random IV per seal is safe far beyond the sign-ins one key will ever see (NIST SP 800-38D
 * §8.3 allows 2^32 random IVs per key).
 */
export function seal(key: SessionKey, session: ConsoleSession): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad(VERSION));
  const plain = Buffer.from(
    JSON.stringify({ t: session.token, e: session.expiresAt, p: session.tenantId }),
  );
  const sealed = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([Buffer.of(VERSION), iv, sealed, cipher.getAuthTag()]).toString('base64url');
}

/**
 * The session a sealed value holds, or null when it does not open: not ours, changed, sealed
 * under another key, of another format, or expired at `now`.
 */
export function unseal(key: SessionKey, sealed: string, now = Date.now()): ConsoleSession | null {
  // Node's base64url decoder skips characters outside the alphabet: refuse them first.
  if (!/^[A-Za-z0-9_-]+$/.test(sealed) || sealed.length > 4096) return null;
  const bytes = Buffer.from(sealed, 'base64url');
  if (bytes.length < 1 + IV_BYTES + TAG_BYTES + 1 || bytes[0] !== VERSION) return null;
  const iv = bytes.subarray(1, 1 + IV_BYTES);
  const tag = bytes.subarray(bytes.length - TAG_BYTES);
  const body = bytes.subarray(1 + IV_BYTES, bytes.length - TAG_BYTES);
  let plain: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad(VERSION));
    decipher.setAuthTag(tag);
    plain = Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    return null;
  }
  let value: unknown;
  try {
    value = JSON.parse(plain.toString('utf8'));
  } catch {
    return null;
  }
  const { t, e, p } = (value ?? {}) as { t?: unknown; e?: unknown; p?: unknown };
  if (typeof t !== 'string' || t === '' || typeof p !== 'string') return null;
  if (typeof e !== 'number' || !Number.isFinite(e) || e <= now) return null;
  return { token: t, expiresAt: e, tenantId: p };
}

/**
 * The Set-Cookie value that hands a sealed session to the browser:
 *   HttpOnly — page script cannot read it (the point of the BFF pattern);
 *   SameSite=Strict — no other site's page makes the browser send it (first defence against
 *     cross-site requests; the X-Requested-With and Origin checks of ./api.ts are the second);
 *   Path=/api — sent with API calls only;
 *   Max-Age — the browser forgets it when NHN's token expires;
 *   Secure — over HTTPS (not on http://127.0.0.1 in development, where the browser would drop it).
 */
export function sessionCookie(sealed: string, maxAgeSeconds: number, secure: boolean): string {
  const maxAge = Math.max(0, Math.floor(maxAgeSeconds));
  return `${SESSION_COOKIE}=${sealed}; HttpOnly; SameSite=Strict; Path=${SESSION_COOKIE_PATH}; Max-Age=${maxAge}${secure ? '; Secure' : ''}`;
}

/** The Set-Cookie value that makes the browser forget the session. */
export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; Max-Age=0; Path=${SESSION_COOKIE_PATH}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

/**
 * The non-empty values of the session cookie in a Cookie header, in the order sent (a browser may
 * send two of the same name, e.g. one set by another path; the most specific path comes first).
 */
export function sessionCookieValues(cookieHeader: string | null | undefined): string[] {
  if (!cookieHeader) return [];
  const values: string[] = [];
  for (const pair of cookieHeader.split(';')) {
    const equals = pair.indexOf('=');
    if (equals < 0) continue;
    if (pair.slice(0, equals).trim() !== SESSION_COOKIE) continue;
    let value = pair.slice(equals + 1).trim();
    // RFC 6265 §4.1.1 allows the value in double quotes.
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"'))
      value = value.slice(1, -1);
    if (value !== '') values.push(value);
  }
  return values;
}
