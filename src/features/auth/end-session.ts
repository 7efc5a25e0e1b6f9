/**
 * Ending a session drops the token (the app clears every cached API answer when it sees that,
 * so nothing of one tenant is shown to the next sign-in). The reason tells the login page what
 * to say; it is kept until the next sign-in, since rendering may read it more than once.
 */
import { sessionStore } from './session';

export type EndReason = 'expired' | 'signedOut';

let lastReason: EndReason | null = null;

sessionStore.subscribe(() => {
  if (sessionStore.get()) lastReason = null;
});

export function endSession(reason: EndReason): void {
  if (!sessionStore.get()) return;
  lastReason = reason;
  sessionStore.clear();
}

/** Why the last session ended, if it ended (null before the first sign-in and after a new one). */
export function lastEndReason(): EndReason | null {
  return lastReason;
}
