/**
 * Block Storage snapshot statuses (current/block-storage-api.ko.md, 스냅숏 상태): which are
 * passing (the lists poll while one is) and which allow a delete.
 */
import type { SnapshotStatus } from './block-storage-types';

const SNAPSHOT_STATUSES = {
  creating: { transitional: true },
  available: { transitional: false },
  'backing-up': { transitional: true },
  deleting: { transitional: true },
  error: { transitional: false },
  deleted: { transitional: false },
  unmanaging: { transitional: true },
  restoring: { transitional: true },
  error_deleting: { transitional: false },
} as const satisfies Record<SnapshotStatus, { transitional: boolean }>;

export function isKnownSnapshotStatus(status: string): status is SnapshotStatus {
  return Object.hasOwn(SNAPSHOT_STATUSES, status);
}

export function isSnapshotTransitional(status: string): boolean {
  return isKnownSnapshotStatus(status) ? SNAPSHOT_STATUSES[status].transitional : false;
}

/**
 * A snapshot can be deleted when it is settled (Cinder: available or error; error_deleting to try
 * again). Not while a volume is being made from it: Block Storage refuses that with its message.
 */
export const SNAPSHOT_DELETABLE_STATUSES: readonly string[] = [
  'available',
  'error',
  'error_deleting',
];

/** A volume or a root can be made only from an available snapshot. */
export const SNAPSHOT_USABLE_STATUSES: readonly string[] = ['available'];
