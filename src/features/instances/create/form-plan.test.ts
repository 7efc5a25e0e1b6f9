/** The form as the plan the create rules check (moved from create-form.test.ts). */
import { describe, expect, it } from 'vitest';
import { encodedUserDataBytes, validateCreateServer } from '../../../domain/create-server-rules';
import { newExtraVolumeRow } from './create-form';
import { formToPlan, fromBase64Utf8, toBase64Utf8 } from './form-plan';
import {
  gpu,
  image,
  m2,
  rootVolume,
  snapshot,
  t2small,
  u2,
  formValues as values,
  volume,
  web01Root,
} from './test-data';

const TYPES = ['General HDD', 'General SSD', 'Encrypted HDD', 'Encrypted SSD'];
const codes = (plan: Parameters<typeof validateCreateServer>[0]) =>
  validateCreateServer(plan).map((v) => v.code);

describe('base64 of UTF-8', () => {
  it('encodes ASCII like btoa', () => {
    expect(toBase64Utf8('#!/bin/bash\necho hi')).toBe(btoa('#!/bin/bash\necho hi'));
  });

  it('encodes Korean and emoji as their UTF-8 bytes, and decodes back', () => {
    const script = '#!/bin/bash\necho "안녕하세요 👋"';
    const encoded = toBase64Utf8(script);
    // base64 -w0 of the UTF-8 file.
    expect(encoded).toBe('IyEvYmluL2Jhc2gKZWNobyAi7JWI64WV7ZWY7IS47JqUIPCfkYsi');
    expect(fromBase64Utf8(encoded)).toBe(script);
  });

  it('has the size the rules count', () => {
    for (const script of ['', 'a', 'ab', 'abc', '한글', 'x'.repeat(50_000)]) {
      expect(toBase64Utf8(script).length).toBe(encodedUserDataBytes(script));
    }
  });

  it('handles scripts larger than one chunk', () => {
    const script = '가'.repeat(40_000);
    expect(fromBase64Utf8(toBase64Utf8(script))).toBe(script);
  });
});

