/**
 * A form's input kept across a sign-in: when the session ends while an operator is filling a
 * form, what they typed (never secrets: the caller leaves those out) is kept in this tab's
 * sessionStorage, and the form takes it back when they return after signing in again (issue 12,
 * "kept work"). Kept for one return only, and only for the tenant it was typed for.
 */
import { useEffect, useRef, useState } from 'react';
import { type KeyValueStorage, type Session, sessionStore } from './session';

const PREFIX = 'nhn-console.draft.';

interface Draft<T> {
  tenantId: string;
  values: T;
}

/** Keeps `values()` under `name` when the session ends; hands them back once, then forgets. */
export class DraftKeeper<T> {
  constructor(
    private readonly name: string,
    private readonly storage: KeyValueStorage,
  ) {}

  keep(tenantId: string, values: T): void {
    try {
      this.storage.setItem(PREFIX + this.name, JSON.stringify({ tenantId, values }));
    } catch {
      // No room or no storage: the input is lost as it was before.
    }
  }

  /** The kept input for this tenant, removed from storage. */
  take(tenantId: string): T | null {
    try {
      const raw = this.storage.getItem(PREFIX + this.name);
      if (raw === null) return null;
      this.storage.removeItem(PREFIX + this.name);
      const draft = JSON.parse(raw) as Draft<T>;
      return draft.tenantId === tenantId ? draft.values : null;
    } catch {
      return null;
    }
  }
}

/**
 * For a form of the signed-in console: keeps `values()` if the session ends while it is open,
 * and returns what was kept for it the last time (null when nothing was), once.
 */
export function useKeptDraft<T>(name: string, session: Session, values: () => T): T | null {
  const keeper = useRef(
    new DraftKeeper<T>(name, (globalThis as { sessionStorage: KeyValueStorage }).sessionStorage),
  ).current;
  const [restored] = useState(() => keeper.take(session.tenantId));
  const read = useRef(values);
  read.current = values;
  useEffect(
    () =>
      sessionStore.subscribe(() => {
        if (sessionStore.get() === null) keeper.keep(session.tenantId, read.current());
      }),
    [keeper, session.tenantId],
  );
  return restored;
}
