import { describe, expect, it } from 'vitest';
import type { FuzzRequest } from './generate';
import { differences, familyTable, type Outcome, problemsOf, tally } from './report';
import { renderTable } from './table';

const request = (more: Partial<FuzzRequest> = {}): FuzzRequest => ({
  index: 0,
  family: 'images',
  via: 'emulator',
  method: 'GET',
  path: '/image/kr1/v2/images',
  headers: {},
  auth: 'token',
  mutations: ['valid'],
  ...more,
});
const outcome = (status: number | null, more: Partial<Outcome> = {}): Outcome => ({
  request: request(),
  status,
  body: '',
  ms: 1,
  stateChanged: false,
  emulatorErrors: [],
  logged: [],
  ...more,
});

describe('problemsOf', () => {
  it('passes a refusal and a success', () => {
    expect(problemsOf(outcome(200))).toEqual([]);
    expect(problemsOf(outcome(404))).toEqual([]);
  });

  it('fails 5xx, no answer, a hidden emulator 500, a wrong answer, a changed state', () => {
    expect(problemsOf(outcome(502))).toEqual(['answer ≥ 500']);
    expect(problemsOf(outcome(null, { error: 'ECONNRESET' }))).toEqual(['no answer']);
    expect(problemsOf(outcome(413, { emulatorErrors: [500] }))).toEqual([
      'emulator ≥ 500 behind the proxy',
    ]);
    expect(problemsOf(outcome(200, { request: request({ expect: 413 }) }))).toEqual([
      'unexpected answer',
    ]);
    expect(problemsOf(outcome(400, { request: request({ expect: '4xx' }) }))).toEqual([]);
    expect(problemsOf(outcome(400, { stateChanged: true }))).toEqual([
      'state changed by a refusal',
    ]);
  });
});

describe('tally', () => {
  it('counts per family and in total', () => {
    const rows = tally([
      outcome(200),
      outcome(404, { request: request({ via: 'proxy' }) }),
      outcome(500),
      outcome(null),
      outcome(401, { request: request({ family: 'session', via: 'proxy' }), stateChanged: true }),
    ]);
    expect(rows.map((r) => r.family)).toEqual(['images', 'session', 'total']);
    expect(rows[0]).toMatchObject({
      sent: 4,
      viaEmulator: 3,
      viaProxy: 1,
      s2xx: 1,
      s4xx: 1,
      s5xx: 1,
      noAnswer: 1,
    });
    expect(rows[2]).toMatchObject({ sent: 5, s4xx: 2, stateChanged: 1 });
    const table = familyTable(rows);
    expect(table.split('\n')).toHaveLength(5);
    expect(table).toContain('state changed by refusal');
  });
});

describe('differences', () => {
  it('names where two states differ', () => {
    expect(differences({ a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [1, 3] } })).toEqual(['b.c.1']);
    expect(differences({ a: 1 }, { a: 1, z: 2 })).toEqual(['z (added)']);
    expect(differences({ a: { x: 1 } }, {})).toEqual(['a (removed)']);
    expect(differences([1], { 0: 1 })).toEqual(['(root)']);
    expect(differences({ same: [1, { x: 'y' }] }, { same: [1, { x: 'y' }] })).toEqual([]);
  });
});

describe('renderTable', () => {
  it('pads columns, numbers to the right', () => {
    expect(
      renderTable(
        ['name', 'n'],
        [
          ['a', 5],
          ['bbb', 1234],
        ],
      ),
    ).toBe(['name      n', '────  ─────', 'a         5', 'bbb   1,234'].join('\n'));
  });
});
