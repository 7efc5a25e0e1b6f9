import { describe, expect, it } from 'vitest';
import {
  type CreateServerPlan,
  describeCreateViolation,
  encodedUserDataBytes,
  isBase64,
  validateCreateServer,
} from './create-server-rules';

const linux = { osType: 'linux', minDiskGb: 10, minRamMb: 0 };
const windows = { osType: 'windows', minDiskGb: 50, minRamMb: 2048 };
const m2 = { name: 'm2.c2m4', ramMb: 4096 };
const u2 = { name: 'u2.c1m1', ramMb: 1024 };
const valid: CreateServerPlan = {
  name: 'web',
  image: linux,
  flavor: m2,
  rootVolume: { sizeGb: 20, volumeType: 'General HDD', destination: 'volume' },
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
    const win = { image: windows, rootVolume: { sizeGb: 50, destination: 'volume' } };
    expect(codes({ ...win, name: 'a'.repeat(15) })).toEqual([]);
    expect(codes({ ...win, name: 'a'.repeat(16) })).toEqual(['name.windowsTooLong']);
  });

  it('needs 2 GB of RAM, 50 GB of root and no U2 for Windows', () => {
    const win = { image: windows, rootVolume: { sizeGb: 50, destination: 'volume' } };
    expect(codes({ ...win, flavor: { name: 't2.c1m1', ramMb: 1024 } })).toEqual([
      'flavor.windowsRam',
    ]);
    expect(codes({ ...win, rootVolume: { sizeGb: 49, destination: 'volume' } })).toEqual([
      'rootVolume.tooSmall',
    ]);
    expect(codes({ ...win, flavor: { name: 'u2.c2m4', ramMb: 4096 }, rootVolume: null })).toEqual([
      'flavor.windowsU2',
    ]);
  });

  it('needs a Linux root of 10 GB at least and 2,000 at most', () => {
    expect(codes({ rootVolume: { sizeGb: 9, destination: 'volume' } })).toEqual([
      'rootVolume.tooSmall',
    ]);
    expect(codes({ rootVolume: { sizeGb: 10, destination: 'volume' } })).toEqual([]);
    expect(codes({ rootVolume: { sizeGb: 2001, destination: 'volume' } })).toEqual([
      'rootVolume.tooLarge',
    ]);
  });

  it('requires block_device_mapping_v2 outside U2 only', () => {
    expect(codes({ rootVolume: null })).toEqual(['rootVolume.required']);
    expect(codes({ flavor: u2, rootVolume: null })).toEqual([]);
    expect(codes({ flavor: u2, rootVolume: { sizeGb: 20, destination: 'local' } })).toEqual([]);
    expect(codes({ rootVolume: { sizeGb: 20, destination: 'local' } })).toEqual([
      'rootVolume.localOnlyForU2',
    ]);
  });

  it('checks the volume type', () => {
    expect(
      codes({ rootVolume: { sizeGb: 20, volumeType: 'General SSD', destination: 'volume' } }),
    ).toEqual([]);
    expect(
      codes({ rootVolume: { sizeGb: 20, volumeType: 'Fast', destination: 'volume' } }),
    ).toEqual(['rootVolume.type']);
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

  it('describes every violation in words', () => {
    const v = validateCreateServer({ ...valid, name: '', maxCount: 11, userData: '!' });
    expect(v.map(describeCreateViolation).every((text) => text.length > 10)).toBe(true);
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
