/**
 * Instance statuses: the table from the spec's "인스턴스 상태" section, plus the
 * values Nova actually returns where they differ (`SHUTOFF` for the spec's
 * `STOPPED`, `BUILD` for `BUILDING`, `RESIZE` for `RESIZED`). The console's badge, the
 * list's polling and the emulator all read this table.
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
  BUILDING: { transitional: true, tone: 'blue' },
  BUILD: { transitional: true, tone: 'blue' },
  STOPPED: { transitional: false, tone: 'gray' },
  SHUTOFF: { transitional: false, tone: 'gray' },
  SHELVED: { transitional: false, tone: 'dark' },
  SHELVED_OFFLOADED: { transitional: false, tone: 'dark' },
  DELETED: { transitional: false, tone: 'dark' },
  REBOOT: { transitional: true, tone: 'blue' },
  HARD_REBOOT: { transitional: true, tone: 'blue' },
  RESIZE: { transitional: true, tone: 'blue' },
  RESIZED: { transitional: true, tone: 'blue' },
  REVERT_RESIZE: { transitional: true, tone: 'blue' },
  // NHN Cloud confirms resizes itself, so VERIFY_RESIZE passes on its own.
  VERIFY_RESIZE: { transitional: true, tone: 'blue' },
  MIGRATING: { transitional: true, tone: 'blue' },
  REBUILD: { transitional: true, tone: 'blue' },
  ERROR: { transitional: false, tone: 'red' },
  PAUSED: { transitional: false, tone: 'yellow' },
  RESCUED: { transitional: false, tone: 'orange' },
  SUSPENDED: { transitional: false, tone: 'yellow' },
  UNKNOWN: { transitional: false, tone: 'violet' },
} as const satisfies Record<string, StatusInfo>;

export type ServerStatus = keyof typeof SERVER_STATUSES;

/** The statuses the spec lists (the ones a `status` filter may name). */
export const SPEC_SERVER_STATUSES = [
  'ACTIVE',
  'BUILDING',
  'STOPPED',
  'SHELVED_OFFLOADED',
  'DELETED',
  'REBOOT',
  'HARD_REBOOT',
  'RESIZED',
  'REVERT_RESIZE',
  'VERIFY_RESIZE',
  'ERROR',
  'PAUSED',
  'REBUILD',
  'RESCUED',
  'SUSPENDED',
  'UNKNOWN',
] as const satisfies readonly ServerStatus[];

/** The values a status filter may take: the spec's statuses plus `SHUTOFF`, which Nova returns. */
export const FILTERABLE_SERVER_STATUSES: readonly ServerStatus[] = [
  ...SPEC_SERVER_STATUSES,
  'SHUTOFF',
];

const UNKNOWN_STATUS: StatusInfo = SERVER_STATUSES.UNKNOWN;

export function isKnownStatus(status: string): status is ServerStatus {
  return Object.hasOwn(SERVER_STATUSES, status);
}

export function statusInfo(status: string): StatusInfo {
  return isKnownStatus(status) ? SERVER_STATUSES[status] : UNKNOWN_STATUS;
}

/**
 * Aliases that mean the same state: the spec's `STOPPED` is Nova's `SHUTOFF`, and so on.
 * Rules are written against the canonical (Nova) name.
 */
const STATUS_ALIASES: Partial<Record<ServerStatus, ServerStatus>> = {
  STOPPED: 'SHUTOFF',
  BUILD: 'BUILDING',
  RESIZE: 'RESIZED',
};

export function canonicalStatus(status: string): string {
  return isKnownStatus(status) ? (STATUS_ALIASES[status] ?? status) : status;
}

/** Something is still changing: a transitional status, or any running task (`OS-EXT-STS:task_state`). */
export function isServerBusy(server: { status: string; taskState?: string | null }): boolean {
  return statusInfo(server.status).transitional || Boolean(server.taskState);
}
