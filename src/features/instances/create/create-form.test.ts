import { describe, expect, it } from 'vitest';
import { imageFacts } from './boot-source';
import {
  flavorViolations,
  initialFormValues,
  metadataOf,
  minimumRootGb,
  newMetadataRow,
} from './create-form';
import { gpu, image, m2, t2small, u2, u2big, windowsImage } from './test-data';

describe('flavors for an OS and a boot source', () => {
  const win = imageFacts(windowsImage);
  const linux = imageFacts(image());

  it('refuses U2 and less than 2 GB for Windows, with the rule that says so', () => {
    expect(flavorViolations(win, u2big).map((v) => v.code)).toEqual(['flavor.windowsU2']);
    expect(flavorViolations(win, t2small).map((v) => v.code)).toEqual(['flavor.windowsRam']);
    expect(flavorViolations(win, m2)).toEqual([]);
  });

  it('refuses flavors below the image min_ram', () => {
    const hungry = imageFacts(image({ min_ram: 8192 }));
    expect(flavorViolations(hungry, m2).map((v) => v.code)).toEqual(['flavor.imageMinRam']);
  });

  it('takes every flavor for a Linux image, and none is refused before an image is chosen', () => {
    for (const f of [m2, t2small, u2, u2big, gpu]) {
      expect(flavorViolations(linux, f)).toEqual([]);
      expect(flavorViolations(null, f)).toEqual([]);
    }
  });

  it('refuses GPU and U2 flavors for a volume or snapshot root, and no other', () => {
    for (const source of ['volume', 'snapshot'] as const) {
      expect(flavorViolations(linux, gpu, source).map((v) => v.code)).toEqual([
        'bdm.localRequired',
      ]);
      expect(flavorViolations(null, u2, source).map((v) => v.code)).toEqual(['bdm.localRequired']);
      expect(flavorViolations(linux, m2, source)).toEqual([]);
    }
  });
});

describe('the smallest root volume', () => {
  it('is 10 GB for Linux, 50 GB for Windows, the image min_disk or the snapshot when larger', () => {
    expect(minimumRootGb(imageFacts(image({ min_disk: 0 })))).toBe(10);
    expect(minimumRootGb(imageFacts(image({ min_disk: 30 })))).toBe(30);
    expect(minimumRootGb(imageFacts(windowsImage))).toBe(50);
    expect(minimumRootGb(null)).toBe(10);
    expect(minimumRootGb(imageFacts(image()), 40)).toBe(40);
  });
});

describe('metadata rows', () => {
  it('builds metadata from the filled rows only', () => {
    const rows = [newMetadataRow('a', '1'), newMetadataRow('', ''), newMetadataRow('', 'x')];
    expect(metadataOf(rows)).toEqual({ a: '1', '': 'x' });
    expect(metadataOf([newMetadataRow()])).toBeUndefined();
  });

  it('starts from an image, General HDD, no extra volume and no policy', () => {
    expect(initialFormValues()).toMatchObject({
      bootSource: 'image',
      rootVolume: { volumeType: 'General HDD', deleteOnTermination: true },
      extraVolumes: [],
      placementPolicyId: null,
    });
  });
});
