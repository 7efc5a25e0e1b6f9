/** `npm run bench -- [options]`: what to measure and how often (defaults: the sizes). */
import { parseArgs } from 'node:util';

export const MEASURES = ['emulator', 'list', 'overview', 'traffic', 'lighthouse'] as const;
type Measure = (typeof MEASURES)[number];

export interface BenchOptions {
  /** Extra servers behind the console (NHN_EMULATOR_SERVERS). */
  servers: number;
  /** Extra servers of the separate emulator run (listen time and load). */
  emulatorServers: number;
  /** Runs of each browser figure; the median is reported. */
  runs: number;
  lighthouseRuns: number;
  loadSeconds: number;
  /** The traffic window: a minute, as the issue counts traffic per minute. */
  trafficSeconds: number;
  build: boolean;
  /** The build to serve with --no-build (a copy of it: the floors are added to the copy). */
  dist: string;
  /** Write docs/bench.md and the README's figures. */
  write: boolean;
  only: readonly Measure[];
  out: string;
}

export const USAGE = `npm run bench -- [--servers 5000] [--emulator-servers 10000] [--runs 3]
  [--lighthouse-runs 3] [--load-seconds 10] [--traffic-seconds 60] [--no-build [--dist dist]] [--no-write]
  [--only ${MEASURES.join(',')}] [--out docs/bench.md]`;

function count(name: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`--${name} must be an integer ≥ ${min}, got '${raw}'\n${USAGE}`);
  }
  return value;
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      servers: { type: 'string' },
      'emulator-servers': { type: 'string' },
      runs: { type: 'string' },
      'lighthouse-runs': { type: 'string' },
      'load-seconds': { type: 'string' },
      'traffic-seconds': { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      dist: { type: 'string', default: 'dist' },
      'no-write': { type: 'boolean', default: false },
      only: { type: 'string' },
      out: { type: 'string', default: 'docs/bench.md' },
    },
    strict: true,
    allowPositionals: false,
  });
  const only = (values.only ?? MEASURES.join(','))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const name of only) {
    if (!(MEASURES as readonly string[]).includes(name)) {
      throw new Error(`--only: unknown measure '${name}' (one of ${MEASURES.join(', ')})`);
    }
  }
  return {
    servers: count('servers', values.servers, 5_000, 0),
    emulatorServers: count('emulator-servers', values['emulator-servers'], 10_000, 0),
    runs: count('runs', values.runs, 3, 1),
    lighthouseRuns: count('lighthouse-runs', values['lighthouse-runs'], 3, 1),
    loadSeconds: count('load-seconds', values['load-seconds'], 10, 1),
    trafficSeconds: count('traffic-seconds', values['traffic-seconds'], 60, 5),
    build: !values['no-build'],
    dist: values.dist,
    write: !values['no-write'],
    only: only as Measure[],
    out: values.out,
  };
}
