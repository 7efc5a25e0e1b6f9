import { describe, expect, it } from 'vitest';
import type { CreateServerPlan, DeviceSource, PlannedDevice } from './create-server-plan';
import {
  describeCreateViolation,
  encodedUserDataBytes,
  isBase64,
  validateCreateServer,
} from './create-server-rules';

const linux = { osType: 'linux', minDiskGb: 10, minRamMb: 0 };
const windows = { osType: 'windows', minDiskGb: 50, minRamMb: 2048 };
const m2 = { name: 'm2.c2m4', ramMb: 4096 };
const u2 = { name: 'u2.c1m1', ramMb: 1024 };
const gpu = { name: 'g2.c8m64', ramMb: 65536 };
const TYPES = ['General HDD', 'General SSD', 'Encrypted HDD'];
const imageRoot = (sizeGb: number, extra: Partial<PlannedDevice> = {}): PlannedDevice => ({
  sourceType: 'image',
  destinationType: 'volume',
  bootIndex: 0,
  sizeGb,
  volumeType: 'General HDD',
  ...extra,
});
const localRoot: PlannedDevice = { sourceType: 'image', destinationType: 'local', bootIndex: 0 };
const blank = (sizeGb: number, bootIndex = 1): PlannedDevice => ({
  sourceType: 'blank',
  destinationType: 'volume',
  bootIndex,
  sizeGb,
});
const volumeSource = (extra: Partial<DeviceSource> = {}): DeviceSource => ({
  kind: 'volume',
  status: 'available',
  bootable: true,
  sizeGb: 20,
  zone: 'kr-pub-a',
  ...extra,
});
const valid: CreateServerPlan = {
  name: 'web',
  image: linux,
  flavor: m2,
  blockDevices: [imageRoot(20)],
  volumeTypes: TYPES,
};
const codes = (plan: Partial<CreateServerPlan>) =>
  validateCreateServer({ ...valid, ...plan }).map((v) => v.code);

