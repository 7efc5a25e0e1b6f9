import { useQuery } from '@tanstack/react-query';
import { probeEmulator } from '../api/identity';

/** Whether the console talks to the built-in emulator: asked once per page load. */
export const emulatorQuery = {
  queryKey: ['backend', 'emulator'],
  queryFn: probeEmulator,
  staleTime: Number.POSITIVE_INFINITY,
  gcTime: Number.POSITIVE_INFINITY,
};

/** True when the console talks to the built-in emulator (asked once per page load). */
export function useIsEmulator(): boolean {
  const { data } = useQuery(emulatorQuery);
  return data === true;
}
