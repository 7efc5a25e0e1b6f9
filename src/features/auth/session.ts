/**
 * The session: token, expiry, tenant, user and the regions the catalog lists. It lives in
 * sessionStorage, so a reload keeps it for the tab and closing the tab ends it. The password is
 * never part of it.
 */
import type { TokenResponse } from '../../domain/identity-types';

export interface Session {
  token: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  tenantId: string;
  tenantName: string;
  userId: string;
  userName: string;
  /** Region ids in path form (`kr1`), in catalog order, from the compute endpoints. */
  regions: string[];
}

export const SESSION_KEY = 'nhn-console.session';

export function sessionFromToken(response: TokenResponse): Session {
  const { token, serviceCatalog, user } = response.access;
  const compute = serviceCatalog.find((entry) => entry.type === 'compute');
  const regions = [...new Set((compute?.endpoints ?? []).map((e) => e.region.toLowerCase()))];
  return {
    token: token.id,
    expiresAt: Date.parse(token.expires),
    tenantId: token.tenant.id,
    tenantName: token.tenant.name,
    userId: user.id,
    userName: user.name,
    regions,
  };
}

function isSession(value: unknown): value is Session {
  const s = value as Session;
  return (
    typeof s === 'object' &&
    s !== null &&
    typeof s.token === 'string' &&
    typeof s.expiresAt === 'number' &&
    typeof s.tenantId === 'string' &&
    Array.isArray(s.regions)
  );
}

type Listener = () => void;

/** A small external store (for useSyncExternalStore) over sessionStorage. */
export class SessionStore {
  private current: Session | null;
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly storage: Storage,
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

export const sessionStore = new SessionStore(
  typeof window === 'undefined' ? (undefined as unknown as Storage) : window.sessionStorage,
);
