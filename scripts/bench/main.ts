/**
 * `npm run bench` (issue 10): builds the console, serves the production build on the emulator
 * with 5,000 extra servers (and runs a separate emulator with 10,000), measures every row of the
 * issue's table in Chromium and with autocannon, each next to its floor measured in the same run,
 * prints the table with the ratios and the goals, and writes docs/bench.md and the README's table.
 * Loopback only. Not part of `npm test`: it measures, it does not pass or fail.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { commandLine } from '../command-line';
import { launchChromium } from './browser';
import { benchMarkdown, type RunFacts, withReadmeTable } from './document';
import { allServers, demoSession, demoToken } from './emulator-api';
import { firstByName, uniqueFilterTarget } from './expectations';
import { installFloors } from './floors';
import { measureLighthouse } from './lighthouse';
import { measureEmulator } from './load';
import { measureFilter, measureFirstRows, measureScroll } from './measure-list';
import { measureOverview } from './measure-overview';
import {
  BENCH_TRANSITION_MS,
  measureOverviewWhileStopping,
  measureSettledList,
} from './measure-traffic';
import { attempt, failed, log, type RunContext } from './measured';
import { type BenchOptions, MEASURES, parseOptions, USAGE } from './options';
import { renderTable } from './report';
import { type BenchResults, buildRows } from './rows';
import { type ConsoleServer, REPO, startConsole, stopAll } from './servers';

function build(distDir: string) {
  log('npm run build');
  execFileSync('npm', ['run', 'build', '--', '--outDir', distDir, '--emptyOutDir'], {
    cwd: REPO,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

function facts(options: BenchOptions, chromium: string, loadAtStart: number): RunFacts {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: REPO, encoding: 'utf8' }).trim();
  const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
  return {
    date: new Date()
      .toISOString()
      .replace(/:\d\d\.\d+Z$/, ' UTC')
      .replace('T', ' '),
    commit: `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' plus uncommitted changes' : ''}`,
    node: process.version,
    chromium,
    cpus: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`,
    load: `${loadAtStart.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)}`,
    servers: options.servers,
    emulatorServers: options.emulatorServers,
    runs: options.runs,
    lighthouseRuns: options.lighthouseRuns,
    trafficSeconds: options.trafficSeconds,
    loadSeconds: options.loadSeconds,
  };
}

/** Everything measured in Chromium against the running console. */
async function browserMeasures(
  options: BenchOptions,
  server: ConsoleServer,
  results: BenchResults,
) {
  const wants = (m: (typeof MEASURES)[number]) => options.only.includes(m);
  const session = await demoSession(server.url);
  // The bench's own questions go to the emulator directly, with a token of their own.
  const token = (await demoToken(server.emulatorUrl)).access.token.id;
  const browser = await launchChromium();
  const version = browser.version();
  const ctx: RunContext = {
    browser,
    consoleUrl: server.url,
    emulatorUrl: server.emulatorUrl,
    session,
    token,
    runs: options.runs,
  };
  try {
    if (wants('list')) {
      results.expected = await attempt('the right answers', async () => {
        const names = (await allServers(server.emulatorUrl, token)).map((s) => s.name);
        const first = firstByName(names);
        const filterTarget = uniqueFilterTarget(names);
        if (!first || !filterTarget)
          throw new Error('the tenant has no instances to sort or filter');
        return { first, total: names.length, filterTarget };
      });
      const expected = results.expected;
      if (expected.ok) {
        log('navigation → first rows, JS+CSS, sort by name');
        results.firstRows = await attempt('first rows', () =>
          measureFirstRows(ctx, expected.value.first),
        );
        log(`name filter (typing ${expected.value.filterTarget})`);
        results.filter = await attempt('filter', () =>
          measureFilter(ctx, expected.value.filterTarget),
        );
      } else {
        results.firstRows = results.filter = failed(expected.reason);
      }
      log('scrolling 1,000 rows');
      results.scroll = await attempt('scroll', () => measureScroll(ctx));
    }
    if (wants('overview')) {
      log('overview');
      results.overview = await attempt('overview', () => measureOverview(ctx));
    }
    if (wants('traffic')) {
      const windowMs = options.trafficSeconds * 1_000;
      log('settled list traffic');
      results.settled = await attempt('settled list', () => measureSettledList(ctx, windowMs));
      log('overview traffic while one instance stops');
      results.stopping = await attempt('overview while stopping', () =>
        measureOverviewWhileStopping(ctx, windowMs),
      );
    }
  } finally {
    await browser.close();
  }
  if (wants('lighthouse')) {
    results.lighthouse = await attempt('Lighthouse', () =>
      measureLighthouse(server.url, session, options.lighthouseRuns),
    );
  }
  return version;
}

/** The run's build and files, removed when the process exits, however it does. */
const work = mkdtempSync(join(tmpdir(), 'nhn-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

async function main() {
  const options = commandLine(parseOptions, USAGE);
  if (!options) return;
  const loadAtStart = loadavg()[0] ?? 0;
  const wants = (m: (typeof MEASURES)[number]) => options.only.includes(m);
  const distDir = join(work, 'dist');
  const results: BenchResults = {
    servers: options.servers,
    emulatorServers: options.emulatorServers,
  };
  let chromium = 'Chromium';
  try {
    if (options.build) build(distDir);
    else cpSync(resolve(REPO, options.dist), distDir, { recursive: true });
    installFloors(distDir);

    if (wants('emulator')) {
      results.emulator = await measureEmulator(
        options.emulatorServers,
        options.runs,
        options.loadSeconds,
        work,
      );
    }
    const browserRows = options.only.some((m) => m !== 'emulator');
    if (browserRows) {
      log(`npm run serve with ${options.servers} extra servers`);
      const server = await attempt('npm run serve', () =>
        startConsole({ distDir, servers: options.servers, transitionMs: BENCH_TRANSITION_MS }),
      );
      if (server.ok) {
        try {
          chromium = await browserMeasures(options, server.value, results);
        } finally {
          await server.value.child.stop();
        }
      } else {
        const reason = `the console did not start (${server.reason})`;
        for (const key of [
          'expected',
          'firstRows',
          'filter',
          'scroll',
          'overview',
          'settled',
          'stopping',
          'lighthouse',
        ] as const) {
          results[key] = failed(reason);
        }
      }
    }
  } finally {
    await stopAll();
  }

  const rows = buildRows(results);
  const runFacts = facts(
    options,
    chromium.includes('Chrom') ? chromium : `Chromium ${chromium}`,
    loadAtStart,
  );
  console.log(`\n${renderTable(rows)}\n`);
  const complete = MEASURES.every(wants);
  if (options.write && complete) {
    writeFileSync(join(REPO, options.out), benchMarkdown(rows, runFacts));
    const readmePath = join(REPO, 'README.md');
    writeFileSync(readmePath, withReadmeTable(readFileSync(readmePath, 'utf8'), rows, runFacts));
    log(`wrote ${options.out} and the README's table`);
  } else if (options.write) {
    log('a part was measured (--only): nothing written');
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void stopAll().then(() => process.exit(130));
  });
}

main().catch(async (error) => {
  console.error(error);
  await stopAll();
  process.exit(1);
});
