/** `npm run load`'s command line (./main.ts). */
import { parseArgs } from 'node:util';

export const USAGE =
  'npm run load -- [--clients 50] [--seconds 20] [--servers 1000] [--warmup 5] [--max-rss-mb 512] [--max-growth-mb 100] [--accept-encoding "gzip, deflate, br"] [--build]';

export function options(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      clients: { type: 'string', default: '50' },
      seconds: { type: 'string', default: '20' },
      servers: { type: 'string', default: '1000' },
      warmup: { type: 'string', default: '5' },
      'max-rss-mb': { type: 'string', default: '512' },
      'max-growth-mb': { type: 'string', default: '100' },
      'accept-encoding': { type: 'string', default: 'gzip, deflate, br' },
      build: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const int = (name: string, raw: string, min: number) => {
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min)
      throw new Error(`--${name} must be an integer ≥ ${min}, got '${raw}'`);
    return value;
  };
  const seconds = int('seconds', values.seconds, 1);
  const warmup = int('warmup', values.warmup, 0);
  if (warmup >= seconds) throw new Error('--warmup must be shorter than --seconds');
  return {
    clients: int('clients', values.clients, 1),
    seconds,
    servers: int('servers', values.servers, 0),
    warmup,
    maxRssMb: int('max-rss-mb', values['max-rss-mb'], 1),
    maxGrowthMb: int('max-growth-mb', values['max-growth-mb'], 0),
    acceptEncoding: values['accept-encoding'],
    build: values.build,
    help: values.help,
  };
}