describe('form → plan', () => {
  it('gives the rules the OS, the flavor, an image root volume, the types and the script', () => {
    const plan = formToPlan(
      values({ userData: 'echo 안녕', count: 3, rootVolume: rootVolume(30, 'General SSD') }),
      { image: image(), flavor: m2, volumeTypes: TYPES },
    );
    expect(plan).toEqual({
      name: 'web-01',
      image: { osType: 'linux', minDiskGb: 10, minRamMb: 0 },
      flavor: { name: 'm2.c2m4', ramMb: 4096 },
      blockDevices: [
        {
          sourceType: 'image',
          destinationType: 'volume',
          bootIndex: 0,
          sizeGb: 30,
          volumeType: 'General SSD',
          encryption: false,
        },
      ],
      volumeTypes: TYPES,
      availabilityZone: undefined,
      userData: toBase64Utf8('echo 안녕'),
      minCount: 3,
      maxCount: 3,
      metadata: undefined,
    });
    expect(validateCreateServer(plan)).toEqual([]);
  });

  it('plans a local image root for U2 and GPU flavors', () => {
    for (const local of [u2, gpu]) {
      const plan = formToPlan(values({ flavorId: local.id }), { image: image(), flavor: local });
      expect(plan.blockDevices).toEqual([
        { sourceType: 'image', destinationType: 'local', bootIndex: 0 },
      ]);
      expect(validateCreateServer(plan)).toEqual([]);
    }
  });

  it('reads the OS of a volume or snapshot root from the volume it came from', () => {
    const windowsVolume = volume({
      volume_image_metadata: { os_type: 'windows', min_disk: '50', min_ram: '2048' },
    });
    const plan = formToPlan(values({ bootSource: 'volume', volumeId: windowsVolume.id }), {
      volume: windowsVolume,
      flavor: t2small,
    });
    expect(plan.image).toEqual({ osType: 'windows', minDiskGb: 50, minRamMb: 2048 });
    expect(codes({ ...plan, name: 'win' })).toEqual(['flavor.windowsRam']);

    const fromSnapshot = formToPlan(
      values({ bootSource: 'snapshot', snapshotId: 'snap-web-01-root' }),
      { snapshot: snapshot(), snapshotVolume: web01Root, flavor: m2 },
    );
    expect(fromSnapshot.image).toEqual({ osType: 'linux', minDiskGb: 10, minRamMb: 0 });
  });

  it('lets the rules judge an existing volume: usable, bootable, one instance, its zone', () => {
    const detached = volume({ status: 'in-use' });
    const plan = formToPlan(
      values({ bootSource: 'volume', volumeId: detached.id, count: 2, availabilityZone: 'x' }),
      { volume: detached, flavor: m2 },
    );
    expect(plan.availabilityZone).toBe('kr-pub-a');
    expect(codes(plan)).toEqual(['bdm.sourceNotAvailable', 'count.volumeSource']);
    const data = volume({ bootable: 'false' });
    expect(
      codes(formToPlan(values({ bootSource: 'volume' }), { volume: data, flavor: m2 })),
    ).toEqual(['bdm.sourceNotBootable']);
  });

  it('refuses a volume or snapshot root on U2 and GPU flavors', () => {
    for (const local of [u2, gpu]) {
      expect(
        codes(formToPlan(values({ bootSource: 'volume' }), { volume: volume(), flavor: local })),
      ).toEqual(['bdm.localRequired']);
      expect(
        codes(
          formToPlan(values({ bootSource: 'snapshot', rootVolume: rootVolume(20) }), {
            snapshot: snapshot(),
            snapshotVolume: web01Root,
            flavor: local,
          }),
        ),
      ).toEqual(['bdm.localRequired']);
    }
  });

  it('keeps a snapshot root at least the snapshot’s size', () => {
    const big = snapshot({ size: 40 });
    const plan = formToPlan(values({ bootSource: 'snapshot', rootVolume: rootVolume(30) }), {
      snapshot: big,
      snapshotVolume: web01Root,
      flavor: m2,
    });
    expect(codes(plan)).toEqual(['rootVolume.belowSnapshot']);
  });

  it('plans extra volumes as blank entries after the root, checked by the rules', () => {
    const plan = formToPlan(
      values({
        extraVolumes: [
          { ...newExtraVolumeRow(), sizeGb: 100 },
          { ...newExtraVolumeRow('General SSD'), sizeGb: 5 },
          { ...newExtraVolumeRow('Fast NVMe'), sizeGb: 50 },
        ],
      }),
      { image: image(), flavor: m2, volumeTypes: TYPES },
    );
    expect(plan.blockDevices?.slice(1).map((d) => [d.sourceType, d.bootIndex, d.sizeGb])).toEqual([
      ['blank', 1, 100],
      ['blank', 2, 5],
      ['blank', 3, 50],
    ]);
    expect(validateCreateServer(plan).map((v) => [v.code, 'index' in v && v.index])).toEqual([
      ['bdm.volumeSize', 2],
      ['bdm.volumeType', 3],
    ]);
  });

  it('needs both halves of an encryption key for an encrypted type', () => {
    const lookups = { image: image(), flavor: m2, volumeTypes: TYPES };
    const half = formToPlan(
      values({ rootVolume: rootVolume(20, 'Encrypted HDD', true, { appKey: 'app', keyId: ' ' }) }),
      lookups,
    );
    expect(codes(half)).toEqual(['bdm.encryptionRequired']);
    const whole = formToPlan(
      values({ rootVolume: rootVolume(20, 'Encrypted HDD', true, { appKey: 'app', keyId: 'k' }) }),
      lookups,
    );
    expect(codes(whole)).toEqual([]);
  });

  it('sends an empty size as 0 (refused), never as NaN', () => {
    const plan = formToPlan(values({ rootVolume: rootVolume('') }), { image: image(), flavor: m2 });
    expect(plan.blockDevices?.[0]?.sizeGb).toBe(0);
  });
});