describe('the create rules of 인스턴스 생성하기', () => {
  it('accepts a valid Linux request', () => {
    expect(validateCreateServer(valid)).toEqual([]);
  });

  it('limits names to 255, and to 15 for Windows', () => {
    expect(codes({ name: 'a'.repeat(255) })).toEqual([]);
    expect(codes({ name: 'a'.repeat(256) })).toEqual(['name.tooLong']);
    expect(codes({ name: '  ' })).toEqual(['name.required']);
    const win = { image: windows, blockDevices: [imageRoot(50)] };
    expect(codes({ ...win, name: 'a'.repeat(15) })).toEqual([]);
    expect(codes({ ...win, name: 'a'.repeat(16) })).toEqual(['name.windowsTooLong']);
  });

  it('needs 2 GB of RAM, 50 GB of root and no U2 for Windows', () => {
    const win = { image: windows, blockDevices: [imageRoot(50)] };
    expect(codes({ ...win, flavor: { name: 't2.c1m1', ramMb: 1024 } })).toEqual([
      'flavor.windowsRam',
    ]);
    expect(codes({ ...win, blockDevices: [imageRoot(49)] })).toEqual(['rootVolume.tooSmall']);
    expect(
      codes({ ...win, flavor: { name: 'u2.c2m4', ramMb: 4096 }, blockDevices: [localRoot] }),
    ).toEqual(['flavor.windowsU2']);
  });

  it('needs a Linux root of 10 GB at least, the image minimum and 2,000 at most', () => {
    expect(codes({ blockDevices: [imageRoot(9)] })).toEqual(['rootVolume.tooSmall']);
    expect(codes({ blockDevices: [imageRoot(10)] })).toEqual([]);
    expect(codes({ image: { ...linux, minDiskGb: 30 }, blockDevices: [imageRoot(20)] })).toEqual([
      'rootVolume.belowImageMinDisk',
    ]);
    expect(codes({ blockDevices: [imageRoot(2001)] })).toEqual(['rootVolume.tooLarge']);
  });

  it('requires block_device_mapping_v2 for every flavor, U2 and GPU too (current guide)', () => {
    expect(codes({ blockDevices: null })).toEqual(['bdm.required']);
    expect(codes({ blockDevices: [] })).toEqual(['bdm.required']);
    expect(codes({ flavor: u2, blockDevices: null })).toEqual(['bdm.required']);
    expect(codes({ flavor: gpu, blockDevices: undefined })).toEqual(['bdm.required']);
  });

  it('requires source_type, boot_index and destination_type on every entry', () => {
    expect(codes({ blockDevices: [{ ...imageRoot(20), sourceType: undefined }] })).toEqual([
      'bdm.sourceType',
    ]);
    expect(codes({ blockDevices: [{ ...imageRoot(20), sourceType: 'url' }] })).toEqual([
      'bdm.sourceType',
    ]);
    expect(codes({ blockDevices: [{ ...imageRoot(20), destinationType: undefined }] })).toEqual([
      'bdm.destinationType',
    ]);
    expect(codes({ blockDevices: [{ ...imageRoot(20), bootIndex: undefined }] })).toEqual([
      'bdm.bootIndex',
    ]);
    const violation = validateCreateServer({
      ...valid,
      blockDevices: [imageRoot(20), { ...blank(20), destinationType: 'disk' }],
    })[0];
    expect(violation).toMatchObject({ code: 'bdm.destinationType', index: 1 });
  });

  it('needs one root at boot_index 0 and a boot order without gaps, never a blank root', () => {
    expect(codes({ blockDevices: [blank(20, 1)] })).toEqual(['bdm.noRoot']);
    expect(codes({ blockDevices: [imageRoot(20), imageRoot(20)] })).toEqual(['bdm.bootSequence']);
    expect(codes({ blockDevices: [imageRoot(20), blank(20, 2)] })).toEqual(['bdm.bootSequence']);
    expect(codes({ blockDevices: [imageRoot(20), blank(20, 1), blank(30, 2)] })).toEqual([]);
    // boot_index -1 (or null): attached, not bootable; outside the boot order.
    expect(codes({ blockDevices: [imageRoot(20), { ...blank(20), bootIndex: -1 }] })).toEqual([]);
    expect(codes({ blockDevices: [{ ...blank(20), bootIndex: 0 }] })).toEqual(['bdm.blankRoot']);
  });

  it('puts the root of GPU and U2 flavors on their local disk, from an image, and nothing else there', () => {
    expect(codes({ flavor: u2, blockDevices: [localRoot] })).toEqual([]);
    expect(codes({ flavor: gpu, blockDevices: [localRoot] })).toEqual([]);
    expect(codes({ flavor: u2, blockDevices: [imageRoot(20)] })).toEqual(['bdm.localRequired']);
    expect(codes({ flavor: gpu, blockDevices: [imageRoot(20)] })).toEqual(['bdm.localRequired']);
    expect(codes({ blockDevices: [localRoot] })).toEqual(['bdm.localNotAllowed']);
    expect(codes({ flavor: u2, blockDevices: [{ ...localRoot, sourceType: 'volume' }] })).toEqual([
      'bdm.localFromImageOnly',
    ]);
    expect(
      codes({ flavor: u2, blockDevices: [localRoot, { ...blank(20), destinationType: 'local' }] }),
    ).toEqual(['bdm.localNotAllowed']);
    // A local root is sized by the flavor: volume_size does not matter.
    expect(codes({ flavor: u2, blockDevices: [{ ...localRoot, sizeGb: 1 }] })).toEqual([]);
    // U2 and GPU instances take extra block storage volumes.
    expect(codes({ flavor: u2, blockDevices: [localRoot, blank(100)] })).toEqual([]);
  });

  it('needs a size for every new volume, and 10 to 2,000 GB for extra ones', () => {
    expect(codes({ blockDevices: [imageRoot(20, { sizeGb: undefined })] })).toEqual([
      'bdm.sizeRequired',
    ]);
    expect(codes({ blockDevices: [imageRoot(20), { ...blank(10), sizeGb: undefined }] })).toEqual([
      'bdm.sizeRequired',
    ]);
    expect(codes({ blockDevices: [imageRoot(20), blank(9)] })).toEqual(['bdm.volumeSize']);
    expect(codes({ blockDevices: [imageRoot(20), blank(2001)] })).toEqual(['bdm.volumeSize']);
    expect(codes({ blockDevices: [imageRoot(20), blank(10.5)] })).toEqual(['bdm.volumeSize']);
  });

  it('takes volume types from GET /types, and an encrypted one only with nhn_encryption', () => {
    expect(codes({ blockDevices: [imageRoot(20, { volumeType: 'General SSD' })] })).toEqual([]);
    expect(codes({ blockDevices: [imageRoot(20, { volumeType: 'Fast' })] })).toEqual([
      'bdm.volumeType',
    ]);
    // Without the list of types, any name goes (the API decides).
    expect(
      codes({ volumeTypes: undefined, blockDevices: [imageRoot(20, { volumeType: 'Fast' })] }),
    ).toEqual([]);
    expect(codes({ blockDevices: [imageRoot(20, { volumeType: 'Encrypted HDD' })] })).toEqual([
      'bdm.encryptionRequired',
    ]);
    expect(
      codes({ blockDevices: [imageRoot(20, { volumeType: 'Encrypted HDD', encryption: true })] }),
    ).toEqual([]);
  });

  it('boots from an existing bootable, available volume, once, in its zone', () => {
    const fromVolume = (source: Partial<DeviceSource> = {}): PlannedDevice => ({
      sourceType: 'volume',
      destinationType: 'volume',
      bootIndex: 0,
      source: volumeSource(source),
    });
    expect(codes({ blockDevices: [fromVolume()] })).toEqual([]);
    expect(codes({ blockDevices: [fromVolume()], availabilityZone: 'kr-pub-a' })).toEqual([]);
    expect(codes({ blockDevices: [fromVolume()], availabilityZone: 'kr-pub-b' })).toEqual([
      'zone.source',
    ]);
    expect(codes({ blockDevices: [fromVolume({ bootable: false })] })).toEqual([
      'bdm.sourceNotBootable',
    ]);
    expect(codes({ blockDevices: [fromVolume({ status: 'in-use' })] })).toEqual([
      'bdm.sourceNotAvailable',
    ]);
    expect(codes({ blockDevices: [fromVolume()], minCount: 2, maxCount: 2 })).toEqual([
      'count.volumeSource',
    ]);
    // No size and no type for an existing volume.
    expect(
      codes({ blockDevices: [{ ...fromVolume(), sizeGb: undefined, volumeType: 'Fast' }] }),
    ).toEqual([]);
  });

  it('boots from a snapshot into a new volume at least as large as the snapshot', () => {
    const fromSnapshot = (sizeGb: number | undefined): PlannedDevice => ({
      sourceType: 'snapshot',
      destinationType: 'volume',
      bootIndex: 0,
      sizeGb,
      source: volumeSource({ kind: 'snapshot', sizeGb: 30 }),
    });
    expect(codes({ blockDevices: [fromSnapshot(30)] })).toEqual([]);
    expect(codes({ blockDevices: [fromSnapshot(40)], minCount: 3, maxCount: 3 })).toEqual([]);
    expect(codes({ blockDevices: [fromSnapshot(29)] })).toEqual(['rootVolume.belowSnapshot']);
    expect(codes({ blockDevices: [fromSnapshot(undefined)] })).toEqual(['bdm.sizeRequired']);
    expect(
      codes({
        blockDevices: [
          fromSnapshot(30),
          { ...blank(20), sourceType: 'volume', source: volumeSource({ zone: 'kr-pub-b' }) },
        ],
      }),
    ).toEqual(['zone.sources']);
  });

  it('takes base64 user data up to 65535 bytes', () => {
    expect(codes({ userData: btoa('#!/bin/sh\necho hi') })).toEqual([]);
    expect(codes({ userData: 'not base64!' })).toEqual(['userData.notBase64']);
    expect(codes({ userData: 'A'.repeat(65536) })).toEqual(['userData.tooLarge']);
    expect(codes({ userData: 'A'.repeat(65532) })).toEqual([]);
  });

  it('creates at most 10 at once, and max ≥ min', () => {
    expect(codes({ minCount: 2, maxCount: 10 })).toEqual([]);
    expect(codes({ maxCount: 11 })).toEqual(['count.max']);
    expect(codes({ minCount: 3, maxCount: 2 })).toEqual(['count.order']);
    expect(codes({ minCount: 0 })).toEqual(['count.min']);
  });

  it('limits metadata keys and values to 255', () => {
    expect(codes({ metadata: { a: 'b'.repeat(255) } })).toEqual([]);
    expect(codes({ metadata: { ['k'.repeat(256)]: 'v' } })).toEqual(['metadata.keyTooLong']);
    expect(codes({ metadata: { k: 'v'.repeat(256) } })).toEqual(['metadata.valueTooLong']);
  });

  it('describes every violation in words, naming the entry of block_device_mapping_v2', () => {
    const v = validateCreateServer({ ...valid, name: '', maxCount: 11, userData: '!' });
    expect(v.map(describeCreateViolation).every((text) => text.length > 10)).toBe(true);
    const [bdm] = validateCreateServer({ ...valid, blockDevices: [imageRoot(20), blank(5)] });
    expect(bdm && describeCreateViolation(bdm)).toContain('block_device_mapping_v2[1]');
  });
});

describe('user data size', () => {
  it('counts the base64 text the console sends', () => {
    expect(encodedUserDataBytes('')).toBe(0);
    expect(encodedUserDataBytes('abc')).toBe(4);
    expect(encodedUserDataBytes('abcd')).toBe(8);
    expect(encodedUserDataBytes('한')).toBe(4);
    expect(isBase64(btoa('hello'))).toBe(true);
  });
});
