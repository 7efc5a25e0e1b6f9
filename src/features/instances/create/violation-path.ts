/**
 * Where a create-rule violation shows: the form field it belongs next to. Violations of
 * block_device_mapping_v2 carry the entry's index; the form sends the root first (index 0) and
 * its extra volumes after it (index i → row i − 1), so the index names the row.
 */
import type { CreateViolation } from '../../../domain/create-server-rules';
import {
  type CreateInstanceFormValues,
  type EncryptionValues,
  filledMetadataRows,
} from './create-form';

/** The field of a volume (root or extra row) that a block device violation is about. */
function volumeField(
  violation: Extract<CreateViolation, { field: 'block_device_mapping_v2' }>,
  encryption: EncryptionValues,
): string {
  switch (violation.code) {
    case 'bdm.volumeType':
      return 'volumeType';
    case 'bdm.encryptionRequired':
      // The first of the two key fields still empty (both are needed).
      return encryption.appKey.trim() === '' ? 'encryption.appKey' : 'encryption.keyId';
    default:
      return 'sizeGb';
  }
}

/** The root's field: the choice of source, the flavor, or the new root volume's own fields. */
function rootPath(
  violation: Extract<CreateViolation, { field: 'block_device_mapping_v2' }>,
  values: CreateInstanceFormValues,
): string {
  switch (violation.code) {
    // GPU and U2 boot only from an image on their local disk: the flavor is what to change.
    case 'bdm.localRequired':
    case 'bdm.localFromImageOnly':
    case 'bdm.localNotAllowed':
      return 'flavorId';
    case 'bdm.sourceNotAvailable':
    case 'bdm.sourceNotBootable':
      return values.bootSource === 'snapshot' ? 'snapshotId' : 'volumeId';
    case 'bdm.sizeRequired':
    case 'bdm.volumeSize':
    case 'bdm.volumeType':
    case 'bdm.encryptionRequired':
    case 'rootVolume.tooSmall':
    case 'rootVolume.belowImageMinDisk':
    case 'rootVolume.belowSnapshot':
    case 'rootVolume.tooLarge':
      return `rootVolume.${volumeField(violation, values.rootVolume.encryption)}`;
    default:
      // Malformed entries (source or destination type, boot index, a blank root) cannot come
      // from this form; the source choice is the nearest thing to them.
      return 'bootSource';
  }
}

export function violationPath(
  violation: CreateViolation,
  values: CreateInstanceFormValues,
): string {
  switch (violation.field) {
    case 'name':
      return 'name';
    case 'flavorRef':
      return 'flavorId';
    case 'block_device_mapping_v2': {
      if (!('index' in violation) || violation.index === 0) {
        return 'index' in violation ? rootPath(violation, values) : 'bootSource';
      }
      const row = violation.index - 1;
      const extra = values.extraVolumes[row];
      if (!extra) return 'extraVolumes';
      return `extraVolumes.${row}.${volumeField(violation, extra.encryption)}`;
    }
    case 'availability_zone':
      return 'availabilityZone';
    case 'user_data':
      return 'userData';
    case 'min_count':
    case 'max_count':
      return 'count';
    case 'metadata': {
      const filled = filledMetadataRows(values.metadata);
      if (violation.code === 'metadata.emptyKey') {
        const row = filled.find(({ row }) => row.key === '');
        return row ? `metadata.${row.index}.key` : 'metadata';
      }
      // The last row with the key wins in the body (an object), so that one is the culprit.
      const row = filled.findLast(({ row }) => row.key === violation.key);
      if (!row) return 'metadata';
      return `metadata.${row.index}.${violation.code === 'metadata.keyTooLong' ? 'key' : 'value'}`;
    }
  }
}
