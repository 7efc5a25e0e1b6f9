/** Emulator settings, read from the environment once (documented in README.md). */
import { MAX_EXTRA_SERVERS } from './seed';

export interface EmulatorConfig {
  port: number;
  host: string;
  /** How long each state transition takes (NHN_EMULATOR_TRANSITION_MS). */
  transitionMs: number;
  /** Token lifetime in seconds (NHN_EMULATOR_TOKEN_TTL). */
  tokenTtlSeconds: number;
  /** Extra servers added to the demo tenant's KR1 seed for scale tests (NHN_EMULATOR_SERVERS). */
  extraServers: number;
  /** Where state is kept across restarts (NHN_EMULATOR_STATE); in memory when unset. */
  stateFile: string | null;
  /** Log every request to stdout (NHN_EMULATOR_LOG=1). */
  log: boolean;
}

function intFrom(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min = 0,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be an integer ≥ ${min}, got '${raw}'`);
  }
  if (value > max) throw new Error(`${name} must be at most ${max}, got '${raw}'`);
  return value;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): EmulatorConfig {
  return {
    port: intFrom(env, 'NHN_EMULATOR_PORT', 8774, 1),
    host: env.NHN_EMULATOR_HOST || '127.0.0.1',
    transitionMs: intFrom(env, 'NHN_EMULATOR_TRANSITION_MS', 3000),
    tokenTtlSeconds: intFrom(env, 'NHN_EMULATOR_TOKEN_TTL', 12 * 60 * 60, 1),
    extraServers: intFrom(env, 'NHN_EMULATOR_SERVERS', 0, 0, MAX_EXTRA_SERVERS),
    stateFile: env.NHN_EMULATOR_STATE || null,
    log: env.NHN_EMULATOR_LOG === '1',
  };
}

export const DEFAULT_CONFIG: EmulatorConfig = {
  port: 8774,
  host: '127.0.0.1',
  transitionMs: 3000,
  tokenTtlSeconds: 12 * 60 * 60,
  extraServers: 0,
  stateFile: null,
  log: false,
};
