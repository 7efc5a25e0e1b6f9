/**
 * Block Storage rules (neighbour-apis.md, Block Storage API v2): volume sizes, the statuses a
 * volume passes through, and which of them allow what.
 */

export const VOLUME_SIZE_MIN_GB = 10;
export const VOLUME_SIZE_MAX_GB = 2000;
export const VOLUME_NAME_MAX = 255;

export const VOLUME_TYPES = [
  'General HDD',
  'General SSD',
  'Encrypted HDD',
  'Encrypted SSD',
] as const;

export const VOLUME_STATUSES = {
  creating: { transitional: true },
  available: { transitional: false },
  attaching: { transitional: true },
  detaching: { transitional: true },
  'in-use': { transitional: false },
  reserved: { transitional: true },
  maintenance: { transitional: true },
  deleting: { transitional: true },
  'awaiting-transfer': { transitional: false },
  error: { transitional: false },
  error_deleting: { transitional: false },
  'backing-up': { transitional: true },
  'restoring-backup': { transitional: true },
  'error_backing-up': { transitional: false },
  error_restoring: { transitional: false },
  error_extending: { transitional: false },
  downloading: { transitional: true },
  uploading: { transitional: true },
  retyping: { transitional: true },
  extending: { transitional: true },
} as const satisfies Record<string, { transitional: boolean }>;

export type VolumeStatus = keyof typeof VOLUME_STATUSES;

export function isVolumeTransitional(status: string): boolean {
  return Object.hasOwn(VOLUME_STATUSES, status)
    ? VOLUME_STATUSES[status as VolumeStatus].transitional
    : false;
}

/** Cinder deletes only volumes that are not attached and not busy. */
export const VOLUME_DELETABLE_STATUSES: readonly string[] = [
  'available',
  'error',
  'error_restoring',
  'error_extending',
];

/** A volume can be attached only while available. */
export const VOLUME_ATTACHABLE_STATUSES: readonly string[] = ['available'];

export type VolumeSizeProblem = 'notInteger' | 'tooSmall' | 'tooLarge';

export function checkVolumeSize(size: number): VolumeSizeProblem | null {
  if (!Number.isInteger(size)) return 'notInteger';
  if (size < VOLUME_SIZE_MIN_GB) return 'tooSmall';
  if (size > VOLUME_SIZE_MAX_GB) return 'tooLarge';
  return null;
}

export function describeVolumeSizeProblem(problem: VolumeSizeProblem, size: unknown): string {
  switch (problem) {
    case 'notInteger':
      return `Volume size '${String(size)}' must be a whole number of GB.`;
    case 'tooSmall':
    case 'tooLarge':
      return `Volume size ${String(size)} GB is out of range: it must be between ${VOLUME_SIZE_MIN_GB} and ${VOLUME_SIZE_MAX_GB} GB.`;
  }
}
