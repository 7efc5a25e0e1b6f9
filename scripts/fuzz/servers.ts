/**
 * The fuzz's two servers, in its own process on loopback ports (./main.ts): the emulator and the
 * console's production server in front of it; and how a request is written when it fails.
 */
import { existsSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import type { UserAccount } from '../../server/emulator/accounts';
import { demoToken } from '../bench/emulator-api';
import { REPO } from '../bench/servers';
import { describeBody } from './body';
import type { FuzzRequest } from './generate';

export const HOST = '127.0.0.1';

export function listen(
  fetch: (request: Request) => Response | Promise<Response>,
): Promise<{ server: ServerType; port: number }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port: 0, hostname: HOST });
    server.once('listening', () =>
      resolve({ server, port: (server.address() as AddressInfo).port }),
    );
    server.once('error', reject);
  });
}

export function close(server: ServerType): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    if ('closeAllConnections' in server) server.closeAllConnections();
  });
}

/** A token straight from the emulator (the same sign-in as the bench's). */
export async function signInDirect(emulatorUrl: string, user: UserAccount): Promise<string> {
  return (await demoToken(emulatorUrl, user)).access.token.id;
}

/** The build to serve: dist/ when built, else a stand-in shell (the fuzz is about the API). */
export function distDir(work: string): string {
  const built = join(REPO, 'dist');
  if (existsSync(join(built, 'index.html'))) return built;
  writeFileSync(join(work, 'index.html'), '<!doctype html><title>stand-in</title>');
  return work;
}

/** A request as the report names it: its number, family, method, path, auth, body, mutations. */
export function describeRequest(request: FuzzRequest): string {
  const headers = Object.entries(request.headers)
    .map(
      ([name, value]) =>
        `${name}: ${value.length > 60 ? `${value.slice(0, 60)}… (${value.length} chars)` : value}`,
    )
    .join('; ');
  const path =
    request.path.length > 200
      ? `${request.path.slice(0, 200)}… (${request.path.length} chars)`
      : request.path;
  return [
    `#${request.index} ${request.family} ${request.via === 'proxy' ? 'via proxy' : 'direct'}: ${request.method} ${path}`,
    `    auth: ${request.auth}${headers ? `; headers: ${headers}` : ''}`,
    ...(request.body ? [`    body: ${describeBody(request.body)}`] : []),
    `    mutations: ${request.mutations.join(', ')}${request.expect !== undefined ? `; expected ${request.expect}` : ''}`,
  ].join('\n');
}
