/**
 * The region's servers as one kept-fresh collection (issue 10; DESIGN.md, "Data stays fresh by
 * asking what changed"): read once in full, then kept fresh with `changes-since` (spec: 인스턴스
 * 목록 보기, which also returns the servers deleted since then, as DELETED). This module is the
 * pure part: how pages and changes merge, and which time the next `changes-since` asks from.
 * No React, no fetch; the loader is in server-collection-query.ts.
 */
import type { Server } from '../domain/compute-types';

export interface ServerCollection {
  /** Newest first, as Nova lists them (created desc, then id desc). */
  readonly servers: readonly Server[];
  /** Every page has been read: counts, sorting and filtering cover the whole region. */
  readonly complete: boolean;
  /** Where the background load goes on (the last server read), while it is not complete. */
  readonly nextMarker: string | null;
  /** What the next refresh sends as `changes-since`: an earlier answer's time, minus an overlap. */
  readonly since: string;
}

/**
 * How far before an answer's time the next `changes-since` reaches back. The API compares whole
 * seconds (`updated` has no fraction) and servers behind a balancer may disagree by a little; a
 * merge is idempotent, so the overlap only costs the bytes of what changed in those seconds.
 */
export const CHANGES_OVERLAP_MS = 5_000;

/** `YYYY-MM-DDThh:mm:ssZ`: the form `changes-since` takes (ISO 8601, UTC). */
export function apiTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/**
 * The `changes-since` of the next refresh: the server's own time of an answer (its `Date` header:
 * the client's clock may be wrong, the server's is the one `updated` is written with), or the
 * client's clock when the answer has none, less the overlap.
 */
export function sinceFrom(dateHeader: string | null | undefined, clientNow: number): string {
  const serverTime = dateHeader ? Date.parse(dateHeader) : Number.NaN;
  const at = Number.isFinite(serverTime) ? serverTime : clientNow;
  return apiTime(at - CHANGES_OVERLAP_MS);
}

/** Nova's list order: newest first (created desc), then id desc. */
export function novaOrder(a: Server, b: Server): number {
  if (a.created !== b.created) return a.created < b.created ? 1 : -1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? 1 : -1;
}

const DELETED = 'DELETED';

/** Same server, same content: the answer repeats what the collection holds (the overlap). */
function sameContent(a: Server, b: Server): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Merges an answer into the collection's servers: a server it names replaces the one held unless
 * it is older (a server `DELETED` leaves), a server not held joins in Nova's order. Idempotent: merging the same
 * answer again changes nothing. Unchanged servers keep their identity, and when nothing changed
 * the very same array comes back, so what is computed from it is not computed again.
 */
export function mergeServers(
  servers: readonly Server[],
  answer: readonly Server[],
): readonly Server[] {
  if (answer.length === 0) return servers;
  // The last word on a server wins (an answer names each once; pages in a row might not).
  const incoming = new Map<string, Server>();
  for (const server of answer) incoming.set(server.id, server);

  let changed = false;
  const kept: Server[] = [];
  for (const server of servers) {
    const update = incoming.get(server.id);
    if (!update) {
      kept.push(server);
      continue;
    }
    incoming.delete(server.id);
    if (update.status === DELETED) {
      changed = true;
    } else if (update.updated < server.updated || sameContent(server, update)) {
      // An older copy (an answer computed before one already merged) changes nothing either.
      kept.push(server);
    } else {
      changed = true;
      kept.push(update);
    }
  }
  const added = [...incoming.values()].filter((server) => server.status !== DELETED);
  if (added.length === 0) return changed ? kept : servers;

  // Both sides in Nova's order: one pass puts the newcomers in place.
  added.sort(novaOrder);
  const merged: Server[] = [];
  let i = 0;
  let j = 0;
  while (i < kept.length || j < added.length) {
    const next = added[j];
    const held = kept[i];
    if (next && (!held || novaOrder(next, held) < 0)) {
      merged.push(next);
      j += 1;
    } else if (held) {
      merged.push(held);
      i += 1;
    }
  }
  return merged;
}

/** The collection after its first page: complete when the API linked no next page. */
export function firstPage(
  servers: readonly Server[],
  nextMarker: string | null,
  since: string,
): ServerCollection {
  return {
    servers: mergeServers([], servers),
    complete: nextMarker === null || servers.length === 0,
    nextMarker: nextMarker === null || servers.length === 0 ? null : nextMarker,
    since,
  };
}

/** One more page of the background load (limit + marker), merged as any answer is. */
export function withPage(
  collection: ServerCollection,
  servers: readonly Server[],
  nextMarker: string | null,
): ServerCollection {
  const done = nextMarker === null || servers.length === 0 || nextMarker === collection.nextMarker;
  return {
    ...collection,
    servers: mergeServers(collection.servers, servers),
    complete: done,
    nextMarker: done ? null : nextMarker,
  };
}

/** A `changes-since` answer merged in, and the time the next one asks from. */
export function withChanges(
  collection: ServerCollection,
  changes: readonly Server[],
  since: string,
): ServerCollection {
  return { ...collection, servers: mergeServers(collection.servers, changes), since };
}

/** One server read on its own (its details) merged in, unless the collection holds a newer one. */
export function withServer(collection: ServerCollection, server: Server): ServerCollection {
  const held = collection.servers.find((s) => s.id === server.id);
  if (held && held.updated > server.updated) return collection;
  // Only a server already held, or the collection would gain one the paging has not reached.
  if (!held && !collection.complete) return collection;
  const servers = mergeServers(collection.servers, [server]);
  return servers === collection.servers ? collection : { ...collection, servers };
}
