/**
 * Whether the proxy leads to the built-in emulator, as the API's own answers say: the emulator
 * marks every answer with `X-NHN-Emulator: 1`, which NHN Cloud does not send. The HTTP client
 * notes it from each successful answer (a failure may come from the proxy itself, not the
 * backend), so a page that has already asked the API for its data needs no request of its own to
 * know (issue 10: a request before the first paint is counted into it).
 */
export const EMULATOR_HEADER = 'X-NHN-Emulator';

let seen: boolean | undefined;

/** Notes what a successful API answer says about the backend. */
export function noteBackendAnswer(headers: Headers): void {
  seen = headers.get(EMULATOR_HEADER) === '1';
}

/** What the answers so far said: undefined before the first successful one. */
export function emulatorSeen(): boolean | undefined {
  return seen;
}

/** For tests: forget what was seen. */
export function forgetBackend(): void {
  seen = undefined;
}
