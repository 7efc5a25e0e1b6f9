import { describe, expect, it } from 'vitest';
import type { CreateViolation } from '../../../domain/create-server-rules';
import { newExtraVolumeRow, newMetadataRow } from './create-form';
import { formValues, rootVolume } from './test-data';
import { violationPath } from './violation-path';

const bdm = 'block_device_mapping_v2' as const;
/** A violation of the root block device, as the rules report one, without its place. */
type RootViolation<V = Extract<CreateViolation, { field: typeof bdm; index: number }>> =
  V extends unknown ? Omit<V, 'field' | 'index'> : never;

describe('where violations show', () => {
  const v = formValues({
    metadata: [newMetadataRow('a', '1'), newMetadataRow('', ''), newMetadataRow('', 'x')],
    extraVolumes: [
      newExtraVolumeRow(),
      { ...newExtraVolumeRow('Encrypted SSD'), encryption: { appKey: 'app', keyId: '' } },
    ],
  });

  it('maps the rule fields to the form fields', () => {
    expect(violationPath({ field: 'name', code: 'name.required' }, v)).toBe('name');
    expect(violationPath({ field: 'flavorRef', code: 'flavor.windowsU2' }, v)).toBe('flavorId');
    expect(violationPath({ field: 'user_data', code: 'userData.notBase64' }, v)).toBe('userData');
    expect(violationPath({ field: 'max_count', code: 'count.max', max: 10 }, v)).toBe('count');
    expect(violationPath({ field: 'min_count', code: 'count.min' }, v)).toBe('count');
    expect(violationPath({ field: 'max_count', code: 'count.volumeSource' }, v)).toBe('count');
    expect(violationPath({ field: 'availability_zone', code: 'zone.sources' }, v)).toBe(
      'availabilityZone',
    );
  });

  it('puts the root’s problems (index 0) on the root volume’s fields', () => {
    const root = (violation: RootViolation) =>
      violationPath({ field: bdm, index: 0, ...violation }, v);
    expect(root({ code: 'rootVolume.tooSmall', minGb: 10, os: 'linux' })).toBe('rootVolume.sizeGb');
    expect(root({ code: 'rootVolume.belowSnapshot', minGb: 20 })).toBe('rootVolume.sizeGb');
    expect(root({ code: 'bdm.sizeRequired' })).toBe('rootVolume.sizeGb');
    expect(root({ code: 'bdm.volumeType', volumeType: 'x', allowed: [] })).toBe(
      'rootVolume.volumeType',
    );
    expect(root({ code: 'bdm.encryptionRequired', volumeType: 'Encrypted HDD' })).toBe(
      'rootVolume.encryption.appKey',
    );
  });

  it('sends the encryption message to the first key field still empty', () => {
    const halfKey = formValues({
      rootVolume: rootVolume(20, 'Encrypted HDD', true, { appKey: 'app', keyId: '' }),
    });
    expect(
      violationPath(
        { field: bdm, index: 0, code: 'bdm.encryptionRequired', volumeType: 'Encrypted HDD' },
        halfKey,
      ),
    ).toBe('rootVolume.encryption.keyId');
  });

  it('puts a GPU or U2 refusal of the source on the flavor, and a bad source on its picker', () => {
    expect(violationPath({ field: bdm, index: 0, code: 'bdm.localRequired' }, v)).toBe('flavorId');
    expect(violationPath({ field: bdm, index: 0, code: 'bdm.localFromImageOnly' }, v)).toBe(
      'flavorId',
    );
    const fromVolume = formValues({ bootSource: 'volume' });
    const fromSnapshot = formValues({ bootSource: 'snapshot' });
    const notAvailable = {
      field: bdm,
      index: 0,
      code: 'bdm.sourceNotAvailable',
      kind: 'volume',
      status: 'in-use',
    } as const;
    expect(violationPath(notAvailable, fromVolume)).toBe('volumeId');
    expect(
      violationPath(
        { field: bdm, index: 0, code: 'bdm.sourceNotBootable', kind: 'snapshot' },
        fromSnapshot,
      ),
    ).toBe('snapshotId');
  });

  it('puts an extra volume’s problems (index i) on row i − 1', () => {
    expect(
      violationPath({ field: bdm, index: 1, code: 'bdm.volumeSize', minGb: 10, maxGb: 2000 }, v),
    ).toBe('extraVolumes.0.sizeGb');
    expect(
      violationPath(
        { field: bdm, index: 2, code: 'bdm.volumeType', volumeType: 'x', allowed: [] },
        v,
      ),
    ).toBe('extraVolumes.1.volumeType');
    expect(
      violationPath(
        { field: bdm, index: 2, code: 'bdm.encryptionRequired', volumeType: 'Encrypted SSD' },
        v,
      ),
    ).toBe('extraVolumes.1.encryption.keyId');
    // An index the form does not have (cannot happen from this form) still lands in the section.
    expect(violationPath({ field: bdm, index: 9, code: 'bdm.sizeRequired' }, v)).toBe(
      'extraVolumes',
    );
  });

  it('puts problems of the whole mapping on the boot source', () => {
    expect(violationPath({ field: bdm, code: 'bdm.required' }, v)).toBe('bootSource');
    expect(violationPath({ field: bdm, code: 'bdm.bootSequence' }, v)).toBe('bootSource');
    expect(violationPath({ field: bdm, index: 0, code: 'bdm.blankRoot' }, v)).toBe('bootSource');
  });

  it('puts metadata problems on their row, skipping blank rows', () => {
    expect(violationPath({ field: 'metadata', code: 'metadata.emptyKey' }, v)).toBe(
      'metadata.2.key',
    );
    expect(
      violationPath({ field: 'metadata', code: 'metadata.valueTooLong', key: 'a', max: 255 }, v),
    ).toBe('metadata.0.value');
    expect(
      violationPath({ field: 'metadata', code: 'metadata.keyTooLong', key: 'a', max: 255 }, v),
    ).toBe('metadata.0.key');
  });
});
