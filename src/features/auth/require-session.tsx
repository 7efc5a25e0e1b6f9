import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { configureApi } from '../../api/client';
import { loginPath } from '../../navigation/paths';
import { useSession } from '../../session/use-session';
import { endSession, lastEndReason } from './end-session';

// Any 401 from an authenticated call means the token is no longer good: end the session.
configureApi({
  onUnauthorized: () => endSession('expired'),
});

/**
 * Guards every signed-in route: without a session the operator goes to the login page, which
 * brings them back here afterwards. The session also ends by itself when the token expires.
 */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();

  useEffect(() => {
    if (!session) return;
    const remaining = session.expiresAt - Date.now();
    // setTimeout takes at most ~24.8 days; tokens live hours.
    const timer = setTimeout(
      () => endSession('expired'),
      Math.max(0, Math.min(remaining, 2 ** 31 - 1)),
    );
    return () => clearTimeout(timer);
  }, [session]);

  if (!session) {
    const reason = lastEndReason();
    const next = reason !== 'signedOut' ? location.pathname + location.search : undefined;
    return <Navigate to={loginPath({ next, reason: reason ?? undefined })} replace />;
  }
  return <Outlet />;
}
