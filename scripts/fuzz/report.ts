/**
 * What the fuzz makes of its answers (issue 12): which are failures — any answer of 500 or more
 * (or one the emulator gave behind the proxy), no answer at all, an answer other than the one a
 * request was built to get, and a refusal (4xx) after which the emulator's state is not what it
 * was — and the table of counts per family.
 */
import type { Expectation, Family, FuzzRequest } from './generate';
import { FAMILIES } from './generate';
import { renderTable } from './table';

export interface Outcome {
  request: FuzzRequest;
  status: number | null;
  /** Why no answer came. */
  error?: string;
  /** The answer's first bytes. */
  body: string;
  ms: number;
  /** Answered 4xx, and the emulator's state differs from before the request. */
  stateChanged: boolean;
  /** Where the state differs after a 4xx or a 5xx answer (a 5xx's is for the report only). */
  changed?: string[];
  /** Statuses ≥ 500 the emulator answered while this request ran (behind the proxy, say). */
  emulatorErrors: number[];
  /** What the servers logged while it ran (first lines). */
  logged: string[];
}

export type Problem =
  | 'answer ≥ 500'
  | 'emulator ≥ 500 behind the proxy'
  | 'no answer'
  | 'unexpected answer'
  | 'state changed by a refusal';

function meets(expect: Expectation, status: number): boolean {
  return expect === '4xx' ? status >= 400 && status < 500 : status === expect;
}

export function problemsOf(outcome: Outcome): Problem[] {
  const problems: Problem[] = [];
  const { status, request } = outcome;
  if (status === null) problems.push('no answer');
  else if (status >= 500) problems.push('answer ≥ 500');
  if (outcome.emulatorErrors.length > 0 && (status === null || status < 500))
    problems.push('emulator ≥ 500 behind the proxy');
  if (
    status !== null &&
    status < 500 &&
    request.expect !== undefined &&
    !meets(request.expect, status)
  )
    problems.push('unexpected answer');
  if (outcome.stateChanged) problems.push('state changed by a refusal');
  return problems;
}

export interface FamilyCounts {
  family: Family | 'total';
  sent: number;
  viaEmulator: number;
  viaProxy: number;
  s2xx: number;
  s3xx: number;
  s4xx: number;
  s5xx: number;
  noAnswer: number;
  unexpected: number;
  stateChanged: number;
}

const empty = (family: Family | 'total'): FamilyCounts => ({
  family,
  sent: 0,
  viaEmulator: 0,
  viaProxy: 0,
  s2xx: 0,
  s3xx: 0,
  s4xx: 0,
  s5xx: 0,
  noAnswer: 0,
  unexpected: 0,
  stateChanged: 0,
});

/** Counts per family, in FAMILIES' order, and a total row last. */
export function tally(outcomes: readonly Outcome[]): FamilyCounts[] {
  const rows = new Map<Family | 'total', FamilyCounts>();
  for (const family of FAMILIES) rows.set(family, empty(family));
  const total = empty('total');
  for (const outcome of outcomes) {
    const row = rows.get(outcome.request.family) ?? empty(outcome.request.family);
    rows.set(outcome.request.family, row);
    const problems = problemsOf(outcome);
    for (const counts of [row, total]) {
      counts.sent++;
      if (outcome.request.via === 'emulator') counts.viaEmulator++;
      else counts.viaProxy++;
      const { status } = outcome;
      if (status === null) counts.noAnswer++;
      else if (status >= 500 || problems.includes('emulator ≥ 500 behind the proxy')) counts.s5xx++;
      else if (status >= 400) counts.s4xx++;
      else if (status >= 300) counts.s3xx++;
      else counts.s2xx++;
      if (problems.includes('unexpected answer')) counts.unexpected++;
      if (outcome.stateChanged) counts.stateChanged++;
    }
  }
  return [...[...rows.values()].filter((row) => row.sent > 0), total];
}

export function familyTable(rows: readonly FamilyCounts[]): string {
  return renderTable(
    [
      'family',
      'sent',
      'direct',
      'via proxy',
      '2xx',
      '3xx',
      '4xx',
      '5xx',
      'no answer',
      'unexpected',
      'state changed by refusal',
    ],
    rows.map((r) => [
      r.family,
      r.sent,
      r.viaEmulator,
      r.viaProxy,
      r.s2xx,
      r.s3xx,
      r.s4xx,
      r.s5xx,
      r.noAnswer,
      r.unexpected,
      r.stateChanged,
    ]),
  );
}

/**
 * Where two JSON values differ, as paths (`regions.kr1.tenants.….servers.3.name`), at most
 * `limit` of them: what a refused request changed.
 */
export function differences(before: unknown, after: unknown, limit = 5, path = ''): string[] {
  if (Object.is(before, after)) return [];
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null;
  if (!isObject(before) || !isObject(after) || Array.isArray(before) !== Array.isArray(after))
    return [path || '(root)'];
  const out: string[] = [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (out.length >= limit) break;
    const here = path ? `${path}.${key}` : key;
    if (!Object.hasOwn(before, key) || !Object.hasOwn(after, key)) {
      out.push(`${here} (${Object.hasOwn(before, key) ? 'removed' : 'added'})`);
      continue;
    }
    out.push(...differences(before[key], after[key], limit - out.length, here));
  }
  return out;
}

/**
 * What makes failures alike, to report each kind once with its count: the problems, the status,
 * what the emulator answered, and what the servers logged (without addresses and paths).
 */
function failureKind(outcome: Outcome): string {
  const log = (outcome.logged[0] ?? '')
    .replace(/^proxy: \S+ \S+ failed: /, 'proxy: failed: ')
    .replace(/https?:\/\/\S+/g, 'URL');
  const expected =
    outcome.request.expect !== undefined && problemsOf(outcome).includes('unexpected answer')
      ? ` ${outcome.request.family} expected ${outcome.request.expect}`
      : '';
  return [
    problemsOf(outcome).join(', '),
    outcome.status ?? outcome.error ?? 'no answer',
    outcome.emulatorErrors.join(','),
    log,
    expected,
  ].join(' | ');
}

/** Failures grouped by kind, largest group first, each in the order they happened. */
export function groupFailures(outcomes: readonly Outcome[]): Outcome[][] {
  const groups = new Map<string, Outcome[]>();
  for (const outcome of outcomes) {
    if (problemsOf(outcome).length === 0) continue;
    const key = failureKind(outcome);
    groups.set(key, [...(groups.get(key) ?? []), outcome]);
  }
  return [...groups.values()].sort((a, b) => b.length - a.length);
}
