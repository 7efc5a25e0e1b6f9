import { defineConfig } from '@playwright/test';
import { consolePort, consoleUrl, E2E_WORKERS, emulatorPort } from './e2e/ports';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium';

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
  webServer: Array.from({ length: E2E_WORKERS }, (_, worker) => ({
    command: `npm start -- --port ${consolePort(worker)} --strictPort`,
    url: consoleUrl(worker),
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
    env: {
      NHN_BACKEND: 'emulator',
      NHN_EMULATOR_PORT: String(emulatorPort(worker)),
      // Tests complete transitions through the control API; a long default keeps them from
      // finishing on their own in the middle of an assertion.
      NHN_EMULATOR_TRANSITION_MS: '60000',
    },
  })),
});
