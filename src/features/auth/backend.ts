/**
 * Whether the proxy leads to the built-in emulator: it marks every answer with
 * `X-NHN-Emulator`, which the real NHN Cloud does not send.
 */
import { useQuery } from '@tanstack/react-query';
import { IDENTITY_BASE } from '../../api/endpoints';

export async function detectEmulator(signal?: AbortSignal): Promise<boolean> {
  try {
    const response = await fetch(IDENTITY_BASE, { signal });
    return response.headers.get('X-NHN-Emulator') === '1';
  } catch {
    return false;
  }
}

export function useIsEmulator(): boolean {
  const { data } = useQuery({
    queryKey: ['backend', 'emulator'],
    queryFn: () => detectEmulator(),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
  return data === true;
}

export const DEMO_CREDENTIALS = {
  tenantId: '6cdebe3eb0094910bc41f1d42ebe4cb7',
  username: 'demo@example.com',
  password: 'demo-password',
} as const;
