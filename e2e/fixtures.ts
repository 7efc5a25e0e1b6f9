/**
 * Test fixtures: the emulator is reset before every test, and tests drive its clock through the
 * control API instead of sleeping.
 */
import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, test as base, expect, type Page } from '@playwright/test';
import {
  CONSOLE_REQUEST_HEADER,
  CONSOLE_REQUEST_VALUE,
  SESSION_PATH,
} from '../src/domain/console-session';
import { passwordTokenRequest } from '../src/domain/identity-types';
import { SESSION_KEY, sessionFromToken } from '../src/session/session';
import { consoleUrl, emulatorUrl } from './ports';

export const DEMO = {
  tenantId: '6cdebe3eb0094910bc41f1d42ebe4cb7',
  username: 'demo@example.com',
  password: 'demo-password',
};

export class EmulatorControl {
  constructor(
    private readonly request: APIRequestContext,
    readonly url: string,
  ) {}

  private async post(path: string, data?: unknown) {
    const res = await this.request.post(`${this.url}/_emulator${path}`, { data });
    expect(res.ok(), `emulator ${path}: ${res.status()}`).toBe(true);
    return res.json();
  }

  /** Back to the seed; with `extraServers`, with that many load servers in KR1 (a test at scale). */
  reset(extraServers?: number) {
    return this.post('/reset', extraServers === undefined ? undefined : { extraServers });
  }
  /** Completes every pending transition now. */
  settle() {
    return this.post('/settle');
  }
  advance(ms: number) {
    return this.post('/clock', { advanceMs: ms });
  }
  expireTokens() {
    return this.post('/tokens/expire');
  }
  async clearFaults() {
    const res = await this.request.delete(`${this.url}/_emulator/faults`);
    expect(res.ok()).toBe(true);
  }
  fault(spec: {
    method?: string;
    path: string;
    status?: number;
    times?: number;
    latencyMs?: number;
    message?: string;
    /** Sent as Retry-After. */
    retryAfterS?: number;
    /** Answer HTTP 200 with NHN's gateway body, `status` as its resultCode. */
    gateway?: boolean;
    /** Close the connection without an answer, as a service that is down. */
    drop?: boolean;
  }) {
    return this.post('/faults', spec);
  }

  /** Calls the emulator's API directly as the demo tenant (to set up state a test needs). */
  async api(method: string, path: string, data?: unknown) {
    const token = await this.token();
    const res = await this.request.fetch(`${this.url}${path}`, {
      method,
      data,
      headers: { 'X-Auth-Token': token },
    });
    return res;
  }

  private cachedToken: string | null = null;
  private async token(): Promise<string> {
    if (this.cachedToken) return this.cachedToken;
    const res = await this.request.post(`${this.url}/identity/v2.0/tokens`, {
      data: passwordTokenRequest(DEMO),
    });
    this.cachedToken = (await res.json()).access.token.id as string;
    return this.cachedToken;
  }
}

/**
 * Signs in as the demo tenant without the login page (its journeys are in auth.spec.ts): the
 * console's server signs in and sets its session cookie in this browser context (page.request
 * shares the context's cookies), and what the console would keep goes into this tab's
 * sessionStorage; then opens `path`.
 */
export async function signIn(page: Page, path = '/kr1/instances') {
  const res = await page.request.post(SESSION_PATH, {
    data: DEMO,
    headers: { [CONSOLE_REQUEST_HEADER]: CONSOLE_REQUEST_VALUE },
  });
  expect(res.ok(), `sign-in at the console: ${res.status()}`).toBe(true);
  // The console keeps the ID typed at sign-in: the token names the user by an opaque id.
  const session = sessionFromToken(await res.json(), DEMO.username);
  await page.goto('/favicon.svg');
  await page.evaluate(([key, value]) => sessionStorage.setItem(key, value), [
    SESSION_KEY,
    JSON.stringify(session),
  ] as const);
  await page.goto(path);
}

/**
 * Reloads the page with the region's servers answering 3 s late, once: what an operator meets on a
 * region of thousands, whose servers are still being read when a button is pressed.
 */
export async function reloadWhileServersLoad(page: Page, emulator: EmulatorControl) {
  await emulator.fault({ method: 'GET', path: '/servers/detail$', latencyMs: 3000, times: 1 });
  await page.reload();
}

/** Fails on serious or critical accessibility violations of the page as it is now. */
export async function expectAccessible(page: Page, what: string) {
  // Only violations matter here: skipping the details of passes and the rest saves a fifth of a scan.
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    ),
    `accessibility of ${what}`,
  ).toEqual([]);
}

export const test = base.extend<{ emulator: EmulatorControl }>({
  // Pages open the worker's own console.
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
  baseURL: async ({}, use, testInfo) => {
    await use(consoleUrl(testInfo.parallelIndex));
  },
  emulator: [
    async ({ request }, use, testInfo) => {
      const control = new EmulatorControl(request, emulatorUrl(testInfo.parallelIndex));
      await control.reset();
      await use(control);
    },
    { auto: true },
  ],
});

export { expect };
