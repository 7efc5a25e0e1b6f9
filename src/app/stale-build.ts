/**
 * After a deploy, an open console still runs the old build: its next page's chunk has a name the
 * new build no longer serves (a 404, issue 12: "deploys never strand a browser"). Vite reports
 * that as `vite:preloadError` (https://vite.dev/guide/build#load-error-handling); the console then
 * loads the page it was going to, this time from the new build. Once: if a reload a minute ago
 * did not help, the chunk is missing for another reason and the route's error says so instead of
 * reloading forever.
 */

/** When the console last reloaded for a missing chunk (epoch ms), in this tab. */
export const RELOADED_AT_KEY = 'nhn-console.reloadedForNewBuild';
/** A reload less than this long ago did not help: show the error instead. */
export const RELOAD_AGAIN_AFTER_MS = 60_000;

interface Storage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function reloadOnStaleBuild(
  target: EventTarget,
  storage: Storage,
  reload: () => void,
  now: () => number = Date.now,
): void {
  target.addEventListener('vite:preloadError', (event) => {
    let last = 0;
    try {
      last = Number(storage.getItem(RELOADED_AT_KEY)) || 0;
    } catch {
      // No storage: reloading without a record could loop, so let the error show.
      return;
    }
    if (now() - last < RELOAD_AGAIN_AFTER_MS) return;
    storage.setItem(RELOADED_AT_KEY, String(now()));
    // The import's error is not thrown: the page goes away.
    event.preventDefault();
    reload();
  });
}
