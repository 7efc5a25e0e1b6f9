/**
 * `npm run load -- [--clients 50] [--seconds 20]` (issue 12): the console's production server
 * (server/serve.ts on the build in dist/, with its emulator holding NHN_EMULATOR_SERVERS=1000
 * extra servers) under `--clients` concurrent signed-in clients for `--seconds`, each with its own
 * session cookie (POST /api/session), looping over what the console's pages ask (./mix.ts) with
 * the occasional write. Loopback only. Records requests, errors (any answer that is not 2xx,
 * except a write's state conflict — 409, or 404 deleting — counted apart), latency percentiles,
 * requests per second, and the server process's resident memory (VmRSS) every second.
 *
 * Fails (exit 1) on any error, on RSS above --max-rss-mb (512) at any sample, or on RSS growing
 * by more than --max-growth-mb (100) after the warm-up (the first --warmup seconds, 5).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Agent } from 'node:http';
import { join } from 'node:path';
import { DEMO, demoSession } from '../bench/emulator-api';
import { REPO, startConsole, stopAll } from '../bench/servers';
import { commandLine } from '../command-line';
import { FUZZ_PUBLIC_KEY } from '../fuzz/generate';
import { Rng } from '../fuzz/prng';
import { renderTable } from '../fuzz/table';
import { call, getJson, rssOf } from './client';
import { type ClientState, classify, nextOp, OPS, type Op, plan, type Target } from './mix';
import { options, USAGE } from './options';
import { MB, type MemorySample, memorySummary, summarize } from './stats';

const REGION = 'kr1';
/** The emulator's transition time: a stopped server can be started again soon after. */
const TRANSITION_MS = 1000;

const log = (message: string) => process.stdout.write(`load: ${message}\n`);

interface OpCounts {
  latencies: number[];
  ok: number;
  conflicts: number;
  errors: number;
}

const mb = (bytes: number | null) => (bytes === null ? '—' : `${(bytes / MB).toFixed(1)} MB`);
const msText = (ms: number | null) => (ms === null ? '—' : ms.toFixed(1));

