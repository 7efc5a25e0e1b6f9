/**
 * Sign-in and sign-out. Signing in asks the console's server, which asks Identity (Keystone v2.0,
 * neighbour-apis.md "Identity: issue a token") for a token, keeps it in the HttpOnly session
 * cookie and answers with the token's catalog, tenant, user and expiry — the token id left empty
 * (src/domain/console-session.ts, issue 12).
 */
import { SESSION_PATH } from '../domain/console-session';
import type { PasswordCredentials, TokenResponse } from '../domain/identity-types';
import { EMULATOR_HEADER, emulatorSeen } from './backend';
import { http } from './client';
import { IDENTITY_BASE } from './endpoints';

/** The sign-in form's fields (src/domain/identity-types.ts). */
export type Credentials = PasswordCredentials;

export async function openSession(
  credentials: Credentials,
  signal?: AbortSignal,
): Promise<TokenResponse> {
  const response = await http.request<TokenResponse>(SESSION_PATH, {
    method: 'POST',
    auth: false,
    signal,
    body: credentials,
  });
  return response.data;
}

/** Ends the session at the console's server: it clears the cookie and revokes the token. */
export async function closeSession(): Promise<void> {
  await http.request(SESSION_PATH, { method: 'DELETE', auth: false });
}

/**
 * Whether the proxy leads to the built-in emulator (src/api/backend.ts): what an API answer has
 * already said, else the Identity version document's answer (no token needed).
 */
export async function probeEmulator(): Promise<boolean> {
  const known = emulatorSeen();
  if (known !== undefined) return known;
  try {
    const response = await fetch(IDENTITY_BASE);
    return response.headers.get(EMULATOR_HEADER) === '1';
  } catch {
    return false;
  }
}
