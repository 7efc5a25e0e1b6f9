import { defineConfig } from '@playwright/test';
import { consolePort, consoleUrl, E2E_WORKERS, emulatorPort } from './e2e/ports';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium';

/**
 * The build the browser tests run on: one folder per console port, like the results below, so a
 * run never empties the build that another checkout's tests, `npm run serve` (dist/) or the bench
 * are serving.
 */
const E2E_DIST = `node_modules/.cache/e2e-dist/${consolePort(0)}`;

export default defineConfig({
  testDir: 'e2e',
  // One output folder per console port: runs on other ports (other checkouts, CI shards) never
  // delete each other's results.
  outputDir: `test-results/${consolePort(0)}`,
  // Each worker has its own console and emulator (e2e/ports.ts); a worker runs its tests one at a
  // time, and every test resets its emulator.
  workers: E2E_WORKERS,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI
    ? [['list']]
    : [['list'], ['html', { open: 'never', outputFolder: `playwright-report/${consolePort(0)}` }]],
  use: {
    // The worker's own console: set by the baseURL fixture in e2e/fixtures.ts.
    baseURL: consoleUrl(0),
    browserName: 'chromium',
    locale: 'en-US',
    timezoneId: 'Asia/Seoul',
    // No transitions to wait for (the console honours prefers-reduced-motion).
    reducedMotion: 'reduce',
    trace: process.env.E2E_TRACE === '1' ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
  },
  // Each worker's console is the production build served by the project's own server
  // (server/serve.ts, which starts the worker's emulator): a page loads its compressed chunks, not
  // the dev server's 13 MB of modules (issue 10). Worker 0's command builds first, once per run.
  // Playwright starts the web servers one after the other, each once the previous one answers
  // (1.65: plugin setup tasks run in sequence), so the other workers find the build made.
  webServer: Array.from({ length: E2E_WORKERS }, (_, worker) => ({
    command:
      worker === 0
        ? `npm run build -- --outDir ${E2E_DIST} --emptyOutDir --logLevel error && npm run serve`
        : 'npm run serve',
    url: consoleUrl(worker),
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
    env: {
      PORT: String(consolePort(worker)),
      HOST: '127.0.0.1',
      DIST_DIR: E2E_DIST,
      NHN_BACKEND: 'emulator',
      NHN_EMULATOR_PORT: String(emulatorPort(worker)),
      // Tests complete transitions through the control API; a long default keeps them from
      // finishing on their own in the middle of an assertion.
      NHN_EMULATOR_TRANSITION_MS: '60000',
    },
  })),
});
