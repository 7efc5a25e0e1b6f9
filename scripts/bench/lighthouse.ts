/**
 * Lighthouse 12.2.3 (the last that runs on Node 20), its default config: the mobile preset
 * (Moto G Power screen, simulated slow 4G and 4× CPU slowdown), performance only. It drives the
 * machine's Chromium through Puppeteer (Lighthouse's own dependency), because the instances list
 * needs the session in the tab's sessionStorage: Lighthouse is handed a page that already has it,
 * and told not to clear storage. Console and floor pages alternate, run after run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { SESSION_KEY } from '../../src/session/session';
import { CHROMIUM_ARGS, findChromium } from '../chromium';
import { sessionCookie } from './browser';
import type { SignedIn } from './emulator-api';
import { FLOOR_PATH } from './floors';
import { LIST_PATH } from './measure-list';
import { log } from './measured';

export interface LighthouseRun {
  score: number;
  cls: number;
  lcpMs: number;
  tbtMs: number;
}

const LIGHTHOUSE_PAGES = {
  login: { console: '/login', floor: `${FLOOR_PATH}/login.html`, signedIn: false },
  instances: { console: LIST_PATH, floor: `${FLOOR_PATH}/list.html`, signedIn: true },
} as const;
type LighthousePage = keyof typeof LIGHTHOUSE_PAGES;

async function audit(
  browser: Browser,
  url: string,
  session: SignedIn | null,
): Promise<LighthouseRun> {
  const context = await browser.createBrowserContext();
  try {
    const page: Page = await context.newPage();
    if (session) {
      await page.setCookie(sessionCookie(url, session));
      await page.goto(new URL('/favicon.svg', url).href);
      await page.evaluate(
        `sessionStorage.setItem(${JSON.stringify(SESSION_KEY)}, ${JSON.stringify(JSON.stringify(session.session))})`,
      );
    }
    const result = await lighthouse(
      url,
      { onlyCategories: ['performance'], disableStorageReset: true, logLevel: 'error' },
      undefined,
      page,
    );
    const lhr = result?.lhr;
    const score = lhr?.categories.performance?.score;
    if (!lhr || score === null || score === undefined) {
      throw new Error(
        `Lighthouse gave no score for ${url}: ${lhr?.runtimeError?.code ?? 'no result'}`,
      );
    }
    // A page that sends the visitor elsewhere (a signed-out list goes to /login) is not it.
    if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname) {
      throw new Error(`Lighthouse ended on ${lhr.finalDisplayedUrl}, not ${url}`);
    }
    // BENCH_LIGHTHOUSE_REPORTS=dir keeps each run's whole report and its trace (Chromium's
    // performance panel opens it), to see what made a score.
    const reports = process.env.BENCH_LIGHTHOUSE_REPORTS;
    if (reports) {
      mkdirSync(reports, { recursive: true });
      const name = `${new URL(url).pathname.replace(/\W+/g, '-')}-${Date.now()}.json`;
      writeFileSync(join(reports, name), JSON.stringify(lhr));
      const trace = (result.artifacts as { Trace?: unknown } | undefined)?.Trace;
      if (trace)
        writeFileSync(join(reports, name.replace(/\.json$/, '.trace.json')), JSON.stringify(trace));
    }
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      score: score * 100,
      cls: metric('cumulative-layout-shift'),
      lcpMs: metric('largest-contentful-paint'),
      tbtMs: metric('total-blocking-time'),
    };
  } finally {
    await context.close();
  }
}

/** Lighthouse now and then fails to record a trace (NO_NAVSTART): such a run is tried again. */
async function auditWithRetry(browser: Browser, url: string, session: SignedIn | null) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await audit(browser, url, session);
    } catch (error) {
      if (attempt === 3) throw error;
      log(`Lighthouse run failed (${(error as Error).message}); trying again`);
    }
  }
}

export type LighthouseResults = Record<
  LighthousePage,
  { console: LighthouseRun[]; floor: LighthouseRun[] }
>;

export async function measureLighthouse(
  consoleUrl: string,
  session: SignedIn,
  runs: number,
): Promise<LighthouseResults> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium for Lighthouse');
  const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const results: LighthouseResults = {
    login: { console: [], floor: [] },
    instances: { console: [], floor: [] },
  };
  try {
    for (let run = 0; run < runs; run++) {
      for (const [name, pages] of Object.entries(LIGHTHOUSE_PAGES) as [
        LighthousePage,
        (typeof LIGHTHOUSE_PAGES)[LighthousePage],
      ][]) {
        for (const side of ['console', 'floor'] as const) {
          const url = new URL(pages[side], consoleUrl).href;
          log(`Lighthouse ${name} (${side}), run ${run + 1} of ${runs}`);
          results[name][side].push(
            await auditWithRetry(browser, url, pages.signedIn ? session : null),
          );
        }
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}
