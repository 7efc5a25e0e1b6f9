// The bench's instruments, put into every page it opens before the page's own scripts run
// (Playwright's addInitScript), the console's and the floors' alike. Plain JavaScript: it runs in
// the browser, and the bench's TypeScript is checked for Node. `window.__BENCH_CONFIG` comes first.
// Times are performance.now(): milliseconds since the navigation started.
(() => {
  const config = window.__BENCH_CONFIG || {};
  /** An instance row: the console's table (e2e/pages/instances-page.ts) and the floor's alike. */
  const ROWS = '[data-testid="instances-table"] tbody tr a[href*="/instances/"]';
  const bench = { marks: {}, longTasks: [], keys: [], expect: null, result: null };
  window.__bench = bench;

  /** The paint after now: the next frame's animation callback, then the task after that frame. */
  const afterPaint = (callback) => requestAnimationFrame(() => setTimeout(callback, 0));

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    bench.longTasks = null;
  }

  /** When `selector` is first in the document (marks[name]), and the paint after it. */
  const watch = (name, selector) => {
    const check = () => {
      if (!document.querySelector(selector)) return false;
      bench.marks[name] = performance.now();
      afterPaint(() => {
        bench.marks[`${name}Painted`] = performance.now();
      });
      return true;
    };
    const observer = new MutationObserver(() => {
      if (check()) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  };
  for (const [name, selector] of Object.entries(config.watch || {})) watch(name, selector);

  const rowNames = () => Array.from(document.querySelectorAll(ROWS), (a) => a.textContent.trim());
  bench.rowNames = rowNames;

  /** The next `keys` keystrokes are measured; after the last, the paint showing exactly `names`. */
  bench.expectResults = (keys, names) => {
    bench.keys = [];
    bench.result = null;
    bench.expect = { keys, names: [...names].sort() };
  };
  const showsExpected = () => {
    const names = rowNames().sort();
    const want = bench.expect.names;
    return names.length === want.length && names.every((name, i) => name === want[i]);
  };
  const watchResults = (lastKeyAt) => {
    const observer = new MutationObserver(() => {
      if (!showsExpected()) return;
      observer.disconnect();
      afterPaint(() => {
        bench.result = performance.now() - lastKeyAt;
      });
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  };
  // Capture phase on window: before the page's own handlers see the key.
  addEventListener(
    'keydown',
    (event) => {
      if (!bench.expect) return;
      const key = { key: event.key, at: event.timeStamp, nextPaint: null };
      bench.keys.push(key);
      afterPaint(() => {
        key.nextPaint = performance.now() - key.at;
      });
      if (bench.keys.length === bench.expect.keys) watchResults(key.at);
    },
    true,
  );

  /** The element that scrolls the rows: of the page and the rows' ancestors, the longest way. */
  const scrollerOfRows = () => {
    let best = document.scrollingElement;
    let range = best.scrollHeight - best.clientHeight;
    for (let e = document.querySelector(ROWS); e && e !== document.body; e = e.parentElement) {
      const own = e.scrollHeight - e.clientHeight;
      if (/(auto|scroll)/.test(getComputedStyle(e).overflowY) && own > range) {
        best = e;
        range = own;
      }
    }
    return best;
  };

  /**
   * Scrolls the rows to their end, `step` pixels a frame, as a fast wheel does. Done when the end
   * has held for 10 frames (a virtualized list grows, and may nudge the scroll, as it measures its
   * rows), when 30 frames brought no progress, or after a minute.
   */
  bench.scrollToEnd = (step) =>
    new Promise((done) => {
      const scroller = scrollerOfRows();
      const start = performance.now();
      let frames = 0;
      let atEndFor = 0;
      let stuckFor = 0;
      let furthest = scroller.scrollTop;
      const atEnd = () => scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2;
      const next = () => {
        scroller.scrollTop += step;
        frames += 1;
        atEndFor = atEnd() ? atEndFor + 1 : 0;
        stuckFor = scroller.scrollTop > furthest ? 0 : stuckFor + 1;
        furthest = Math.max(furthest, scroller.scrollTop);
        const timedOut = performance.now() - start > 60_000;
        if (atEndFor < 10 && stuckFor < 30 && !timedOut) {
          requestAnimationFrame(next);
          return;
        }
        // Long tasks the last frames started are reported once they end.
        setTimeout(() => {
          done({
            start,
            end: performance.now(),
            frames,
            reachedEnd: atEndFor >= 10,
            scrolledPx: furthest,
          });
        }, 500);
      };
      requestAnimationFrame(next);
    });
})();
