/**
 * What an image's status (neighbour-apis.md, Image API v2: `queued`, `saving`, `active`,
 * `killed`, `deleted`, `pending_delete`) means to someone waiting for a new one: 인스턴스 이미지
 * 생성 makes it `queued` → `saving` → `active` (이미지 생성이 성공하면 active). `killed` is an image
 * whose data never arrived, `deleted` and `pending_delete` one deleted meanwhile: neither becomes
 * active, so whoever follows it stops and says so (issue 11).
 */

/**
 * The statuses the Image API v2 names (neighbour-apis.md): the one list the console's wire types,
 * the emulator's records, its state file's check and its `?status=` filter read.
 */
export const IMAGE_STATUSES = [
  'queued',
  'saving',
  'active',
  'killed',
  'deleted',
  'pending_delete',
] as const;
export type ImageStatus = (typeof IMAGE_STATUSES)[number];

/** Whether the Image API names this status (a `?status=` filter takes no other). */
export function isImageStatus(value: string): value is ImageStatus {
  return (IMAGE_STATUSES as readonly string[]).includes(value);
}

export type ImageProgress = 'making' | 'ready' | 'failed' | 'gone';

const PROGRESS: Record<ImageStatus, ImageProgress> = {
  queued: 'making',
  saving: 'making',
  active: 'ready',
  killed: 'failed',
  deleted: 'gone',
  pending_delete: 'gone',
};
const BY_STATUS = new Map<string, ImageProgress>(Object.entries(PROGRESS));

/** A status the guide does not name (a newer Glance's `uploading`, say) is still under way. */
export function imageProgress(status: string | undefined): ImageProgress {
  return (status !== undefined && BY_STATUS.get(status)) || 'making';
}

/** Whether an image may boot an instance now. */
export function isImageReady(status: string | undefined): boolean {
  return imageProgress(status) === 'ready';
}

/** Whether the status is final: ready, or never going to be. */
export function isImageSettled(status: string | undefined): boolean {
  return imageProgress(status) !== 'making';
}
