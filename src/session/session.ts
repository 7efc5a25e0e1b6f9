/**
 * What the browser keeps of the session: expiry, tenant, the operator's NHN Cloud ID and the
 * regions the catalog lists — only what it shows. It lives in sessionStorage, so a reload keeps it
 * for the tab and closing the tab ends it. The password is never part of it, nor the NHN token:
 * the console's server keeps that in an HttpOnly cookie (src/domain/console-session.ts, issue 12).
 */
import type { TokenResponse } from '../domain/identity-types';
import { orderRegions } from './landing-region';

export interface Session {
  /** Epoch milliseconds. */
  expiresAt: number;
  tenantId: string;
  tenantName: string;
  /** The token's user id (`access.user.id`). */
  userId: string;
  /**
   * The NHN Cloud ID (e-mail or IAM account ID) the operator signed in with. The token does not
   * carry it: its `access.user.name` is an opaque id (current/iaas-token.ko.md, 응답 예시).
   */
  signInId: string;
  /**
   * Region ids in path form (`kr1`) from the compute endpoints, in NHN's order (kr1, kr2, kr3,
   * jp1, then any other in catalog order): the catalog's own order is not KR1 first.
   */
  regions: string[];
}

export const SESSION_KEY = 'nhn-console.session';

/** What the session keeps in the browser's storage (sessionStorage in the app). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * The session a token answer opens. `signInId` is the NHN Cloud ID typed at sign-in: what the
 * console shows as the user, since the token names the user only by an opaque id.
 */
export function sessionFromToken(response: TokenResponse, signInId: string): Session {
  const id = signInId.trim();
  if (id === '') throw new Error('A session needs the NHN Cloud ID the operator signed in with.');
  const { token, serviceCatalog, user } = response.access;
  // token.id is "" here: the console's server kept it (server/proxy, issue 12).
  const compute = serviceCatalog.find((entry) => entry.type === 'compute');
  const regions = [...new Set((compute?.endpoints ?? []).map((e) => e.region.toLowerCase()))];
  return {
    expiresAt: Date.parse(token.expires),
    tenantId: token.tenant.id,
    tenantName: token.tenant.name,
    userId: user.id,
    signInId: id,
    regions: orderRegions(regions),
  };
}

function isSession(value: unknown): value is Session {
  const s = value as Session;
  return (
    typeof s === 'object' &&
    s !== null &&
    // One saved before the token moved to the server's cookie (issue 12) has no cookie to go with.
    !('token' in s) &&
    typeof s.expiresAt === 'number' &&
    typeof s.tenantId === 'string' &&
    typeof s.signInId === 'string' &&
    Array.isArray(s.regions)
  );
}

type Listener = () => void;

/** A small external store (for useSyncExternalStore) over sessionStorage. */
export class SessionStore {
  private current: Session | null;
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly storage: KeyValueStorage,
    private readonly now: () => number = Date.now,
  ) {
    this.current = this.read();
  }

  private read(): Session | null {
    try {
      const raw = this.storage.getItem(SESSION_KEY);
      if (!raw) return null;
      const parsed: unknown = JSON.parse(raw);
      if (!isSession(parsed) || parsed.expiresAt <= this.now()) {
        this.storage.removeItem(SESSION_KEY);
        return null;
      }
      return parsed;
    } catch {
      return null;
    }
  }

  get = (): Session | null => this.current;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  save(session: Session): void {
    this.current = session;
    this.storage.setItem(SESSION_KEY, JSON.stringify(session));
    this.emit();
  }

  clear(): void {
    if (this.current === null && this.storage.getItem(SESSION_KEY) === null) return;
    this.current = null;
    this.storage.removeItem(SESSION_KEY);
    this.emit();
  }

  isExpired(): boolean {
    return this.current !== null && this.current.expiresAt <= this.now();
  }

  private emit() {
    for (const listener of this.listeners) listener();
  }
}

// Typed through globalThis so that Node (the proxy tests) can load this module too.
export const sessionStore = new SessionStore(
  (globalThis as { sessionStorage?: KeyValueStorage }).sessionStorage as KeyValueStorage,
);
