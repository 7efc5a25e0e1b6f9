import { describe, expect, it } from 'vitest';
import {
  benchMarkdown,
  README_BEGIN,
  README_END,
  type RunFacts,
  summaryLine,
  withReadmeTable,
} from './document';
import { num, type Row } from './report';

const facts: RunFacts = {
  date: '2026-11-30 08:00 UTC',
  commit: 'abc1234',
  node: 'v20.19.0',
  chromium: 'Chromium 156',
  cpus: '2 × Example CPU',
  load: '1.2 → 3.4',
  servers: 5_000,
  emulatorServers: 10_000,
  runs: 3,
  lighthouseRuns: 3,
  trafficSeconds: 60,
  loadSeconds: 10,
};
const rows: Row[] = [
  {
    what: 'navigation → first rows (5,000)',
    console: num(300, 'ms', 'runs: 290 ms, 300 ms, 310 ms'),
    floor: num(200, 'ms'),
    goal: { kind: 'ratioAtMost', value: 1.5 },
  },
];

describe('summaryLine', () => {
  it('says when, on what and how often', () => {
    expect(summaryLine(facts)).toBe(
      'Measured 2026-11-30 08:00 UTC on commit abc1234 (2 × Example CPU, load average 1.2 → 3.4, Node v20.19.0, Chromium 156): ' +
        '5,000 extra instances behind the console, 10,000 in the emulator run; browser figures are ' +
        'the median of 3 runs, Lighthouse of 3.',
    );
  });
});

describe('benchMarkdown', () => {
  it('holds the full table, what each floor is, and how to reproduce', () => {
    const markdown = benchMarkdown(rows, facts);
    expect(markdown).toContain('| navigation → first rows (5,000) | 300 ms (runs: 290 ms');
    expect(markdown).toContain('## What each row measures, and its floor');
    expect(markdown).toContain('npm run bench');
  });
});

describe('withReadmeTable', () => {
  const readme = `# Console\n\n## Performance\n\nHow to run.\n\n${README_BEGIN}\nold figures\n${README_END}\n\n## Next\n`;

  it('replaces what is between the markers with the compact table, and nothing else', () => {
    const updated = withReadmeTable(readme, rows, facts);
    expect(updated).not.toContain('old figures');
    expect(updated).toMatch(/\| navigation → first rows \(5,000\) \| 300 ms +\| 200 ms +\|/);
    expect(updated).not.toContain('runs: 290 ms');
    expect(updated.startsWith('# Console\n\n## Performance\n\nHow to run.\n\n')).toBe(true);
    expect(updated.endsWith(`${README_END}\n\n## Next\n`)).toBe(true);
    // Running it again changes nothing more.
    expect(withReadmeTable(updated, rows, facts)).toBe(updated);
  });

  it('leaves a README without the markers as it is', () => {
    expect(withReadmeTable('# Console\n', rows, facts)).toBe('# Console\n');
  });
});
