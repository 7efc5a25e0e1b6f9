/**
 * The one table that maps the browser's same-origin API paths to upstreams:
 *
 *   /api/identity/…                → Identity
 *   /api/{service}/{region}/…     → compute, image, network or block storage of a region
 *
 * With NHN_BACKEND=nhn the upstreams are NHN Cloud's public hosts (neighbour-apis.md,
 * "Endpoints"); otherwise the local emulator. Nothing outside this table is ever forwarded, so the
 * proxy cannot be used to reach any other host.
 */

import {
  NHN_IDENTITY_URL,
  NHN_REGIONS,
  NHN_SERVICES,
  nhnServiceUrl,
} from '../../src/domain/nhn-endpoints.ts';

export type Backend = 'emulator' | 'nhn';
export const SERVICES = NHN_SERVICES;
export const REGIONS = NHN_REGIONS;

export interface Upstream {
  /** The browser-side prefix, e.g. `/api/compute/kr1`. */
  prefix: string;
  /** What the prefix is replaced with: an origin plus an optional base path. */
  target: string;
}

export function backendFromEnv(env: NodeJS.ProcessEnv = process.env): Backend {
  const value = env.NHN_BACKEND ?? 'emulator';
  if (value !== 'emulator' && value !== 'nhn') {
    throw new Error(`NHN_BACKEND must be 'emulator' or 'nhn', got '${value}'`);
  }
  return value;
}

export function emulatorUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return `http://127.0.0.1:${env.NHN_EMULATOR_PORT || '8774'}`;
}

export function upstreamTable(backend: Backend, emulatorUrl: string): Upstream[] {
  const table: Upstream[] = [
    {
      prefix: '/api/identity',
      target: backend === 'nhn' ? NHN_IDENTITY_URL : `${emulatorUrl}/identity`,
    },
  ];
  for (const service of SERVICES) {
    for (const region of REGIONS) {
      table.push({
        prefix: `/api/${service}/${region}`,
        target:
          backend === 'nhn'
            ? nhnServiceUrl(service, region)
            : `${emulatorUrl}/${service}/${region}`,
      });
    }
  }
  return table;
}

/**
 * The upstream URL for a browser path (with its query), or null when the table has no entry:
 * the caller answers 404 itself. The prefix must end at a path boundary (`/api/compute/kr1x` does
 * not match `/api/compute/kr1`), and the result always stays on the table's host.
 */
export function resolveUpstream(table: readonly Upstream[], pathWithQuery: string): URL | null {
  for (const { prefix, target } of table) {
    if (!pathWithQuery.startsWith(prefix)) continue;
    const rest = pathWithQuery.slice(prefix.length);
    if (rest !== '' && !rest.startsWith('/') && !rest.startsWith('?')) continue;
    const base = new URL(target);
    const url = new URL(`${base.origin}${base.pathname.replace(/\/$/, '')}${rest}`);
    if (url.origin !== base.origin) return null;
    return url;
  }
  return null;
}
