/**
 * knip (issue 11, "Clean edges"): `npm run lint` fails on a file nothing imports, an export or
 * exported type no other module uses, a dependency nothing imports and an import of a package
 * package.json does not list. Its Vite, Vitest and Playwright plugins add index.html's module,
 * every *.test.ts(x) and e2e/*.spec.ts as entries; the rest are named here.
 */
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  entry: [
    // The programs package.json runs through `node --import tsx` or tsx (start, emulator, serve,
    // bench, fuzz, load); knip finds the ones tsx runs directly (ensure-chromium, check-file-size).
    'server/start.ts',
    'server/serve.ts',
    'server/emulator/main.ts',
    'scripts/{bench,fuzz,load}/main.ts',
    // Started by path, in a process of its own: scripts/bench/servers.ts (startBareServer).
    'scripts/bench/bare-server.ts',
    // The bench's floor pages: plain browser modules their HTML loads (scripts/bench/floor/*.html).
    'scripts/bench/floor/*.js',
  ],
  // An entry's exports too: a program's module exports nothing no one imports.
  includeEntryExports: true,
  project: [
    'src/**/*.{ts,tsx}',
    'server/**/*.ts',
    'scripts/**/*.{ts,js}',
    'e2e/**/*.ts',
    '*.config.ts',
  ],
  // Written by the bench next to the floor pages for each run (scripts/bench/floors.ts).
  ignoreUnresolved: ['./floor-config.js'],
  ignoreDependencies: [
    // Run as a program by its path (scripts/bench/load.ts), never imported.
    'autocannon',
    // Lighthouse's own Puppeteer, the version Lighthouse 12.2.3 is tested with
    // (scripts/bench/lighthouse.ts).
    'puppeteer-core',
    // Mantine's own copy, the one src/vendor/remove-scroll-class-names.ts stands in for: its test
    // compares the two.
    'react-remove-scroll',
  ],
  // Installed by scripts/ensure-chromium.ts when Chromium is missing, as root on Debian.
  ignoreBinaries: ['apt-get'],
};

export default config;
