/** Identity (Keystone v2.0): sign-in (neighbour-apis.md, "Identity: issue a token"). */
import type { TokenResponse } from '../domain/identity-types';
import { EMULATOR_HEADER, emulatorSeen } from './backend';
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
