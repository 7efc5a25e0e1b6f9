import type { i18n, TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CreateViolation, describeCreateViolation } from '../../../domain/create-server-rules';
import { testTranslators } from '../../../i18n/test-translators';
import { formatRam, violationKey, violationMessage } from './violation-messages';

/** One violation of every code (the type makes the list complete). */
const bdm = 'block_device_mapping_v2' as const;

/** One violation of every code (the type makes the list complete). */
const SAMPLES: { [C in CreateViolation['code']]: Extract<CreateViolation, { code: C }> } = {
  'name.required': { field: 'name', code: 'name.required' },
  'name.tooLong': { field: 'name', code: 'name.tooLong', max: 255 },
  'name.windowsTooLong': { field: 'name', code: 'name.windowsTooLong', max: 15 },
  'flavor.windowsU2': { field: 'flavorRef', code: 'flavor.windowsU2' },
  'flavor.windowsRam': { field: 'flavorRef', code: 'flavor.windowsRam', minRamMb: 2048 },
  'flavor.imageMinRam': { field: 'flavorRef', code: 'flavor.imageMinRam', minRamMb: 512 },
  'bdm.required': { field: bdm, code: 'bdm.required' },
  'bdm.noRoot': { field: bdm, code: 'bdm.noRoot' },
  'bdm.bootSequence': { field: bdm, code: 'bdm.bootSequence' },
  'bdm.sourceType': { field: bdm, index: 0, code: 'bdm.sourceType' },
  'bdm.destinationType': { field: bdm, index: 0, code: 'bdm.destinationType' },
  'bdm.bootIndex': { field: bdm, index: 1, code: 'bdm.bootIndex' },
  'bdm.blankRoot': { field: bdm, index: 0, code: 'bdm.blankRoot' },
  'bdm.localNotAllowed': { field: bdm, index: 1, code: 'bdm.localNotAllowed' },
  'bdm.localRequired': { field: bdm, index: 0, code: 'bdm.localRequired' },
  'bdm.localFromImageOnly': { field: bdm, index: 0, code: 'bdm.localFromImageOnly' },
  'bdm.sizeRequired': { field: bdm, index: 1, code: 'bdm.sizeRequired' },
  'bdm.sourceNotAvailable': {
    field: bdm,
    index: 0,
    code: 'bdm.sourceNotAvailable',
    kind: 'volume',
    status: 'in-use',
  },
  'bdm.sourceNotBootable': {
    field: bdm,
    index: 0,
    code: 'bdm.sourceNotBootable',
    kind: 'snapshot',
  },
  'bdm.volumeType': {
    field: bdm,
    index: 1,
    code: 'bdm.volumeType',
    volumeType: 'Tape',
    allowed: ['General HDD', 'General SSD'],
  },
  'bdm.encryptionRequired': {
    field: bdm,
    index: 0,
    code: 'bdm.encryptionRequired',
    volumeType: 'Encrypted SSD',
  },
  'bdm.volumeSize': { field: bdm, index: 2, code: 'bdm.volumeSize', minGb: 10, maxGb: 2000 },
  'rootVolume.tooSmall': {
    field: bdm,
    index: 0,
    code: 'rootVolume.tooSmall',
    minGb: 50,
    os: 'windows',
  },
  'rootVolume.belowImageMinDisk': {
    field: bdm,
    index: 0,
    code: 'rootVolume.belowImageMinDisk',
    minGb: 30,
  },
  'rootVolume.belowSnapshot': { field: bdm, index: 0, code: 'rootVolume.belowSnapshot', minGb: 40 },
  'rootVolume.tooLarge': { field: bdm, index: 0, code: 'rootVolume.tooLarge', maxGb: 2000 },
  'zone.source': {
    field: 'availability_zone',
    code: 'zone.source',
    index: 0,
    zone: 'kr-pub-b',
    sourceZone: 'kr-pub-a',
  },
  'zone.sources': { field: 'availability_zone', code: 'zone.sources' },
  'userData.notBase64': { field: 'user_data', code: 'userData.notBase64' },
  'userData.tooLarge': { field: 'user_data', code: 'userData.tooLarge', max: 65535, size: 70000 },
  'count.min': { field: 'min_count', code: 'count.min' },
  'count.max': { field: 'max_count', code: 'count.max', max: 10 },
  'count.order': { field: 'max_count', code: 'count.order' },
  'count.volumeSource': { field: 'max_count', code: 'count.volumeSource' },
  'metadata.emptyKey': { field: 'metadata', code: 'metadata.emptyKey' },
  'metadata.keyTooLong': { field: 'metadata', code: 'metadata.keyTooLong', key: 'k', max: 255 },
  'metadata.valueTooLong': {
    field: 'metadata',
    code: 'metadata.valueTooLong',
    key: 'role',
    max: 255,
  },
};

