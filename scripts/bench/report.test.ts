import { describe, expect, it } from 'vitest';
import {
  cells,
  formatBytes,
  formatFigure,
  formatGoal,
  formatMs,
  formatRatio,
  missing,
  num,
  type Row,
  ratio,
  renderTable,
  text,
  verdict,
} from './report';

const row = (overrides: Partial<Row>): Row => ({
  what: 'navigation → first rows',
  console: num(1_002, 'ms'),
  floor: num(195, 'ms'),
  goal: { kind: 'ratioAtMost', value: 1.5 },
  ...overrides,
});

describe('formatting', () => {
  it('prints bytes in decimal units, as Vite does', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(96_900)).toBe('96.9 KB');
    expect(formatBytes(1_286_000)).toBe('1.3 MB');
    expect(formatBytes(171_800_000)).toBe('171.8 MB');
  });
  it('prints milliseconds, and seconds from 10 s', () => {
    expect(formatMs(1_002.4)).toBe('1,002 ms');
    expect(formatMs(28_140)).toBe('28.1 s');
  });
  it('prints a figure with its detail, or why it is missing', () => {
    expect(formatFigure(num(108, 'ms', '232 ms max'))).toBe('108 ms (232 ms max)');
    expect(formatFigure(num(0.155, 'cls'))).toBe('0.155');
    expect(formatFigure(num(74.4, 'rps'))).toBe('74 req/s');
    expect(formatFigure(text('load-0006', 'first of 5,008 is app-from-volume'))).toBe(
      'load-0006 (first of 5,008 is app-from-volume)',
    );
    expect(formatFigure(missing('the emulator did not start'))).toBe(
      'not measured: the emulator did not start',
    );
  });
  it('prints each kind of goal', () => {
    expect(formatGoal({ kind: 'below', value: 2_000, unit: 'ms' })).toBe('< 2,000 ms');
    expect(formatGoal({ kind: 'atMost', value: 200_000, unit: 'bytes' })).toBe('≤ 200.0 KB');
    expect(formatGoal({ kind: 'atMost', value: 0, unit: 'cls', text: '0' })).toBe('0');
    expect(formatGoal({ kind: 'atLeast', value: 90, unit: 'score' })).toBe('≥ 90');
    expect(formatGoal({ kind: 'ratioAtMost', value: 1.5 })).toBe('≤ 1.5× the floor');
    expect(formatGoal({ kind: 'ratioAtLeast', value: 0.5 })).toBe('≥ 50 % of the floor');
  });
});

describe('ratio', () => {
  it('is console over floor', () => {
    expect(ratio(row({}))).toBeCloseTo(5.138, 3);
    expect(formatRatio(row({}))).toBe('5.14×');
    expect(formatRatio(row({ console: num(3_000, 'ms'), floor: num(100, 'ms') }))).toBe('30.0×');
  });
  it('reads a throughput as a share of the floor', () => {
    const load = row({
      console: num(74, 'rps'),
      floor: num(2_973, 'rps'),
      goal: { kind: 'ratioAtLeast', value: 0.5 },
    });
    expect(formatRatio(load)).toBe('0.025× (2.5 %)');
    expect(formatRatio({ ...load, console: num(2_000, 'rps') })).toBe('0.67× (67 %)');
  });
  it('is absent when a side is missing, a text, another unit, or a zero floor', () => {
    expect(ratio(row({ floor: missing('no floor') }))).toBeNull();
    expect(ratio(row({ floor: num(0, 'ms') }))).toBeNull();
    expect(ratio(row({ floor: num(3, 'bytes') }))).toBeNull();
    expect(formatRatio(row({ floor: missing('x') }))).toBe('—');
  });
});

describe('verdict', () => {
  it('holds a ratio goal against the floor of the same run', () => {
    expect(verdict(row({}))).toBe('misses');
    expect(verdict(row({ console: num(290, 'ms') }))).toBe('meets');
    expect(verdict(row({ console: num(292.5, 'ms') }))).toBe('meets');
    expect(verdict(row({ floor: missing('floor page failed') }))).toBe('not measured');
  });
  it('holds an absolute goal against the console alone', () => {
    const wire = row({
      console: num(1_286_000, 'bytes'),
      floor: num(2_000, 'bytes'),
      goal: { kind: 'atMost', value: 200_000, unit: 'bytes' },
    });
    expect(verdict(wire)).toBe('misses');
    expect(verdict({ ...wire, console: num(200_000, 'bytes') })).toBe('meets');
    const listen = row({ goal: { kind: 'below', value: 2_000, unit: 'ms' } });
    expect(verdict({ ...listen, console: num(2_000, 'ms') })).toBe('misses');
    expect(verdict({ ...listen, console: num(1_999, 'ms') })).toBe('meets');
    const score = row({ goal: { kind: 'atLeast', value: 90, unit: 'score' } });
    expect(verdict({ ...score, console: num(89, 'score') })).toBe('misses');
    expect(verdict({ ...score, console: num(90, 'score') })).toBe('meets');
    const cls = row({ goal: { kind: 'atMost', value: 0, unit: 'cls' } });
    expect(verdict({ ...cls, console: num(0.0001, 'cls') })).toBe('misses');
    expect(verdict({ ...cls, console: num(0, 'cls') })).toBe('meets');
  });
  it('needs the same answer as the floor for a sort', () => {
    const sort = row({
      console: text('load-0006'),
      floor: text('app-from-volume'),
      goal: { kind: 'sameAsFloor', text: 'the first of every matching instance' },
    });
    expect(verdict(sort)).toBe('misses');
    expect(formatRatio(sort)).toBe('different');
    expect(verdict({ ...sort, console: text('app-from-volume') })).toBe('meets');
    expect(formatRatio({ ...sort, console: text('app-from-volume') })).toBe('same');
  });
  it('is not measured when the console could not be', () => {
    expect(verdict(row({ console: missing('crashed') }))).toBe('not measured');
  });
});

describe('renderTable', () => {
  it('renders a padded Markdown table with one line per row', () => {
    const table = renderTable([
      row({}),
      row({ what: 'sort | by name', console: missing('crashed at start') }),
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^\| what +\| console +\| floor \(same run\) +\| console \/ floor/);
    expect(lines[1]).toMatch(/^\| -+ \| -+ \| -+ \| -+ \| -+ \| -+ \|$/); // as Biome formats it
    expect(lines[2]).toContain('| 1,002 ms ');
    expect(lines[2]).toContain('| 5.14× ');
    expect(lines[2]).toMatch(/\| misses +\|$/);
    // A pipe inside a cell is escaped, so the row keeps its six columns.
    expect(lines[3]).toContain('sort \\| by name');
    expect(lines[3]).toMatch(/\| not measured \|$/);
    // Every line is as long as the header (padded columns).
    const width = [...(lines[0] ?? '')].length;
    for (const line of lines) expect([...line].length).toBe(width);
  });
  it('leaves details and reasons out when compact', () => {
    const compact = renderTable(
      [row({ console: num(108, 'ms', '232 ms max'), floor: missing('floor page failed') })],
      true,
    );
    expect(compact).toContain('| 108 ms ');
    expect(compact).not.toContain('232 ms max');
    expect(compact).not.toContain('floor page failed');
    expect(compact).toContain('| not measured ');
  });
  it('puts the verdict in the last cell', () => {
    expect(cells(row({ console: num(200, 'ms') })).at(-1)).toBe('meets');
  });
});
