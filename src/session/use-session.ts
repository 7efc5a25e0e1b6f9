import { useSyncExternalStore } from 'react';
import { useParams } from 'react-router';
import type { ApiScope } from '../api/endpoints';
import { type Session, sessionStore } from './session';

export function useSession(): Session | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
}

/** The session, inside routes that RequireSession guards. */
export function useRequiredSession(): Session {
  const session = useSession();
  if (!session) throw new Error('useRequiredSession outside a signed-in route');
  return session;
}

/** Region (from the URL) and tenant (from the session): the scope every API call needs. */
export function useScope(): ApiScope {
  const session = useRequiredSession();
  const { region } = useParams();
  if (!region) throw new Error('useScope outside a /:region route');
  return { region, tenantId: session.tenantId };
}
