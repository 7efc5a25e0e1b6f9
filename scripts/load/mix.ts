/**
 * What each load client asks, in what proportion (issue 12): what the console's pages ask — the
 * instance list (servers/detail, 50 a page), flavors, images, one instance's detail, volumes,
 * key pairs and zones — and now and then a write: stopping or starting the client's own load
 * server, or creating and deleting a key pair. Drawn from the fuzz's seeded Rng, so a client's
 * sequence is the same on every run.
 */
import type { Rng } from '../fuzz/prng';

export const OP_WEIGHTS = {
  listServers: 30,
  serverDetail: 20,
  volumes: 14,
  flavors: 10,
  images: 10,
  keypairs: 4,
  zones: 4,
  /** os-stop or os-start of the client's own server (alternating). */
  powerAction: 4,
  /** Create a key pair, then delete it (two requests). */
  keypairCycle: 4,
} as const;
export type Op = keyof typeof OP_WEIGHTS;
export const OPS = Object.keys(OP_WEIGHTS) as Op[];

export interface Target {
  region: string;
  tenantId: string;
  /** Ids of servers on the first page: one is asked for at a time. */
  serverIds: readonly string[];
  /** The client's own load server, which it stops and starts. */
  ownServerId: string;
  /** A public key to import (importing costs the server no key generation). */
  publicKey: string;
}

export interface PlannedRequest {
  op: Op;
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  body?: string;
  /** A 409 (and for a delete, a 404) here is a state conflict, not an error. */
  write: boolean;
}

export interface ClientState {
  /** The next power action: stop after a start, start after a stop. */
  nextPower: 'os-stop' | 'os-start';
  keypairs: number;
}

/** The requests of one step of a client (one, or two for a key pair's create and delete). */
export function plan(
  op: Op,
  rng: Rng,
  t: Target,
  state: ClientState,
  client: number,
): PlannedRequest[] {
  const compute = `/api/compute/${t.region}/v2/${t.tenantId}`;
  switch (op) {
    case 'listServers':
      return [{ op, method: 'GET', path: `${compute}/servers/detail?limit=50`, write: false }];
    case 'serverDetail':
      return [
        { op, method: 'GET', path: `${compute}/servers/${rng.pick(t.serverIds)}`, write: false },
      ];
    case 'volumes':
      return [
        {
          op,
          method: 'GET',
          path: `/api/block-storage/${t.region}/v2/${t.tenantId}/volumes/detail`,
          write: false,
        },
      ];
    case 'flavors':
      return [{ op, method: 'GET', path: `${compute}/flavors/detail`, write: false }];
    case 'images':
      return [
        {
          op,
          method: 'GET',
          path: `/api/image/${t.region}/v2/images?limit=100&sort_key=name&sort_dir=asc`,
          write: false,
        },
      ];
    case 'keypairs':
      return [{ op, method: 'GET', path: `${compute}/os-keypairs`, write: false }];
    case 'zones':
      return [{ op, method: 'GET', path: `${compute}/os-availability-zone`, write: false }];
    case 'powerAction': {
      const action = state.nextPower;
      state.nextPower = action === 'os-stop' ? 'os-start' : 'os-stop';
      return [
        {
          op,
          method: 'POST',
          path: `${compute}/servers/${t.ownServerId}/action`,
          body: JSON.stringify({ [action]: null }),
          write: true,
        },
      ];
    }
    case 'keypairCycle': {
      const name = `load-c${client}-${state.keypairs++}`;
      return [
        {
          op,
          method: 'POST',
          path: `${compute}/os-keypairs`,
          body: JSON.stringify({ keypair: { name, public_key: t.publicKey } }),
          write: true,
        },
        { op, method: 'DELETE', path: `${compute}/os-keypairs/${name}`, write: true },
      ];
    }
  }
}

/** The next op of a client. */
export const nextOp = (rng: Rng): Op => rng.weighted(OP_WEIGHTS);

/** How an answer counts: ok, a state conflict of a write (409; 404 deleting), or an error. */
export function classify(
  request: PlannedRequest,
  status: number | null,
): 'ok' | 'conflict' | 'error' {
  if (status !== null && status >= 200 && status < 300) return 'ok';
  if (request.write && (status === 409 || (request.method === 'DELETE' && status === 404)))
    return 'conflict';
  return 'error';
}