async function main() {
  const opts = commandLine(options, USAGE);
  if (!opts) return;
  const distDir = join(REPO, 'dist');
  if (opts.build || !existsSync(join(distDir, 'index.html'))) {
    log('npm run build');
    execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  log(`npm run serve (dist/, NHN_EMULATOR_SERVERS=${opts.servers}) on a loopback port`);
  const server = await startConsole({
    distDir,
    servers: opts.servers,
    transitionMs: TRANSITION_MS,
  });
  const pid = server.child.pid;
  if (pid === undefined) throw new Error('the server has no process id');
  const port = Number(new URL(server.url).port);
  try {
    log(`signing in ${opts.clients} clients (POST /api/session each)`);
    const cookies: string[] = [];
    for (let i = 0; i < opts.clients; i++) {
      const { cookie } = await demoSession(server.url);
      cookies.push(`${cookie.name}=${cookie.value}`);
    }
    const first = cookies[0] as string;
    const compute = `${server.url}/api/compute/${REGION}/v2/${DEMO.tenantId}`;
    type Page = { servers: { id: string; name: string; status: string }[] };
    const page = await getJson<Page>(`${compute}/servers/detail?limit=50`, first);
    const load = await getJson<Page>(
      `${compute}/servers/detail?limit=1000&status=ACTIVE&name=${encodeURIComponent('^load-')}`,
      first,
    );
    if (page.servers.length === 0 || load.servers.length === 0)
      throw new Error('the tenant has no servers to read or load servers to stop and start');
    log(
      `${page.servers.length} servers on the first page; ${load.servers.length} active load servers to stop and start`,
    );

    const counts = new Map<Op, OpCounts>(
      OPS.map((op) => [op, { latencies: [], ok: 0, conflicts: 0, errors: 0 }]),
    );
    const errorSamples: string[] = [];
    const memory: MemorySample[] = [];
    const sample = (atMs: number) => {
      const rss = rssOf(pid);
      if (rss !== null) memory.push({ atMs, rssBytes: rss });
    };
    sample(-1);

    const agent = new Agent({ keepAlive: true, maxSockets: opts.clients });
    const started = performance.now();
    const ends = started + opts.seconds * 1000;
    const sampler = setInterval(() => sample(performance.now() - started), 1000);
    log(`${opts.clients} clients × ${opts.seconds} s`);
    const client = async (k: number) => {
      const rng = new Rng(1000 + k);
      const target: Target = {
        region: REGION,
        tenantId: DEMO.tenantId,
        serverIds: page.servers.map((s) => s.id),
        ownServerId: (load.servers[k % load.servers.length] as { id: string }).id,
        publicKey: FUZZ_PUBLIC_KEY,
      };
      const state: ClientState = { nextPower: 'os-stop', keypairs: 0 };
      const cookie = cookies[k] as string;
      while (performance.now() < ends) {
        for (const r of plan(nextOp(rng), rng, target, state, k)) {
          const t0 = performance.now();
          const result = await call(agent, port, cookie, opts.acceptEncoding, r);
          const ms = performance.now() - t0;
          const c = counts.get(r.op) as OpCounts;
          c.latencies.push(ms);
          const verdict = classify(r, result.status);
          if (verdict === 'ok') c.ok++;
          else if (verdict === 'conflict') c.conflicts++;
          else {
            c.errors++;
            if (errorSamples.length < 10)
              errorSamples.push(
                `${r.method} ${r.path} → ${result.status ?? result.error} ${result.body.slice(0, 200)}`,
              );
          }
        }
      }
    };
    await Promise.all(Array.from({ length: opts.clients }, (_, k) => client(k)));
    const elapsed = performance.now() - started;
    clearInterval(sampler);
    sample(elapsed);
    agent.destroy();
    const alive = server.child.alive;

    // ── the tables ──
    const rows: (string | number)[][] = [];
    const all: number[] = [];
    let [ok, conflicts, errors] = [0, 0, 0];
    for (const op of OPS) {
      const c = counts.get(op) as OpCounts;
      const s = summarize(c.latencies);
      all.push(...c.latencies);
      ok += c.ok;
      conflicts += c.conflicts;
      errors += c.errors;
      rows.push([
        op,
        s.count,
        c.errors,
        c.conflicts,
        msText(s.p50),
        msText(s.p95),
        msText(s.p99),
        msText(s.max),
      ]);
    }
    const total = summarize(all);
    rows.push([
      'total',
      total.count,
      errors,
      conflicts,
      msText(total.p50),
      msText(total.p95),
      msText(total.p99),
      msText(total.max),
    ]);
    const rps = total.count / (elapsed / 1000);
    console.log(
      `\n${renderTable(['request', 'sent', 'errors', 'conflicts (409)', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'], rows)}`,
    );
    console.log(
      `\n${opts.clients} clients × ${(elapsed / 1000).toFixed(1)} s: ${total.count.toLocaleString('en-US')} requests, ${rps.toFixed(0)} requests/s, ${ok.toLocaleString('en-US')} ok, ${errors} errors, ${conflicts} conflicts`,
    );

    const m = memorySummary(memory, opts.warmup * 1000);
    const maxBound = opts.maxRssMb * MB;
    const growthBound = opts.maxGrowthMb * MB;
    const rssOk = m.max !== null && m.max <= maxBound;
    const growthOk = m.growthAfterWarmUp !== null && m.growthAfterWarmUp <= growthBound;
    console.log(
      `\n${renderTable(
        [`server RSS (VmRSS, pid ${pid})`, 'value', 'bound'],
        [
          ['before the load', mb(m.before), ''],
          [`after ${opts.warmup} s warm-up`, mb(m.afterWarmUp), ''],
          ['highest sample', mb(m.max), `≤ ${opts.maxRssMb} MB ${rssOk ? 'ok' : 'BROKEN'}`],
          ['last sample', mb(m.last), ''],
          [
            'growth after warm-up',
            mb(m.growthAfterWarmUp),
            `≤ ${opts.maxGrowthMb} MB ${growthOk ? 'ok' : 'BROKEN'}`,
          ],
        ],
      )}`,
    );
    console.log(
      `samples (1 s apart): ${memory.map((s) => (s.rssBytes / MB).toFixed(0)).join(' ')} MB`,
    );

    if (errorSamples.length > 0)
      console.log(`\nfirst errors:\n${errorSamples.map((e) => `  ${e}`).join('\n')}`);
    const failures = [
      ...(errors > 0 ? [`${errors} errors`] : []),
      ...(rssOk ? [] : [`RSS ${mb(m.max)} above ${opts.maxRssMb} MB`]),
      ...(growthOk
        ? []
        : [`RSS grew ${mb(m.growthAfterWarmUp)} after warm-up (bound ${opts.maxGrowthMb} MB)`]),
      ...(alive ? [] : ['the server exited during the run']),
    ];
    if (failures.length > 0) {
      console.log(`\nload failed: ${failures.join('; ')}`);
      process.exitCode = 1;
    } else {
      console.log('\nload passed: no errors, memory within its bounds.');
    }
  } finally {
    await server.child.stop();
    await stopAll();
  }
}

process.on('SIGINT', () => {
  void stopAll().then(() => process.exit(130));
});
await main();
