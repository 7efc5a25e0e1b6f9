/**
 * Chromium as the browser tests drive it (scripts/chromium.ts: the machine's Chromium, the same
 * flags, headless), with the bench's instruments in every page and, when asked, the demo
 * tenant's session in place — as e2e/fixtures.ts's signIn does, without the login page.
 */
import { readFileSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from '@playwright/test';
import { SESSION_KEY } from '../../src/session/session';
import { CHROMIUM_ARGS, findChromium } from '../chromium';
import type { SignedIn } from './emulator-api';
import { NetLog } from './netlog';

const PROBE = readFileSync(new URL('./page/probe.js', import.meta.url), 'utf8');

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('no Chromium: install Debian’s chromium or set CHROMIUM_PATH');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

export interface ProbeConfig {
  /** name → CSS selector: when each first appears (window.__bench.marks). */
  watch?: Record<string, string>;
}

export interface BenchPage {
  context: BrowserContext;
  page: Page;
  net: NetLog;
  close(): Promise<void>;
}

/** The console's session cookie as its server set it at sign-in (server/proxy, issue 12). */
export function sessionCookie(baseURL: string, signedIn: SignedIn) {
  return {
    ...signedIn.cookie,
    domain: new URL(baseURL).hostname,
    path: '/api',
    httpOnly: true,
    sameSite: 'Strict' as const,
  };
}

/**
 * A page in a fresh context (an empty cache: a first visit), instrumented, signed in when a
 * session is given, still on a blank document of the console's origin.
 */
export async function openPage(
  browser: Browser,
  baseURL: string,
  options: { session?: SignedIn; probe?: ProbeConfig } = {},
): Promise<BenchPage> {
  const context = await browser.newContext({
    baseURL,
    locale: 'en-US',
    timezoneId: 'Asia/Seoul',
    viewport: { width: 1366, height: 900 },
  });
  await context.addInitScript({
    content: `window.__BENCH_CONFIG = ${JSON.stringify(options.probe ?? {})};\n${PROBE}`,
  });
  const page = await context.newPage();
  if (options.session) {
    await context.addCookies([sessionCookie(baseURL, options.session)]);
    // sessionStorage belongs to the origin and the tab: set it from a small file of the origin.
    await page.goto('/favicon.svg');
    // A string: this module is checked for Node, which has no sessionStorage.
    await page.evaluate(
      `sessionStorage.setItem(${JSON.stringify(SESSION_KEY)}, ${JSON.stringify(JSON.stringify(options.session.session))})`,
    );
  }
  const net = await NetLog.attach(page);
  return { context, page, net, close: () => context.close() };
}

/** Reads a value from the page's instruments (window.__bench). */
export function probe<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate(`window.__bench.${expression}`) as Promise<T>;
}

/** Polls the instruments until `expression` is not null/undefined; null after `timeoutMs`. */
export async function probeWhen<T>(
  page: Page,
  expression: string,
  timeoutMs: number,
): Promise<T | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe<T | null | undefined>(page, expression);
    if (value !== null && value !== undefined) return value;
    await new Promise((wake) => setTimeout(wake, 50));
  }
  return null;
}
