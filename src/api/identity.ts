/** Identity (Keystone v2.0): sign-in (neighbour-apis.md, "Identity: issue a token"). */
import type { TokenResponse } from '../domain/identity-types';
import { http } from './client';
import { IDENTITY_BASE } from './endpoints';

export interface Credentials {
  tenantId: string;
  username: string;
  password: string;
}

export async function issueToken(
  credentials: Credentials,
  signal?: AbortSignal,
): Promise<TokenResponse> {
  const response = await http.request<TokenResponse>(`${IDENTITY_BASE}/tokens`, {
    method: 'POST',
    auth: false,
    signal,
    body: {
      auth: {
        tenantId: credentials.tenantId,
        passwordCredentials: { username: credentials.username, password: credentials.password },
      },
    },
  });
  return response.data;
}

/**
 * Whether the proxy leads to the built-in emulator: it marks every answer with `X-NHN-Emulator`,
 * which NHN Cloud does not send. Asks the Identity version document (no token needed).
 */
export async function probeEmulator(): Promise<boolean> {
  try {
    const response = await fetch(IDENTITY_BASE);
    return response.headers.get('X-NHN-Emulator') === '1';
  } catch {
    return false;
  }
}
