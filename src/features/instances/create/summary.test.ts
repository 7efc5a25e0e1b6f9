import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ServerGroup } from '../../../domain/server-group';
import { testTranslators } from '../../../i18n/test-translators';
import { newExtraVolumeRow } from './create-form';
import { summarize } from './summary';
import { formValues, gpu, image, m2, rootVolume, snapshot, volume, web01Root } from './test-data';

let t: TFunction;
beforeAll(async () => {
  t = (await testTranslators()).tEn;
});

const policy: ServerGroup = {
  id: 'g-1',
  name: 'web-spread',
  policies: ['anti-affinity'],
  members: ['a', 'b'],
  metadata: {},
};
const base = { subnet: null, placementPolicy: null };
const row = (rows: { label: string; value: string }[], label: string) =>
  rows.find((r) => r.label === label)?.value;

describe('the confirmation’s summary', () => {
  it('says what boots the instance: an image, a volume or a snapshot, with its image', () => {
    const fromImage = summarize(t, formValues(), { ...base, image: image(), flavor: m2 });
    expect(row(fromImage, 'Boot source')).toBe(`Image ${image().name}`);
    expect(row(fromImage, 'Boot volume')).toBe('20 GB General HDD, deleted with the instance');

    const fromVolume = summarize(t, formValues({ bootSource: 'volume' }), {
      ...base,
      volume: volume(),
      flavor: m2,
    });
    expect(row(fromVolume, 'Boot source')).toBe(
      'Volume web-restore (20 GB) · Ubuntu Server 22.04.4 LTS (2024.05.21)',
    );
    expect(row(fromVolume, 'Boot volume')).toBe(
      'The volume web-restore, kept after the instance is deleted',
    );
    expect(row(fromVolume, 'Availability zone')).toBe('kr-pub-a (the zone of web-restore)');

    const fromSnapshot = summarize(
      t,
      formValues({ bootSource: 'snapshot', rootVolume: rootVolume(30, 'General SSD', false) }),
      { ...base, snapshot: snapshot(), snapshotVolume: web01Root, flavor: m2 },
    );
    expect(row(fromSnapshot, 'Boot source')).toContain('Snapshot web-01-root-snap (20 GB)');
    expect(row(fromSnapshot, 'Boot volume')).toBe(
      '30 GB General SSD, kept after the instance is deleted',
    );
  });

  it('describes a GPU flavor’s local disk, extra volumes and their keys, and the policy', () => {
    const rows = summarize(
      t,
      formValues({
        extraVolumes: [
          { ...newExtraVolumeRow(), sizeGb: 100 },
          { ...newExtraVolumeRow('Encrypted SSD'), encryption: { appKey: 'a', keyId: 'key-9' } },
        ],
        placementPolicyId: 'g-1',
      }),
      { ...base, image: image(), flavor: gpu, placementPolicy: policy },
    );
    expect(row(rows, 'Boot volume')).toBe('100 GB local disk of the flavor, made from the image');
    expect(row(rows, 'Additional volumes')).toBe(
      '100 GB General HDD, deleted with the instance; 10 GB Encrypted SSD, deleted with the instance · encrypted with key key-9',
    );
    expect(row(rows, 'Placement policy')).toBe('web-spread (anti-affinity, 2 members)');
  });

  it('says none when there are no extra volumes and no policy', () => {
    const rows = summarize(t, formValues(), { ...base, image: image(), flavor: m2 });
    expect(row(rows, 'Additional volumes')).toBe('None');
    expect(row(rows, 'Placement policy')).toBe('None');
    expect(row(rows, 'Availability zone')).toBe('Any zone');
  });
});
