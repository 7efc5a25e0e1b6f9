/**
 * Waiting for the browser's paint before background work (issue 10): the servers' background
 * load (server-collection-query.ts) starts its next pages only once the first rows are on screen,
 * so their download and parsing are not counted into the first paint.
 */

/** The longest the background load waits for the page's first paint. */
const FIRST_PAINT_WAIT_MS = 2_000;

/** Resolves once the page has painted content (its first contentful paint), at once if it has. */
function firstContentfulPaint(): Promise<void> {
  const painted = () =>
    performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint');
  const observable =
    typeof PerformanceObserver !== 'undefined' &&
    PerformanceObserver.supportedEntryTypes?.includes('paint');
  if (!observable || painted()) return Promise.resolve();
  return new Promise((done) => {
    // A browser that never reports the paint (or a hidden tab) must not hold the load forever.
    const fallback = setTimeout(finish, FIRST_PAINT_WAIT_MS);
    const observer = new PerformanceObserver(() => {
      if (painted()) finish();
    });
    function finish() {
      clearTimeout(fallback);
      observer.disconnect();
      done();
    }
    observer.observe({ type: 'paint', buffered: true });
  });
}

/**
 * After the browser's next paint (a task after the next frame), and not before the page's first
 * contentful paint: a frame is not a paint while Chromium still holds the previous page on
 * screen, and a background request that starts before the first paint is counted into it
 * (Lighthouse's largest paint). At once in a hidden tab.
 */
export function afterNextPaint(): Promise<void> {
  const visible = typeof document !== 'undefined' && document.visibilityState === 'visible';
  if (!visible || typeof requestAnimationFrame !== 'function') {
    return new Promise((done) => setTimeout(done, 0));
  }
  return firstContentfulPaint().then(
    () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))),
  );
}
