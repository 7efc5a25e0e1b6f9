/** `npm run emulator`: the NHN Cloud emulator alone, on 127.0.0.1:${NHN_EMULATOR_PORT:-8774}. */
import type { ServerType } from '@hono/node-server';
import { serve } from '@hono/node-server';
import { USERS } from './accounts';
import { createEmulator, type Emulator } from './app';
import { configFromEnv } from './config';

/**
 * Starts the emulator. Throws when it cannot: a bad setting, or a state file that cannot be read
 * or is not a state (the message names the file and what is wrong).
 */
export function startEmulator(config = configFromEnv()) {
  const emulator = createEmulator(config);
  const server = serve({ fetch: emulator.app.fetch, port: config.port, hostname: config.host });
  if (config.stateFile) flushOnShutdown(emulator, server);
  return { emulator, server, url: `http://${config.host}:${config.port}` };
}

/**
 * The state file is written in batches (issue 12), so what is not written yet is written when
 * the server closes, when the process exits, and on SIGINT and SIGTERM, whoever started the
 * emulator (this file, `npm start`, `npm run serve`). When nobody else handles the signal, the
 * process then ends as the signal's default action would.
 */
function flushOnShutdown(emulator: Emulator, server: ServerType): void {
  const flush = () => {
    try {
      emulator.close();
    } catch (error) {
      console.error(`emulator: could not write the state: ${(error as Error).message}`);
    }
  };
  const detach = () => {
    process.off('exit', flush);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    flush();
    detach();
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  process.on('exit', flush);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  server.once('close', () => {
    flush();
    detach();
  });
}

export function describeEmulator(url: string): string {
  const lines = [
    `NHN Cloud emulator listening on ${url}`,
    `  identity:  ${url}/identity/v2.0`,
    `  control:   ${url}/_emulator (reset, faults, settle, clock)`,
    '  demo credentials:',
    ...USERS.map((u) => `    tenant ${u.tenantId}  user ${u.username}  API password ${u.password}`),
  ];
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let started: ReturnType<typeof startEmulator>;
  try {
    started = startEmulator();
  } catch (error) {
    // A damaged state file or a bad setting: say which, and fail (issue 12).
    console.error(`emulator: ${(error as Error).message}`);
    process.exit(1);
  }
  const { emulator, server, url } = started;
  server.on('listening', () => console.log(describeEmulator(url)));
  server.on('error', (error) => {
    console.error(`emulator: ${error.message}`);
    process.exit(1);
  });
  // Write what the state file does not have yet (it is written in batches), then stop at once,
  // without waiting for idle keep-alive connections.
  const stop = () => {
    let code = 0;
    try {
      emulator.close();
    } catch (error) {
      console.error(`emulator: could not write the state: ${(error as Error).message}`);
      code = 1;
    }
    server.close();
    if ('closeAllConnections' in server) server.closeAllConnections();
    process.exit(code);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
