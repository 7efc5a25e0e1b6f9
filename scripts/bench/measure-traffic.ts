/**
 * What a page keeps downloading once it is open, counted over a real minute (issue 10): the
 * instances list with everything settled, and the overview while one instance is stopping (the
 * bench's emulator makes every transition last ten minutes). The console and its floor (the same
 * page kept fresh with changes-since) are open side by side through the same minute.
 */
import { type BenchPage, openPage, probe, probeWhen } from './browser';
import { allServers, control, stopServer } from './emulator-api';
import { FLOOR_PATH } from './floors';
import { LIST_PATH, ROW } from './measure-list';
import { OVERVIEW_CONTENT, OVERVIEW_PATH } from './measure-overview';
import { log, type RunContext } from './measured';
import { startedBetween, traffic } from './netlog';
import { perMinute, sum } from './stats';

/** How long every emulator transition lasts during the bench: longer than any traffic window. */
export const BENCH_TRANSITION_MS = 600_000;

export interface TrafficFigures {
  requestsPerMinute: number;
  bytesPerMinute: number;
  /** Long tasks of the page in the window, ms per minute. */
  longTaskMsPerMinute: number;
}

async function openAt(ctx: RunContext, path: string, content: string): Promise<BenchPage> {
  const bp = await openPage(ctx.browser, ctx.consoleUrl, {
    session: ctx.session,
    probe: { watch: { content } },
  });
  await bp.page.goto(path);
  if ((await probeWhen<number>(bp.page, 'marks.contentPainted', 180_000)) === null) {
    await bp.close();
    throw new Error(`nothing on ${path} within 180 s`);
  }
  return bp;
}

/**
 * Opens both pages, lets them load, waits half a window (so a once-a-minute refresh falls inside
 * the window exactly once, whatever its phase) and counts one window.
 */
async function countWindow(
  ctx: RunContext,
  pages: { console: string; floor: string },
  content: string,
  windowMs: number,
): Promise<{ console: TrafficFigures; floor: TrafficFigures }> {
  const opened = {
    console: await openAt(ctx, pages.console, content),
    floor: await openAt(ctx, pages.floor, content),
  };
  try {
    await Promise.all(Object.values(opened).map((bp) => bp.net.idle(2_000, 30_000)));
    await new Promise((wake) => setTimeout(wake, windowMs / 2));
    const from = Date.now();
    const pageFrom = await Promise.all([opened.console, opened.floor].map((bp) => pageNow(bp)));
    log(`counting traffic for ${Math.round(windowMs / 1000)} s`);
    await new Promise((wake) => setTimeout(wake, windowMs));
    const to = Date.now();
    const figures = async (bp: BenchPage, pageStart: number): Promise<TrafficFigures> => {
      const counted = traffic(startedBetween(bp.net.entries(), from, to));
      const tasks = await probe<{ start: number; duration: number }[] | null>(bp.page, 'longTasks');
      const pageEnd = await pageNow(bp);
      const inWindow = (tasks ?? []).filter((t) => t.start >= pageStart && t.start < pageEnd);
      return {
        requestsPerMinute: perMinute(counted.requests, to - from),
        bytesPerMinute: perMinute(counted.wireBytes, to - from),
        longTaskMsPerMinute: perMinute(sum(inWindow.map((t) => t.duration)), to - from),
      };
    };
    return {
      console: await figures(opened.console, pageFrom[0] ?? 0),
      floor: await figures(opened.floor, pageFrom[1] ?? 0),
    };
  } finally {
    await Promise.all(Object.values(opened).map((bp) => bp.close()));
  }
}

const pageNow = (bp: BenchPage) => bp.page.evaluate('performance.now()') as Promise<number>;

export async function measureSettledList(ctx: RunContext, windowMs: number) {
  await control(ctx.emulatorUrl, '/settle');
  return countWindow(
    ctx,
    { console: LIST_PATH, floor: `${FLOOR_PATH}/list.html?poll` },
    ROW,
    windowMs,
  );
}

export async function measureOverviewWhileStopping(ctx: RunContext, windowMs: number) {
  await control(ctx.emulatorUrl, '/settle');
  const servers = await allServers(ctx.emulatorUrl, ctx.token);
  const victim = servers.find((s) => s.status === 'ACTIVE' && !s['OS-EXT-STS:task_state']);
  if (!victim) throw new Error('no ACTIVE instance to stop');
  await stopServer(ctx.emulatorUrl, ctx.token, victim.id);
  try {
    const figures = await countWindow(
      ctx,
      { console: OVERVIEW_PATH, floor: `${FLOOR_PATH}/overview.html?poll` },
      OVERVIEW_CONTENT,
      windowMs,
    );
    // The instance must still have been stopping when the window closed.
    const after = (await allServers(ctx.emulatorUrl, ctx.token)).find((s) => s.id === victim.id);
    if (!after?.['OS-EXT-STS:task_state']) {
      throw new Error(`${victim.name} finished stopping before the minute was over`);
    }
    return { ...figures, instance: victim.name };
  } finally {
    await control(ctx.emulatorUrl, '/settle');
  }
}
