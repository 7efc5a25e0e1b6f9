/**
 * Finds a Chromium for the browser tests. Playwright's own download does not work here, so the
 * tests drive Debian's `chromium` (or any Chrome/Chromium the machine has, or CHROMIUM_PATH).
 */
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const explicit = env.CHROMIUM_PATH;
  if (explicit) return existsSync(explicit) ? explicit : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** Flags for a headless Chromium on a closed network, as root, in CI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];
