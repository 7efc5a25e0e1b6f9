import { useQuery } from '@tanstack/react-query';
import { probeEmulator } from '../api/identity';

/** True when the console talks to the built-in emulator (asked once per page load). */
export function useIsEmulator(): boolean {
  const { data } = useQuery({
    queryKey: ['backend', 'emulator'],
    queryFn: probeEmulator,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
  return data === true;
}
