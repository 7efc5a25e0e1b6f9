/**
 * The bench's table (issue 10, "Done when": every row of the table, side by side with its
 * floor measured in the same run, with the ratio and the goal). Pure: figures in, text out.
 */

export type Unit = 'ms' | 'bytes' | 'score' | 'cls' | 'rps' | 'count';

/** One side of a row: a number, a text (the name a sort shows) or why it could not be measured. */
export type Figure =
  | { kind: 'number'; value: number; unit: Unit; detail?: string }
  | { kind: 'text'; text: string; detail?: string }
  | { kind: 'missing'; reason: string };

/** What the console must reach. Absolute goals read the console's figure; ratio goals both. */
export type Goal =
  | { kind: 'below'; value: number; unit: Unit }
  | { kind: 'atMost'; value: number; unit: Unit; text?: string }
  | { kind: 'atLeast'; value: number; unit: Unit }
  | { kind: 'ratioAtMost'; value: number }
  | { kind: 'ratioAtLeast'; value: number }
  | { kind: 'sameAsFloor'; text: string };

export interface Row {
  what: string;
  console: Figure;
  floor: Figure;
  goal: Goal;
}

export type Verdict = 'meets' | 'misses' | 'not measured';

export const num = (value: number, unit: Unit, detail?: string): Figure => ({
  kind: 'number',
  value,
  unit,
  ...(detail ? { detail } : {}),
});
export const text = (value: string, detail?: string): Figure => ({
  kind: 'text',
  text: value,
  ...(detail ? { detail } : {}),
});
export const missing = (reason: string): Figure => ({ kind: 'missing', reason });

const grouped = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Bytes in decimal units, as Vite and the issue print them (1 KB = 1,000 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1_000) return `${grouped(bytes)} B`;
  if (bytes < 1_000_000) return `${grouped(bytes / 1_000, 1)} KB`;
  return `${grouped(bytes / 1_000_000, 1)} MB`;
}

/** Milliseconds below 10 s, seconds with one decimal above. */
export function formatMs(ms: number): string {
  return ms < 10_000 ? `${grouped(Math.round(ms))} ms` : `${grouped(ms / 1_000, 1)} s`;
}

function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'ms':
      return formatMs(value);
    case 'bytes':
      return formatBytes(value);
    case 'score':
      return grouped(Math.round(value));
    case 'cls':
      return value.toFixed(3);
    case 'rps':
      return `${grouped(Math.round(value))} req/s`;
    case 'count':
      return grouped(value);
  }
}

/** A figure with its detail in brackets; `compact` leaves details and reasons out. */
export function formatFigure(figure: Figure, compact = false): string {
  switch (figure.kind) {
    case 'number': {
      const main = formatValue(figure.value, figure.unit);
      return figure.detail && !compact ? `${main} (${figure.detail})` : main;
    }
    case 'text':
      return figure.detail && !compact ? `${figure.text} (${figure.detail})` : figure.text;
    case 'missing':
      return compact ? 'not measured' : `not measured: ${figure.reason}`;
  }
}

export function formatGoal(goal: Goal): string {
  switch (goal.kind) {
    case 'below':
      return `< ${formatValue(goal.value, goal.unit)}`;
    case 'atMost':
      return goal.text ?? `≤ ${formatValue(goal.value, goal.unit)}`;
    case 'atLeast':
      return `≥ ${formatValue(goal.value, goal.unit)}`;
    case 'ratioAtMost':
      return `≤ ${goal.value}× the floor`;
    case 'ratioAtLeast':
      return `≥ ${Math.round(goal.value * 100)} % of the floor`;
    case 'sameAsFloor':
      return goal.text;
  }
}

/** console / floor, when both are numbers in the same unit and the floor is not zero. */
export function ratio(row: Row): number | null {
  const { console: c, floor: f } = row;
  if (c.kind !== 'number' || f.kind !== 'number' || c.unit !== f.unit || f.value === 0) return null;
  return c.value / f.value;
}

/** A throughput goal reads as a share of the floor; everything else as a multiple of it. */
export function formatRatio(row: Row): string {
  const r = ratio(row);
  if (r === null) return row.goal.kind === 'sameAsFloor' ? sameText(row) : '—';
  if (row.goal.kind === 'ratioAtLeast')
    return `${r < 0.1 ? r.toFixed(3) : r.toFixed(2)}× (${formatPercent(r)})`;
  return `${r < 10 ? r.toFixed(2) : grouped(r, 1)}×`;
}

const formatPercent = (r: number) => `${r < 0.1 ? (r * 100).toFixed(1) : Math.round(r * 100)} %`;

function sameText(row: Row): string {
  if (row.console.kind !== 'text' || row.floor.kind !== 'text') return '—';
  return row.console.text === row.floor.text ? 'same' : 'different';
}

export function verdict(row: Row): Verdict {
  const { console: c, goal } = row;
  if (c.kind === 'missing') return 'not measured';
  if (goal.kind === 'sameAsFloor') {
    if (row.floor.kind !== 'text') return 'not measured';
    return c.kind === 'text' && c.text === row.floor.text ? 'meets' : 'misses';
  }
  if (goal.kind === 'ratioAtMost' || goal.kind === 'ratioAtLeast') {
    const r = ratio(row);
    if (r === null) return 'not measured';
    return (goal.kind === 'ratioAtMost' ? r <= goal.value : r >= goal.value) ? 'meets' : 'misses';
  }
  if (c.kind !== 'number' || c.unit !== goal.unit) return 'not measured';
  const ok =
    goal.kind === 'below'
      ? c.value < goal.value
      : goal.kind === 'atMost'
        ? c.value <= goal.value
        : c.value >= goal.value;
  return ok ? 'meets' : 'misses';
}

const HEADER = ['what', 'console', 'floor (same run)', 'console / floor', 'goal', 'verdict'];

/** The cells of each row, in HEADER's order. */
export function cells(row: Row, compact = false): string[] {
  const v = verdict(row);
  return [
    row.what,
    formatFigure(row.console, compact),
    formatFigure(row.floor, compact),
    formatRatio(row),
    formatGoal(row.goal),
    v,
  ];
}

const escapeCell = (cell: string) => cell.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** A Markdown table, its columns padded so that it reads in a terminal too. */
export function renderTable(rows: readonly Row[], compact = false): string {
  const body = [HEADER, ...rows.map((row) => cells(row, compact))].map((line) =>
    line.map(escapeCell),
  );
  const widths = HEADER.map((_, i) => Math.max(...body.map((line) => [...(line[i] ?? '')].length)));
  const pad = (cell: string, i: number) => cell + ' '.repeat((widths[i] ?? 0) - [...cell].length);
  const line = (cellsOfLine: string[]) => `| ${cellsOfLine.map(pad).join(' | ')} |`;
  const [head, ...rest] = body;
  return [
    line(head ?? []),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...rest.map(line),
  ].join('\n');
}
