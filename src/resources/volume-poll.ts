/**
 * How the volume list stays fresh without reloading every volume every minute (issue 10: at
 * 5,000 volumes one `volumes/detail` is 1.4 MB, and Block Storage v2 has no changes-since).
 * While volumes are passing through a state (creating, attaching, …) only those are asked for,
 * one `GET /volumes/{id}` each, and merged into the list; when all are settled nothing is asked
 * by itself. The whole list is read on its first load, when a mutation or Refresh marked it
 * stale (invalidated), on focus after it went stale, and when so many are changing that one
 * list costs less than asking each. Pure: no React, no fetch.
 */
import type { Volume } from '../domain/block-storage-types';
import { isVolumeTransitional } from '../domain/volume';

/** More volumes changing at once than this: one list read costs less than a request each. */
export const MAX_POLLED_VOLUMES = 20;

export type VolumeRefresh = { kind: 'full' } | { kind: 'poll'; ids: string[] };

export function planVolumeRefresh(
  held: readonly Volume[] | undefined,
  invalidated: boolean,
): VolumeRefresh {
  if (!held || invalidated) return { kind: 'full' };
  const ids = held.filter((volume) => isVolumeTransitional(volume.status)).map((v) => v.id);
  if (ids.length === 0 || ids.length > MAX_POLLED_VOLUMES) return { kind: 'full' };
  return { kind: 'poll', ids };
}

/** One polled volume: its fresh copy, `null` when the API no longer knows it (404: deleted). */
export interface PolledVolume {
  id: string;
  volume: Volume | null | undefined;
}

/**
 * The list with the polled volumes in place: a fresh copy replaces the one held, a deleted one
 * leaves, an answer without a volume changes nothing. The same array when nothing changed.
 */
export function mergePolledVolumes(
  held: readonly Volume[],
  polled: readonly PolledVolume[],
): readonly Volume[] {
  const answers = new Map(polled.map((entry) => [entry.id, entry.volume] as const));
  let changed = false;
  const next: Volume[] = [];
  for (const volume of held) {
    if (!answers.has(volume.id)) {
      next.push(volume);
      continue;
    }
    const fresh = answers.get(volume.id);
    if (fresh === null) {
      changed = true;
    } else if (!fresh || JSON.stringify(fresh) === JSON.stringify(volume)) {
      next.push(volume);
    } else {
      changed = true;
      next.push(fresh);
    }
  }
  return changed ? next : held;
}
