/**
 * The sealed session cookie (issue 12): AES-256-GCM under a key from NHN_CONSOLE_SESSION_SECRET,
 * the cookie's attributes, and reading it back from a Cookie header.
 */
import { describe, expect, it } from 'vitest';
import {
  type ConsoleSession,
  clearedSessionCookie,
  MIN_SECRET_LENGTH,
  randomSessionKey,
  SESSION_COOKIE,
  seal,
  sessionCookie,
  sessionCookieValues,
  sessionKey,
  sessionKeyFromEnv,
  unseal,
} from './session';

const NOW = Date.parse('2026-03-01T00:00:00Z');
const SESSION: ConsoleSession = {
  token: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
  expiresAt: NOW + 12 * 3600 * 1000,
  tenantId: '6cdebe3eb0094910bc41f1d42ebe4cb7',
};
const SECRET = 'correct horse battery staple, thirty-two+';

describe('sealing a session', () => {
  it('opens what it sealed, under the same key', () => {
    const key = sessionKey(SECRET);
    const sealed = seal(key, SESSION);
    expect(unseal(key, sealed, NOW)).toEqual(SESSION);
    // Another key object from the same secret (another process) opens it too.
    expect(unseal(sessionKey(SECRET), sealed, NOW)).toEqual(SESSION);
  });

  it('hides the token: the sealed value is cookie-safe and contains no part of it', () => {
    const sealed = seal(randomSessionKey(), SESSION);
    expect(sealed).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain(SESSION.token);
    expect(Buffer.from(sealed, 'base64url').toString('latin1')).not.toContain(SESSION.token);
    expect(Buffer.from(sealed, 'base64url').toString('latin1')).not.toContain(SESSION.tenantId);
    expect(sealed.length).toBeLessThan(300);
  });

  it('seals the same session differently each time (a fresh IV)', () => {
    const key = randomSessionKey();
    expect(seal(key, SESSION)).not.toBe(seal(key, SESSION));
  });

  it('refuses a value with any one byte flipped', () => {
    const key = randomSessionKey();
    const bytes = Buffer.from(seal(key, SESSION), 'base64url');
    for (let i = 0; i < bytes.length; i++) {
      const changed = Buffer.from(bytes);
      changed[i] = (changed[i] as number) ^ 0x01;
      expect(unseal(key, changed.toString('base64url'), NOW), `byte ${i}`).toBeNull();
    }
  });

  it('refuses a value sealed under another key', () => {
    const sealed = seal(sessionKey(SECRET), SESSION);
    expect(unseal(sessionKey(`${SECRET}!`), sealed, NOW)).toBeNull();
    expect(unseal(randomSessionKey(), sealed, NOW)).toBeNull();
  });

  it('refuses an expired session, from the moment it expires', () => {
    const key = randomSessionKey();
    const sealed = seal(key, SESSION);
    expect(unseal(key, sealed, SESSION.expiresAt - 1)).toEqual(SESSION);
    expect(unseal(key, sealed, SESSION.expiresAt)).toBeNull();
    expect(unseal(key, sealed, SESSION.expiresAt + 60_000)).toBeNull();
  });

  it('refuses values that are not sealed sessions at all', () => {
    const key = randomSessionKey();
    const sealed = seal(key, SESSION);
    for (const value of [
      '',
      'x',
      SESSION.token,
      sealed.slice(0, -1),
      sealed.slice(0, 20),
      `${sealed}AA`,
      `${sealed.slice(0, 10)}.${sealed.slice(10)}`,
      'A'.repeat(5000),
    ]) {
      expect(unseal(key, value, NOW), value.slice(0, 40)).toBeNull();
    }
  });
});

describe('the key (NHN_CONSOLE_SESSION_SECRET)', () => {
  it('derives the same key from the same secret, in any process', () => {
    const fromEnv = sessionKeyFromEnv({ NHN_CONSOLE_SESSION_SECRET: SECRET });
    expect(unseal(sessionKey(SECRET), seal(fromEnv, SESSION), NOW)).toEqual(SESSION);
  });

  it('refuses a secret shorter than 32 characters, saying so', () => {
    const short = 'x'.repeat(MIN_SECRET_LENGTH - 1);
    expect(() => sessionKeyFromEnv({ NHN_CONSOLE_SESSION_SECRET: short })).toThrow(
      /NHN_CONSOLE_SESSION_SECRET must be at least 32 characters long \(it has 31\)/,
    );
    expect(() => sessionKey('x'.repeat(MIN_SECRET_LENGTH))).not.toThrow();
  });

  it('without a secret, uses one random key for the whole process', () => {
    const first = sessionKeyFromEnv({});
    const second = sessionKeyFromEnv({ NHN_CONSOLE_SESSION_SECRET: '' });
    expect(unseal(second, seal(first, SESSION), NOW)).toEqual(SESSION);
    expect(unseal(sessionKey(SECRET), seal(first, SESSION), NOW)).toBeNull();
  });

  it('never shows its bytes when logged', () => {
    const key = sessionKey(SECRET);
    expect(JSON.stringify(key)).not.toMatch(/[0-9a-f]{16}/);
    expect(String(key)).not.toMatch(/[0-9a-f]{16}/);
  });
});

describe('the cookie', () => {
  it('is HttpOnly, SameSite=Strict, on /api, for the token’s lifetime', () => {
    expect(sessionCookie('SEALED', 3600.9, false)).toBe(
      'nhn-console-session=SEALED; HttpOnly; SameSite=Strict; Path=/api; Max-Age=3600',
    );
  });

  it('is Secure over HTTPS', () => {
    expect(sessionCookie('SEALED', 60, true)).toBe(
      'nhn-console-session=SEALED; HttpOnly; SameSite=Strict; Path=/api; Max-Age=60; Secure',
    );
  });

  it('is cleared with an empty value and Max-Age=0 on the same path', () => {
    expect(clearedSessionCookie(false)).toBe(
      'nhn-console-session=; Max-Age=0; Path=/api; HttpOnly; SameSite=Strict',
    );
    expect(clearedSessionCookie(true)).toBe(
      'nhn-console-session=; Max-Age=0; Path=/api; HttpOnly; SameSite=Strict; Secure',
    );
  });

  it('is read from a Cookie header among others, in the order sent', () => {
    expect(SESSION_COOKIE).toBe('nhn-console-session');
    expect(sessionCookieValues(null)).toEqual([]);
    expect(sessionCookieValues('theme=dark; lang=ko')).toEqual([]);
    expect(sessionCookieValues('theme=dark; nhn-console-session=abc_-1; lang=ko')).toEqual([
      'abc_-1',
    ]);
    expect(sessionCookieValues('nhn-console-session=first;nhn-console-session="second"')).toEqual([
      'first',
      'second',
    ]);
    // An empty value (a cleared cookie some client still sends) counts as none.
    expect(sessionCookieValues('nhn-console-session=; a=b')).toEqual([]);
    // Names are exact.
    expect(sessionCookieValues('xnhn-console-session=abc; nhn-console-session2=def')).toEqual([]);
  });
});
