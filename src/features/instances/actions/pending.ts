/**
 * Requests in flight, by action and instance: a button pressed twice sends one request, wherever
 * the second press comes from (row menu, toolbar, bulk).
 */
import { useSyncExternalStore } from 'react';

const inFlight = new Set<string>();
const listeners = new Set<() => void>();
let version = 0;

const emit = () => {
  version += 1;
  for (const listener of listeners) listener();
};

export const pendingKey = (action: string, serverId: string) => `${action}:${serverId}`;

/** Marks `key` busy; false when it already was (the caller then does nothing). */
export function claim(key: string): boolean {
  if (inFlight.has(key)) return false;
  inFlight.add(key);
  emit();
  return true;
}

export function release(key: string): void {
  if (inFlight.delete(key)) emit();
}

export function usePending(): (key: string) => boolean {
  useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => version,
  );
  return (key) => inFlight.has(key);
}