let tEn: TFunction;
let tKo: TFunction;
let instance: i18n;

beforeAll(async () => {
  ({ tEn, tKo, i18n: instance } = await testTranslators());
});

describe('violation messages', () => {
  it.each(Object.values(SAMPLES))('$code has an English and a Korean message', (violation) => {
    const english = violationMessage(tEn, violation);
    const korean = violationMessage(tKo, violation);
    for (const lng of ['en', 'ko']) {
      expect(instance.exists(violationKey(violation), { lng, fallbackLng: false })).toBe(true);
    }
    expect(korean).not.toBe(describeCreateViolation(violation));
    for (const message of [english, korean]) {
      expect(message).not.toContain('{{');
      expect(message).not.toContain('createInstance.');
    }
    expect(korean).not.toBe(english);
    expect(korean).toMatch(/[가-힣]/);
  });

  it('fills in the numbers', () => {
    expect(violationMessage(tEn, SAMPLES['rootVolume.tooSmall'])).toBe(
      'A Windows image needs a boot volume of at least 50 GB.',
    );
    expect(violationMessage(tKo, SAMPLES['rootVolume.tooSmall'])).toBe(
      'Windows 이미지의 루트 블록 스토리지는 50GB 이상이어야 합니다.',
    );
    expect(violationMessage(tEn, SAMPLES['flavor.windowsRam'])).toBe(
      'Windows images need a flavor with at least 2 GB of RAM.',
    );
    expect(violationMessage(tEn, SAMPLES['userData.tooLarge'])).toContain('70000');
    expect(violationMessage(tEn, SAMPLES['bdm.volumeSize'])).toBe(
      'Enter a whole number from 10 to 2000 GB.',
    );
    expect(violationMessage(tEn, SAMPLES['rootVolume.belowSnapshot'])).toContain('40 GB');
    expect(violationMessage(tEn, SAMPLES['bdm.encryptionRequired'])).toContain('Encrypted SSD');
    expect(violationMessage(tEn, SAMPLES['zone.source'])).toContain('kr-pub-a');
  });

  it('names a volume or a snapshot in the operator’s language', () => {
    expect(violationMessage(tEn, SAMPLES['bdm.sourceNotAvailable'])).toBe(
      'This volume is in-use: only an available one can be used.',
    );
    expect(violationMessage(tKo, SAMPLES['bdm.sourceNotBootable'])).toContain('스냅숏');
    expect(violationMessage(tKo, SAMPLES['bdm.sourceNotAvailable'])).toContain('블록 스토리지');
  });

  it('falls back to the domain text for a code without a message', () => {
    const unknown = { field: 'name', code: 'name.brandNew' } as unknown as CreateViolation;
    const t = ((key: string, options?: { defaultValue?: string }) =>
      options?.defaultValue ?? key) as unknown as TFunction;
    expect(violationMessage(t, SAMPLES['count.min'])).toBe(
      describeCreateViolation(SAMPLES['count.min']),
    );
    expect(() => violationMessage(tEn, unknown)).not.toThrow();
  });

  it('shows RAM in GB, or MB when not whole', () => {
    expect(formatRam(2048)).toBe('2 GB');
    expect(formatRam(512)).toBe('512 MB');
  });
});
