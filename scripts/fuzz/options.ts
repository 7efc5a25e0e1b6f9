/** `npm run fuzz`'s command line (./main.ts). */
import { parseArgs } from 'node:util';

export const USAGE = 'npm run fuzz -- [--seed 12] [--requests 5000] [--only 17,230 (replay those)]';

/** The run's seed, how many requests, and which of them to replay (`--only`). */
export function options(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      seed: { type: 'string', default: '12' },
      requests: { type: 'string', default: '5000' },
      only: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const seed = Number(values.seed);
  const requests = Number(values.requests);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new Error(`--seed must be an integer 0…4294967295, got '${values.seed}'`);
  if (!Number.isInteger(requests) || requests < 1 || requests > 1_000_000)
    throw new Error(`--requests must be an integer 1…1000000, got '${values.requests}'`);
  // Replays some of the requests (by their #), to look into a failure.
  const only = values.only?.split(',').map((n) => Number(n.trim()));
  if (only?.some((n) => !Number.isInteger(n) || n < 0 || n >= requests))
    throw new Error(`--only takes request numbers below --requests, got '${values.only}'`);
  return { seed, requests, only, help: values.help };
}
