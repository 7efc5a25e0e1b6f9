/**
 * What the volumes page may do with snapshots, and why not: pure rules on top of the domain's
 * snapshot statuses (src/domain/snapshot.ts) and the guide's sections (스냅숏 생성하기,
 * 스냅숏 삭제하기, 블록 스토리지 생성하기).
 */
import type { CreateSnapshotRequest, Snapshot, Volume } from './block-storage-types';
import type { StatusTone } from './server-status';
import {
  isSnapshotTransitional,
  SNAPSHOT_DELETABLE_STATUSES,
  SNAPSHOT_USABLE_STATUSES,
} from './snapshot';
import { cinderTime } from './volume-rules';

/** The name, or the id when the snapshot has none. */
export function snapshotLabel(snapshot: Pick<Snapshot, 'id' | 'name'>): string {
  return snapshot.name?.trim() ? snapshot.name : snapshot.id;
}

/** Colour of a snapshot status; the label always goes with it. */
export function snapshotStatusTone(status: string): StatusTone {
  if (status === 'available') return 'green';
  if (status.startsWith('error')) return 'red';
  if (isSnapshotTransitional(status)) return 'yellow';
  return 'gray';
}

export function anySnapshotBusy(snapshots: readonly Snapshot[] | undefined): boolean {
  return (snapshots ?? []).some((snapshot) => isSnapshotTransitional(snapshot.status));
}

/** The snapshots taken of one volume, newest first. */
export function snapshotsOf<S extends Snapshot>(snapshots: readonly S[], volumeId: string): S[] {
  const time = (s: S) => Date.parse(cinderTime(s.created_at) ?? '') || 0;
  return snapshots
    .filter((snapshot) => snapshot.volume_id === volumeId)
    .sort((a, b) => time(b) - time(a) || a.id.localeCompare(b.id));
}

export type CreateSnapshotCheck =
  | { allowed: true; force: boolean }
  | { allowed: false; reason: 'status'; status: string };

/**
 * 스냅숏 생성하기: an available volume is snapshotted as it is; an attached (in-use) one only with
 * `force: true` (what the instance has not yet written to the disk may be missing). Busy volumes
 * cannot be.
 */
export function checkCreateSnapshot(volume: Pick<Volume, 'status'>): CreateSnapshotCheck {
  if (volume.status === 'available') return { allowed: true, force: false };
  if (volume.status === 'in-use') return { allowed: true, force: true };
  return { allowed: false, reason: 'status', status: volume.status };
}

export type DeleteSnapshotCheck =
  | { allowed: true }
  | { allowed: false; reason: 'status'; status: string };

/**
 * Only a settled snapshot can be deleted. While a volume is being made from it Block Storage
 * refuses too: the console's lists may not know yet, so that refusal is NHN's to say.
 */
export function checkDeleteSnapshot(snapshot: Pick<Snapshot, 'status'>): DeleteSnapshotCheck {
  return SNAPSHOT_DELETABLE_STATUSES.includes(snapshot.status)
    ? { allowed: true }
    : { allowed: false, reason: 'status', status: snapshot.status };
}

/** A snapshot a new volume can be made from, with the volume it was taken from. */
export interface SnapshotSource {
  snapshot: Snapshot;
  /** Gives the zone, type and bootable of the new volume; undefined when the list lacks it. */
  volume: Volume | undefined;
}

/** The region's snapshots a volume can be made from (available ones), by name. */
export function snapshotSources(
  snapshots: readonly Snapshot[],
  volumes: readonly Volume[],
): SnapshotSource[] {
  const byId = new Map(volumes.map((volume) => [volume.id, volume] as const));
  return snapshots
    .filter((snapshot) => SNAPSHOT_USABLE_STATUSES.includes(snapshot.status))
    .map((snapshot) => ({ snapshot, volume: byId.get(snapshot.volume_id) }))
    .sort(
      (a, b) =>
        snapshotLabel(a.snapshot).localeCompare(snapshotLabel(b.snapshot), 'en', {
          numeric: true,
        }) || a.snapshot.id.localeCompare(b.snapshot.id),
    );
}

/**
 * Cinder's limits on a snapshot's name and description: the snapshot form holds them before it
 * sends and the emulator's POST /snapshots refuses beyond them (issue 11: one rule, one place).
 */
export const SNAPSHOT_NAME_MAX = 255;
export const SNAPSHOT_DESCRIPTION_MAX = 255;

export interface SnapshotFormValues {
  name: string;
  description: string;
}

/** What is wrong with the form before it is sent, by field. */
export function checkSnapshotForm(
  values: SnapshotFormValues,
): { field: keyof SnapshotFormValues; max: number }[] {
  const problems: { field: keyof SnapshotFormValues; max: number }[] = [];
  if (values.name.trim().length > SNAPSHOT_NAME_MAX) {
    problems.push({ field: 'name', max: SNAPSHOT_NAME_MAX });
  }
  if (values.description.trim().length > SNAPSHOT_DESCRIPTION_MAX) {
    problems.push({ field: 'description', max: SNAPSHOT_DESCRIPTION_MAX });
  }
  return problems;
}

/**
 * The exact `snapshot` of `POST /snapshots`: `force: true` only for an attached volume (스냅숏
 * 생성하기: "true면 블록 스토리지가 연결되어도 스냅숏을 생성").
 */
export function snapshotRequestBody(
  volumeId: string,
  values: SnapshotFormValues,
  force: boolean,
): CreateSnapshotRequest['snapshot'] {
  const name = values.name.trim();
  const description = values.description.trim();
  return {
    volume_id: volumeId,
    ...(name ? { name } : {}),
    ...(description ? { description } : {}),
    ...(force ? { force: true } : {}),
  };
}
