import { describe, expect, it } from 'vitest';
import { MEASURES, parseOptions } from './options';

describe('parseOptions', () => {
  it('defaults to the sizes of issue 10, three runs, every measure, written', () => {
    expect(parseOptions([])).toEqual({
      servers: 5_000,
      emulatorServers: 10_000,
      runs: 3,
      lighthouseRuns: 3,
      loadSeconds: 10,
      trafficSeconds: 60,
      build: true,
      dist: 'dist',
      write: true,
      only: MEASURES,
      out: 'docs/bench.md',
    });
  });
  it('reads sizes, runs, switches and a subset of measures', () => {
    const options = parseOptions([
      '--servers',
      '300',
      '--runs=1',
      '--no-build',
      '--no-write',
      '--only',
      'list, traffic',
    ]);
    expect(options).toMatchObject({
      servers: 300,
      runs: 1,
      build: false,
      write: false,
      only: ['list', 'traffic'],
    });
  });
  it('refuses what it cannot use', () => {
    expect(() => parseOptions(['--runs', '0'])).toThrow(/--runs must be an integer ≥ 1/);
    expect(() => parseOptions(['--servers', 'many'])).toThrow(/--servers must be an integer/);
    expect(() => parseOptions(['--only', 'everything'])).toThrow(/unknown measure 'everything'/);
    expect(() => parseOptions(['--fast'])).toThrow();
  });
});
