/** `npm run emulator`: the NHN Cloud emulator alone, on 127.0.0.1:${NHN_EMULATOR_PORT:-8774}. */
import { serve } from '@hono/node-server';
import { createEmulator } from './app';
import { configFromEnv } from './config';
import { USERS } from './state';

export function startEmulator(config = configFromEnv()) {
  const emulator = createEmulator(config);
  const server = serve({ fetch: emulator.app.fetch, port: config.port, hostname: config.host });
  return { emulator, server, url: `http://${config.host}:${config.port}` };
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
  const { server, url } = startEmulator();
  server.on('listening', () => console.log(describeEmulator(url)));
  server.on('error', (error) => {
    console.error(`emulator: ${error.message}`);
    process.exit(1);
  });
  // State is written after every request, so there is nothing to flush: stop at once, without
  // waiting for idle keep-alive connections.
  const stop = () => {
    server.close();
    if ('closeAllConnections' in server) server.closeAllConnections();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
