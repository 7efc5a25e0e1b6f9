import { afterEach, describe, expect, it, vi } from 'vitest';
import { commandLine } from './command-line';

const parse = (argv: string[]) => {
  if (argv.includes('--bad')) throw new Error('--bad is not an option\n(more detail)');
  return { n: argv.length };
};

afterEach(() => {
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

describe('a script’s command line', () => {
  it('gives the options', () => {
    expect(commandLine(parse, 'usage', ['--seed', '1'])).toEqual({ n: 2 });
    expect(process.exitCode).toBeUndefined();
  });

  it('prints the usage for --help and gives nothing, exit 0', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(commandLine(parse, 'usage', ['--help', '--bad'])).toBe(null);
    expect(log).toHaveBeenCalledWith('usage');
    expect(process.exitCode).toBeUndefined();
  });

  it('says what is wrong, in one line, with the usage, and exits 2', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(commandLine(parse, 'usage', ['--bad'])).toBe(null);
    expect(error).toHaveBeenCalledWith('--bad is not an option\nusage');
    expect(process.exitCode).toBe(2);
  });
});
