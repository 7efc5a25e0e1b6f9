/**
 * Ending a session forgets it here (the app clears every cached API answer when it sees that,
 * so nothing of one tenant is shown to the next sign-in) and at the console's server, which clears
 * the cookie and revokes the token, so a copy of it stops working (issue 12). The reason tells the
 * login page what to say; it is kept until the next sign-in, since rendering may read it more than
 * once.
 */
import { closeSession } from '../../api/identity';
import { sessionStore } from '../../session/session';

export type EndReason = 'expired' | 'signedOut';

let lastReason: EndReason | null = null;

sessionStore.subscribe(() => {
  if (sessionStore.get()) lastReason = null;
});

export function endSession(reason: EndReason): void {
  if (!sessionStore.get()) return;
  lastReason = reason;
  sessionStore.clear();
  // Best effort: the tab has signed out whatever the network says; a cookie the server could not
  // be asked to clear ends with its token's expiry (its Max-Age).
  closeSession().catch(() => undefined);
}

/** Why the last session ended, if it ended (null before the first sign-in and after a new one). */
export function lastEndReason(): EndReason | null {
  return lastReason;
}
