/**
 * Instance statuses: the table of the current guide (instance-api-v2, "인스턴스 상태", May 2026),
 * which names Nova's statuses. The November 2023 guide listed Nova's vm_state names instead
 * (`BUILDING`, `STOPPED`, `RESIZED`, `RESCUED`); NHN corrected it in April 2024. A status the API
 * answers with is read in either vocabulary (an older edition of the service may still send the
 * old names), but requests always use Nova's names: a real Nova matches an old name to nothing.
 * The console's badge, its filter, the list's polling and the emulator all read this table.
 */

/** Colour tones map onto the UI theme; they never carry meaning alone (the label does). */
export type StatusTone =
  | 'green'
  | 'gray'
  | 'blue'
  | 'red'
  | 'yellow'
  | 'orange'
  | 'violet'
  | 'dark';

export interface StatusInfo {
  /** Transitional statuses resolve by themselves; the console polls while one is on screen. */
  transitional: boolean;
  tone: StatusTone;
}

export const SERVER_STATUSES = {
  ACTIVE: { transitional: false, tone: 'green' },
  BUILD: { transitional: true, tone: 'blue' },
  SHUTOFF: { transitional: false, tone: 'gray' },
  // Nova's status between shelving and offloading; NHN offloads at once, but Nova may show it.
  SHELVED: { transitional: false, tone: 'dark' },
  SHELVED_OFFLOADED: { transitional: false, tone: 'dark' },
  REBOOT: { transitional: true, tone: 'blue' },
  HARD_REBOOT: { transitional: true, tone: 'blue' },
  RESIZE: { transitional: true, tone: 'blue' },
  // NHN Cloud confirms resizes itself, so VERIFY_RESIZE passes on its own.
  VERIFY_RESIZE: { transitional: true, tone: 'blue' },
  REVERT_RESIZE: { transitional: true, tone: 'blue' },
  MIGRATING: { transitional: true, tone: 'blue' },
  REBUILD: { transitional: true, tone: 'blue' },
  PASSWORD: { transitional: true, tone: 'blue' },
  ERROR: { transitional: false, tone: 'red' },
  PAUSED: { transitional: false, tone: 'yellow' },
  SUSPENDED: { transitional: false, tone: 'yellow' },
  RESCUE: { transitional: false, tone: 'orange' },
  DELETED: { transitional: false, tone: 'dark' },
  UNKNOWN: { transitional: false, tone: 'violet' },
} as const satisfies Record<string, StatusInfo>;

/** A status by its Nova name. */
export type ServerStatus = keyof typeof SERVER_STATUSES;

/** The 2023 guide's names (Nova's vm_state names, upper-cased) and the status each one means. */
export const LEGACY_STATUS_NAMES = {
  BUILDING: 'BUILD',
  STOPPED: 'SHUTOFF',
  RESIZED: 'RESIZE',
  RESCUED: 'RESCUE',
} as const satisfies Record<string, ServerStatus>;

/** The statuses the current guide lists, in its order. */
export const GUIDE_SERVER_STATUSES = [
  'ACTIVE',
  'BUILD',
  'DELETED',
  'ERROR',
  'HARD_REBOOT',
  'MIGRATING',
  'PASSWORD',
  'PAUSED',
  'REBOOT',
  'REBUILD',
  'RESCUE',
  'RESIZE',
  'REVERT_RESIZE',
  'VERIFY_RESIZE',
  'SHELVED_OFFLOADED',
  'SHUTOFF',
  'SUSPENDED',
  'UNKNOWN',
] as const satisfies readonly ServerStatus[];

/**
 * The statuses an operator can filter the list by: the guide's, but never `DELETED`, which Nova
 * refuses to non-administrators (403 "Only administrators may list deleted instances").
 */
export const FILTERABLE_SERVER_STATUSES: readonly ServerStatus[] = GUIDE_SERVER_STATUSES.filter(
  (status) => status !== 'DELETED',
);

const UNKNOWN_STATUS: StatusInfo = SERVER_STATUSES.UNKNOWN;

/** The Nova name of a status in either vocabulary, or null when neither knows it. */
export function knownStatus(status: string): ServerStatus | null {
  const name = status.toUpperCase();
  if (Object.hasOwn(SERVER_STATUSES, name)) return name as ServerStatus;
  if (Object.hasOwn(LEGACY_STATUS_NAMES, name))
    return LEGACY_STATUS_NAMES[name as keyof typeof LEGACY_STATUS_NAMES];
  return null;
}

/** The Nova name of a status; a status neither vocabulary knows is returned as it is. */
export function canonicalStatus(status: string): string {
  return knownStatus(status) ?? status;
}

export function statusInfo(status: string): StatusInfo {
  const known = knownStatus(status);
  return known ? SERVER_STATUSES[known] : UNKNOWN_STATUS;
}

/** Something is still changing: a transitional status, or any running task (`OS-EXT-STS:task_state`). */
export function isServerBusy(server: { status: string; taskState?: string | null }): boolean {
  return statusInfo(server.status).transitional || Boolean(server.taskState);
}
