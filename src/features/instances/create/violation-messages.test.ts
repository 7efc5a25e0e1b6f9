import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CreateViolation, describeCreateViolation } from '../../../domain/create-server-rules';
import en from '../../../i18n/en';
import ko from '../../../i18n/ko';
import { formatRam, violationKey, violationMessage } from './violation-messages';

/** One violation of every code (the type makes the list complete). */
const SAMPLES: { [C in CreateViolation['code']]: Extract<CreateViolation, { code: C }> } = {
  'name.required': { field: 'name', code: 'name.required' },
  'name.tooLong': { field: 'name', code: 'name.tooLong', max: 255 },
  'name.windowsTooLong': { field: 'name', code: 'name.windowsTooLong', max: 15 },
  'flavor.windowsU2': { field: 'flavorRef', code: 'flavor.windowsU2' },
  'flavor.windowsRam': { field: 'flavorRef', code: 'flavor.windowsRam', minRamMb: 2048 },
  'flavor.imageMinRam': { field: 'flavorRef', code: 'flavor.imageMinRam', minRamMb: 512 },
  'rootVolume.required': { field: 'block_device_mapping_v2', code: 'rootVolume.required' },
  'rootVolume.localOnlyForU2': {
    field: 'block_device_mapping_v2',
    code: 'rootVolume.localOnlyForU2',
  },
  'rootVolume.u2IsLocal': { field: 'block_device_mapping_v2', code: 'rootVolume.u2IsLocal' },
  'rootVolume.tooSmall': {
    field: 'block_device_mapping_v2',
    code: 'rootVolume.tooSmall',
    minGb: 50,
    os: 'windows',
  },
  'rootVolume.belowImageMinDisk': {
    field: 'block_device_mapping_v2',
    code: 'rootVolume.belowImageMinDisk',
    minGb: 30,
  },
  'rootVolume.tooLarge': {
    field: 'block_device_mapping_v2',
    code: 'rootVolume.tooLarge',
    maxGb: 2000,
  },
  'rootVolume.type': {
    field: 'block_device_mapping_v2',
    code: 'rootVolume.type',
    allowed: ['General HDD', 'General SSD'],
  },
  'userData.notBase64': { field: 'user_data', code: 'userData.notBase64' },
  'userData.tooLarge': { field: 'user_data', code: 'userData.tooLarge', max: 65535, size: 70000 },
  'count.min': { field: 'min_count', code: 'count.min' },
  'count.max': { field: 'max_count', code: 'count.max', max: 10 },
  'count.order': { field: 'max_count', code: 'count.order' },
  'metadata.emptyKey': { field: 'metadata', code: 'metadata.emptyKey' },
  'metadata.keyTooLong': { field: 'metadata', code: 'metadata.keyTooLong', key: 'k', max: 255 },
  'metadata.valueTooLong': {
    field: 'metadata',
    code: 'metadata.valueTooLong',
    key: 'role',
    max: 255,
  },
};

const instance = i18next.createInstance();
let tEn: TFunction;
let tKo: TFunction;

beforeAll(async () => {
  await instance.init({
    resources: { en: { translation: en }, ko: { translation: ko } },
    lng: 'en',
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
  tEn = instance.getFixedT('en');
  tKo = instance.getFixedT('ko');
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
