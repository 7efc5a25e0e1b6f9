/**
 * The operator's words for a create-rule violation: an i18n key per violation code
 * (`createInstance.violations.<code>`) and the values its message needs. A code without a message
 * falls back to the domain's English text (`describeCreateViolation`).
 */
import type { TFunction } from 'i18next';
import { type CreateViolation, describeCreateViolation } from '../../../domain/create-server-rules';
import { MB_PER_GB } from '../../../domain/flavor';

export type ViolationKey = `createInstance.violations.${CreateViolation['code']}`;

export function violationKey(violation: CreateViolation): ViolationKey {
  return `createInstance.violations.${violation.code}`;
}

/** "2 GB", or "512 MB" when the amount is not a whole number of GB. */
export function formatRam(mb: number): string {
  return mb % MB_PER_GB === 0 ? `${mb / MB_PER_GB} GB` : `${mb} MB`;
}

function violationParams(violation: CreateViolation): Record<string, string | number> {
  switch (violation.code) {
    case 'name.tooLong':
    case 'name.windowsTooLong':
    case 'count.max':
      return { max: violation.max };
    case 'flavor.windowsRam':
    case 'flavor.imageMinRam':
      return { minRam: formatRam(violation.minRamMb) };
    case 'rootVolume.tooSmall':
      return { minGb: violation.minGb, os: violation.os === 'windows' ? 'Windows' : 'Linux' };
    case 'rootVolume.belowImageMinDisk':
    case 'rootVolume.belowSnapshot':
      return { minGb: violation.minGb };
    case 'rootVolume.tooLarge':
      return { maxGb: violation.maxGb };
    case 'bdm.volumeSize':
      return { minGb: violation.minGb, maxGb: violation.maxGb };
    case 'bdm.volumeType':
      return { type: violation.volumeType.slice(0, 64), allowed: violation.allowed.join(', ') };
    case 'bdm.encryptionRequired':
      return { type: violation.volumeType };
    case 'bdm.sourceNotAvailable':
      return { status: violation.status };
    case 'zone.source':
      return { zone: violation.zone, sourceZone: violation.sourceZone };
    case 'userData.tooLarge':
      return { size: violation.size, max: violation.max };
    case 'metadata.keyTooLong':
    case 'metadata.valueTooLong':
      return { key: violation.key.slice(0, 40), max: violation.max };
    default:
      return {};
  }
}

/** The translated message of a violation, or the domain's English one when there is none. */
export function violationMessage(t: TFunction, violation: CreateViolation): string {
  const key = violationKey(violation);
  const fallback = describeCreateViolation(violation);
  const params: Record<string, string | number> = violationParams(violation);
  // A volume or a snapshot, in the operator's words.
  if ('kind' in violation) params.kind = t(`createInstance.bootSource.kinds.${violation.kind}`);
  return t(key, { ...params, defaultValue: fallback });
}
