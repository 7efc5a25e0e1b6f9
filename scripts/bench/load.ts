/**
 * The emulator figures (issue 10), on a separate emulator with 10,000 extra servers: how long it
 * takes to listen (its floor: the same emulator with none), and how many `servers/detail?limit=100`
 * requests a second it answers under autocannon (its floor: a bare Hono server sending the same
 * JSON). Loopback only; each server in its own process, autocannon in another.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { computePath, demoToken } from './emulator-api';
import { attempt, log, type Measured } from './measured';
import { REPO, startBareServer, startEmulator } from './servers';

const run = promisify(execFile);

export interface LoadRun {
  requestsPerSecond: number;
  /** Bytes per answer, headers included: both servers must send the same. */
  bytesPerResponse: number;
  non2xx: number;
  errors: number;
}

/** autocannon's CLI, 10 connections for `seconds`, its JSON summary. */
async function autocannon(url: string, seconds: number, headers: Record<string, string> = {}) {
  const args = [
    join(REPO, 'node_modules/autocannon/autocannon.js'),
    '-c',
    '10',
    '-d',
    String(seconds),
    '-j',
  ];
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}=${value}`);
  const { stdout } = await run(process.execPath, [...args, url], { maxBuffer: 16 * 1024 * 1024 });
  const summary = JSON.parse(stdout) as {
    duration: number;
    requests: { average: number; total: number };
    throughput: { total: number };
    non2xx: number;
    errors: number;
  };
  return {
    // Every request over the whole run (the per-second average leaves out a part second).
    requestsPerSecond: summary.duration > 0 ? summary.requests.total / summary.duration : 0,
    bytesPerResponse: summary.requests.total
      ? summary.throughput.total / summary.requests.total
      : 0,
    non2xx: summary.non2xx,
    errors: summary.errors,
  } satisfies LoadRun;
}

/** How long each side runs before the other takes its turn. */
const SLICE_SECONDS = 2;

/** Slices of equal length as one run: their mean rate, bytes and failures. */
export function combined(runs: readonly LoadRun[]): LoadRun {
  const mean = (pick: (run: LoadRun) => number) =>
    runs.length ? runs.reduce((sum, run) => sum + pick(run), 0) / runs.length : 0;
  return {
    requestsPerSecond: mean((run) => run.requestsPerSecond),
    bytesPerResponse: mean((run) => run.bytesPerResponse),
    non2xx: runs.reduce((sum, run) => sum + run.non2xx, 0),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
  };
}

export interface EmulatorResults {
  listen: Measured<{ console: number[]; floor: number[] }>;
  load: Measured<{ console: LoadRun; floor: LoadRun; bodyBytes: number }>;
}

export async function measureEmulator(
  servers: number,
  runs: number,
  loadSeconds: number,
  workDir: string,
): Promise<EmulatorResults> {
  const listen = { console: [] as number[], floor: [] as number[] };
  let crash: string | null = null;
  for (let i = 0; i < runs && crash === null; i++) {
    log(`emulator listen time, run ${i + 1} of ${runs}`);
    const floor = await startEmulator(0);
    listen.floor.push(floor.listenMs);
    await floor.child.stop();
    try {
      const full = await startEmulator(servers);
      listen.console.push(full.listenMs);
      await full.child.stop();
    } catch (error) {
      crash = (error as Error).message;
    }
  }
  if (crash !== null) {
    const reason = `the emulator does not start with ${servers.toLocaleString('en-US')} servers (${crash})`;
    return { listen: { ok: false, reason }, load: { ok: false, reason } };
  }
  const load = await attempt('emulator load', () => emulatorLoad(servers, loadSeconds, workDir));
  return { listen: { ok: true, value: listen }, load };
}

async function emulatorLoad(servers: number, seconds: number, workDir: string) {
  const emulator = await startEmulator(servers);
  let bare: Awaited<ReturnType<typeof startBareServer>> | null = null;
  try {
    const token = (await demoToken(emulator.url)).access.token.id;
    const url = `${emulator.url}${computePath()}/servers/detail?limit=100`;
    const response = await fetch(url, { headers: { 'X-Auth-Token': token } });
    const body = await response.text();
    const count = (JSON.parse(body) as { servers: unknown[] }).servers.length;
    if (!response.ok || count !== 100)
      throw new Error(`servers/detail?limit=100 gave ${count} servers`);
    const file = join(workDir, 'servers-detail-100.json');
    writeFileSync(file, body);
    bare = await startBareServer(file);
    // A short run each first: both warmed up (JIT, connections) before the counted runs.
    log('load: warming up');
    await autocannon(url, 2, { 'X-Auth-Token': token });
    await autocannon(bare.url, 2);
    // The two take turns, a slice each, so that a busy moment of the machine (another process
    // on one of its two cores) falls on both sides alike rather than on whichever ran then.
    const slices = Math.max(1, Math.round(seconds / SLICE_SECONDS));
    const sliceSeconds = Math.max(1, Math.round(seconds / slices));
    log(`load: emulator and bare Hono server in turn, ${slices} × ${sliceSeconds} s each`);
    const consoleRuns: LoadRun[] = [];
    const floorRuns: LoadRun[] = [];
    for (let i = 0; i < slices; i++) {
      consoleRuns.push(await autocannon(url, sliceSeconds, { 'X-Auth-Token': token }));
      floorRuns.push(await autocannon(bare.url, sliceSeconds));
    }
    return {
      console: combined(consoleRuns),
      floor: combined(floorRuns),
      bodyBytes: Buffer.byteLength(body),
    };
  } finally {
    await bare?.child.stop();
    await emulator.child.stop();
  }
}
