/**
 * docs/bench.md (the latest figures, what each row and floor is, how to reproduce) and the table
 * in the README's "Performance" section, between its two markers. Pure: text in, text out.
 */
import { type Row, renderTable } from './report';

export const README_BEGIN = '<!-- bench:begin (written by npm run bench) -->';
export const README_END = '<!-- bench:end -->';

export interface RunFacts {
  date: string;
  commit: string;
  node: string;
  chromium: string;
  cpus: string;
  /** The 1-minute load average when the run started and when it ended (other work on the machine). */
  load: string;
  servers: number;
  emulatorServers: number;
  runs: number;
  lighthouseRuns: number;
  trafficSeconds: number;
  loadSeconds: number;
}

const n = (value: number) => value.toLocaleString('en-US');

export function summaryLine(facts: RunFacts): string {
  return (
    `Measured ${facts.date} on commit ${facts.commit} (${facts.cpus}, load average ${facts.load}, Node ${facts.node}, ${facts.chromium}): ` +
    `${n(facts.servers)} extra instances behind the console, ${n(facts.emulatorServers)} in the emulator run; ` +
    `browser figures are the median of ${facts.runs} runs, Lighthouse of ${facts.lighthouseRuns}.`
  );
}

export function benchMarkdown(rows: readonly Row[], facts: RunFacts): string {
  return `# Performance figures

Written by \`npm run bench\` (scripts/bench/); do not edit by hand. The goals are issue 10's.

${summaryLine(facts)}

${renderTable(rows)}

The machine is noisy: what matters is each figure's ratio to its floor, measured in the same run
(console and floor pages alternate, run after run). 1 KB = 1,000 bytes; bytes are what came over
the wire (compressed when the server compresses, headers included).

## What each row measures, and its floor

The console is the production build (\`npm run build\`, then \`server/serve.ts\` as \`npm run serve\`
runs it, with its emulator) on loopback ports of the bench's own, driven by Debian's Chromium
(headless, the flags of the browser tests) in a fresh browser context per run: a first visit.
The floors are plain pages the bench puts into that build under \`/bench-floor/\` for the run
(scripts/bench/floor/): same origin, same server, same session, no framework.

- **emulator: listen** — from starting \`server/emulator/main.ts\` (a Node process, as
  \`npm run emulator\`) with \`NHN_EMULATOR_SERVERS=${facts.emulatorServers}\` to its "listening"
  line. Floor: the same emulator with no extra servers (Node, tsx and the seed of the demo data).
- **JS+CSS on the wire** — every JavaScript and CSS response, headers included, from navigating
  to \`/kr1/instances\` until its rows are on screen and the network has been quiet for 1.5 s.
  Floor: the floor list page's own scripts.
- **Lighthouse** — Lighthouse 12.2.3's default (mobile) config, performance only, on \`/login\` and
  on \`/kr1/instances\` (signed in). Floors: a plain sign-in form, and the floor list page.
- **navigation → first rows** — from the navigation's start to the paint after the first instance
  row is in the table. Floor: a page that makes the console's own first \`servers/detail\`
  request (read from the console's run) and renders the rows into a \`<table>\`.
- **sort by name** — clicks the Name column and reads the first row once it has settled. Floor:
  the alphabetically first of every instance the API lists (lower case, as the console compares).
- **name filter** — types a name only one instance has, a key every 150 ms. Keystroke → next
  paint: from each key's event to the paint after it, pooled over all runs (the median, which
  the verdict reads, and the max). Last key → results: to the paint that shows exactly that one row. Floor: the list page
  holding every instance (pages of 1,000) and filtering them in memory, 50 rows shown.
- **scrolling 1,000 rows** — \`/kr1/instances?limit=1000\`, scrolled to the end 400 px a frame;
  long tasks (\`PerformanceObserver\` \`longtask\`: over 50 ms) while scrolling, and while
  loading before it. Floor: all 1,000 rows in a plain table.
- **overview: time to content** — navigation to the paint after the first status count; then
  every request and byte until the network is quiet for 2 s, and the JS heap after a garbage
  collection. Floor: every server (pages of 1,000), the flavors and the volumes, counted.
- **traffic per minute** — the page loads, then half a window passes (so a once-a-minute refresh
  falls inside the window exactly once), then every request that starts in a ${facts.trafficSeconds}-second window
  is counted (real time). "Settled": the instances list, nothing changing. "While one instance
  stops": an ACTIVE instance is stopped first; the bench's emulator makes every transition last
  10 minutes, so it is stopping the whole minute. Floor: the same page kept fresh with
  \`changes-since\`, every 2.5 s while something is busy, else every minute.
- **emulator servers/detail?limit=100** — autocannon, 10 connections, ${facts.loadSeconds} s a side after a 2 s warm-up
  of each, the two taking turns in slices of about 2 s (a busy moment of the machine falls on both),
  straight at the emulator with ${n(facts.emulatorServers)} servers. Floor: a bare Hono server (the
  same Node adapter) answering with the same JSON, its bytes read once (the least work the answer
  takes; the emulator keeps each server's JSON as bytes, so a floor that serialized or encoded
  on every request would cost more than the emulator does).

## Reproduce

\`\`\`sh
npm run bench                                # everything, 8–15 minutes; writes this file and the README's table
npm run bench -- --only list,overview --runs 1 --no-write   # a part, quickly, nothing written
\`\`\`

Options: \`--servers\` (${n(facts.servers)}), \`--emulator-servers\` (${n(facts.emulatorServers)}),
\`--runs\`, \`--lighthouse-runs\`, \`--traffic-seconds\`, \`--load-seconds\`, \`--no-build\`,
\`--no-write\`, \`--only emulator,list,overview,traffic,lighthouse\`.
`;
}

/** The README with its Performance table replaced; the README as it was if it has no markers. */
export function withReadmeTable(readme: string, rows: readonly Row[], facts: RunFacts): string {
  const begin = readme.indexOf(README_BEGIN);
  const end = readme.indexOf(README_END);
  if (begin === -1 || end < begin) return readme;
  const block = `${README_BEGIN}\n\n${summaryLine(facts)}\n\n${renderTable(rows, true)}\n\n`;
  return readme.slice(0, begin) + block + readme.slice(end);
}
