/**
 * Run before the browser tests: finds a Chromium (the machine's, or one that Playwright already
 * downloaded), or installs Debian's `chromium` when it can (root, with apt-get), or stops with one
 * line saying what to install.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './chromium';

/** Playwright's own Chromium, where `npx playwright install` worked (playwright.config.ts then leaves executablePath unset). */
function playwrightChromium(): string | null {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function canInstall(): boolean {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

let path = findChromium() ?? (process.env.CHROMIUM_PATH ? null : playwrightChromium());
if (!path && !process.env.CHROMIUM_PATH && canInstall()) {
  console.log('No Chromium found: installing Debian’s chromium with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install =
    update.status === 0
      ? spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
          stdio: 'inherit',
          env,
        })
      : update;
  if (install.status !== 0) console.error('apt-get could not install chromium.');
  path = findChromium();
}
if (!path) {
  console.error(
    process.env.CHROMIUM_PATH
      ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`
      : 'Browser tests need Chromium: install it (Debian: `sudo apt-get install chromium`) or set CHROMIUM_PATH.',
  );
  process.exit(1);
}
console.log(`Browser tests use ${path}`);
