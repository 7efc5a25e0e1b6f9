/**
 * What deleting a key pair needs to know first: the instances created with it (its warning, and
 * whether the name must be typed: use-delete-keypair.tsx). Unknown while the region's servers
 * are still being read, or when reading them failed; the delete then waits, and says why.
 */
import type { TFunction } from 'i18next';
import type { Server } from '../../../domain/compute-types';
import { usageLoading, type useInstancesByKeypair } from '../../../resources/keypairs';

export type KeypairUsage = ReturnType<typeof useInstancesByKeypair>;

/** The instances created with `name`, or undefined while that is not known. */
export function instancesOf(usage: KeypairUsage, name: string): Server[] | undefined {
  if (!usage.data) return undefined;
  return usage.data.get(name) ?? [];
}

/** Why the delete waits, or null when it need not. */
export function deleteWaitsBecause(usage: KeypairUsage, t: TFunction): string | null {
  if (usage.data) return null;
  return usageLoading(usage)
    ? t('keypairs.delete.checkingUsage')
    : t('keypairs.delete.usageUnknown');
}
