import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { testTranslators } from '../../i18n/test-translators';
import type { VolumeFormProblem } from './create-volume-form';
import { volumeFormMessage } from './create-volume-messages';

/** One problem of every kind the form checks. */
const SAMPLES: VolumeFormProblem[] = [
  { field: 'name', code: 'tooLong', max: 255 },
  { field: 'size', code: 'required' },
  { field: 'size', code: 'notInteger' },
  { field: 'size', code: 'outOfRange', min: 10, max: 2000 },
  { field: 'size', code: 'belowSnapshot', min: 20, snapshot: 20 },
  { field: 'zone', code: 'required' },
  { field: 'snapshotId', code: 'required' },
  { field: 'type', code: 'required' },
  { field: 'type', code: 'unknown' },
  { field: 'encryption.appKey', code: 'required' },
  { field: 'encryption.keyId', code: 'required' },
];

let tEn: TFunction;
let tKo: TFunction;
beforeAll(async () => {
  ({ tEn, tKo } = await testTranslators());
});

describe('the create-volume form’s messages', () => {
  it('say every problem in English and Korean, never as a key, with its numbers', () => {
    for (const problem of SAMPLES) {
      for (const t of [tEn, tKo]) {
        const message = volumeFormMessage(t, problem, 'Premium SSD');
        expect(message, JSON.stringify(problem)).not.toMatch(/^(volumes|createInstance)\./);
        expect(message).not.toContain('{{');
        expect(message.length).toBeGreaterThan(5);
      }
    }
    const below = SAMPLES[4] as VolumeFormProblem;
    expect(volumeFormMessage(tEn, below, '')).toBe(
      'A volume made from this snapshot needs at least 20 GB (the snapshot’s size is 20 GB).',
    );
    expect(volumeFormMessage(tKo, below, '')).toContain('20GB');
    expect(volumeFormMessage(tEn, { field: 'type', code: 'unknown' }, 'Premium SSD')).toBe(
      'Premium SSD is not a volume type of this region.',
    );
  });
});
