import { defineConfig } from '@playwright/test';
import { CONSOLE_PORT, CONSOLE_URL, EMULATOR_PORT } from './e2e/ports';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium';

export default defineConfig({
  testDir: 'e2e',
  // One output folder per console port: runs on other ports (other checkouts, CI shards) never
  // delete each other's results.
  outputDir: `test-results/${CONSOLE_PORT}`,
  // One emulator serves every test and each test resets it: run them one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI
    ? [['list']]
    : [['list'], ['html', { open: 'never', outputFolder: `playwright-report/${CONSOLE_PORT}` }]],
  use: {
    baseURL: CONSOLE_URL,
    browserName: 'chromium',
    locale: 'en-US',
    timezoneId: 'Asia/Seoul',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npm start -- --port ${CONSOLE_PORT} --strictPort`,
    url: CONSOLE_URL,
    reuseExistingServer: false,
    timeout: 90_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      NHN_BACKEND: 'emulator',
      NHN_EMULATOR_PORT: String(EMULATOR_PORT),
      // Tests complete transitions through the control API; a long default keeps them from
      // finishing on their own in the middle of an assertion.
      NHN_EMULATOR_TRANSITION_MS: '60000',
    },
  },
});
