/**
 * The type a new volume takes (the create form's root and extra volumes, the create-volume
 * dialog's blank volume), among the types Block Storage offers in the region (`GET /types`,
 * neighbour-apis.md): General HDD — what Block Storage makes when no type is named — when the
 * region offers it, else the first it lists.
 */
import { DEFAULT_VOLUME_TYPE } from './create-server-plan';

/** The first choice among `offered` (General HDD too while the region's list is not known). */
export function preferredVolumeType(offered: readonly string[]): string {
  if (offered.includes(DEFAULT_VOLUME_TYPE)) return DEFAULT_VOLUME_TYPE;
  return offered[0] ?? DEFAULT_VOLUME_TYPE;
}

/**
 * The type to hold once the region's types are known: the one chosen while it is offered (or
 * while nothing is known), else the first choice.
 */
export function offeredVolumeType(chosen: string, offered: readonly string[] | undefined): string {
  if (!offered || offered.length === 0 || offered.includes(chosen)) return chosen;
  return preferredVolumeType(offered);
}
