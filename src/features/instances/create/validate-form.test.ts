import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Flavor } from '../../../domain/compute-types';
import type { Image } from '../../../domain/image-types';
import type { VpcSubnet } from '../../../domain/network-types';
import {
  type CreateInstanceFormValues,
  initialFormValues,
  newExtraVolumeRow,
  newMetadataRow,
} from './create-form';
import { rootVolume, snapshot, volume, web01Root } from './test-data';
import { type FormContext, validateCreateForm } from './validate-form';

/** Returns the key and its values, so the tests see which message was chosen. */
const t = ((key: string, options?: Record<string, unknown>) => {
  const params = Object.entries(options ?? {})
    .filter(([name]) => name !== 'defaultValue')
    .map(([name, value]) => `${name}=${String(value)}`)
    .join(',');
  return params ? `${key}(${params})` : key;
}) as unknown as TFunction;

const linux = {
  id: 'img',
  name: 'Ubuntu',
  status: 'active',
  os_type: 'linux',
  min_disk: 10,
  min_ram: 0,
} as Image;
const windows = { ...linux, id: 'win', os_type: 'windows', min_disk: 50, min_ram: 2048 } as Image;
const flavor = (name: string, ramGb: number) =>
  ({ id: name, name, ram: ramGb * 1024, vcpus: 1, disk: 0 }) as Flavor;
const subnet = { id: 'sn', cidr: '192.168.0.0/24', gateway: '192.168.0.1' } as VpcSubnet;

function check(overrides: Partial<CreateInstanceFormValues>, context: Partial<FormContext> = {}) {
  const values = {
    ...initialFormValues(),
    name: 'web',
    imageId: 'img',
    flavorId: 'm2.c2m4',
    subnetId: 'sn',
    keyName: 'demo-key',
    ...overrides,
  };
  return validateCreateForm(
    values,
    {
      image: linux,
      flavor: flavor('m2.c2m4', 4),
      subnet,
      securityGroupNames: ['default', 'web'],
      ...context,
    },
    t,
  );
}

describe('the create form checks', () => {
  it('passes a complete Linux form', () => {
    expect(check({})).toEqual({});
  });

  it('asks for every choice the request needs', () => {
    expect(
      check(
        { imageId: null, flavorId: null, subnetId: null, keyName: null, name: '' },
        { image: null, flavor: null, subnet: null },
      ),
    ).toEqual({
      imageId: 'createInstance.validation.imageRequired',
      flavorId: 'createInstance.validation.flavorRequired',
      subnetId: 'createInstance.validation.subnetRequired',
      keyName: 'createInstance.validation.keypairRequired',
      name: 'createInstance.violations.name.required',
    });
  });

  it('places the spec rules next to their fields', () => {
    expect(check({ rootVolume: rootVolume(5) })).toEqual({
      'rootVolume.sizeGb': 'createInstance.violations.rootVolume.tooSmall(minGb=10,os=Linux)',
    });
    expect(
      check(
        { flavorId: 't2.c1m1', name: 'a-very-long-windows-name' },
        {
          image: windows,
          flavor: flavor('t2.c1m1', 1),
        },
      ),
    ).toMatchObject({
      name: 'createInstance.violations.name.windowsTooLong(max=15)',
      flavorId: 'createInstance.violations.flavor.windowsRam(minRam=2 GB)',
      'rootVolume.sizeGb': 'createInstance.violations.rootVolume.tooSmall(minGb=50,os=Windows)',
    });
    expect(check({ count: 11 })).toEqual({ count: 'createInstance.violations.count.max(max=10)' });
    expect(check({ count: 0 })).toEqual({ count: 'createInstance.violations.count.min' });
  });

  it('wants whole numbers', () => {
    expect(check({ count: '' })).toEqual({
      count: 'createInstance.validation.countInteger(max=10)',
    });
    expect(check({ rootVolume: rootVolume('') })).toEqual({
      'rootVolume.sizeGb': 'createInstance.validation.sizeInteger',
    });
  });

  it('does not check a boot volume for U2 and GPU (their root is the local disk)', () => {
    for (const local of ['u2.c1m1', 'g2.c8m64']) {
      expect(
        check(
          { flavorId: local, rootVolume: rootVolume(1, 'x', false) },
          { flavor: flavor(local, 1), volumeTypes: ['General HDD'] },
        ),
      ).toEqual({});
    }
  });

  it('asks for the volume or snapshot to boot from, and no image then', () => {
    expect(check({ bootSource: 'volume', imageId: null }, { image: null })).toEqual({
      volumeId: 'createInstance.validation.volumeRequired',
    });
    expect(check({ bootSource: 'snapshot', imageId: null }, { image: null })).toEqual({
      snapshotId: 'createInstance.validation.snapshotRequired',
    });
    expect(
      check(
        { bootSource: 'volume', volumeId: 'vol-web-restore', imageId: null },
        { image: null, volume: volume() },
      ),
    ).toEqual({});
  });

  it('refuses a GPU flavor for a volume root, on the flavor', () => {
    expect(
      check(
        { bootSource: 'volume', volumeId: 'vol-web-restore', flavorId: 'g2.c8m64' },
        { volume: volume(), flavor: flavor('g2.c8m64', 64) },
      ),
    ).toEqual({ flavorId: 'createInstance.violations.bdm.localRequired' });
  });

  it('keeps a snapshot root at least the snapshot’s size', () => {
    expect(
      check(
        { bootSource: 'snapshot', snapshotId: 'snap-web-01-root', rootVolume: rootVolume(10) },
        { snapshot: snapshot({ size: 40 }), snapshotVolume: web01Root },
      ),
    ).toEqual({
      'rootVolume.sizeGb': 'createInstance.violations.rootVolume.belowSnapshot(minGb=40)',
    });
  });

  it('asks for both key fields of an encrypted type: the rule’s words first', () => {
    const types = ['General HDD', 'Encrypted HDD'];
    expect(check({ rootVolume: rootVolume(20, 'Encrypted HDD') }, { volumeTypes: types })).toEqual({
      'rootVolume.encryption.appKey':
        'createInstance.violations.bdm.encryptionRequired(type=Encrypted HDD)',
      'rootVolume.encryption.keyId': 'createInstance.validation.keyIdRequired',
    });
    expect(
      check(
        {
          extraVolumes: [
            { ...newExtraVolumeRow('Encrypted HDD'), encryption: { appKey: '', keyId: 'k' } },
          ],
        },
        { volumeTypes: types },
      ),
    ).toEqual({
      'extraVolumes.0.encryption.appKey':
        'createInstance.violations.bdm.encryptionRequired(type=Encrypted HDD)',
    });
  });

  it('checks extra volume sizes and types on their rows', () => {
    expect(
      check(
        {
          extraVolumes: [
            { ...newExtraVolumeRow(), sizeGb: '' },
            { ...newExtraVolumeRow(), sizeGb: 2001 },
            { ...newExtraVolumeRow('Tape'), sizeGb: 10 },
          ],
        },
        { volumeTypes: ['General HDD'] },
      ),
    ).toEqual({
      'extraVolumes.0.sizeGb': 'createInstance.validation.sizeInteger',
      'extraVolumes.1.sizeGb': 'createInstance.violations.bdm.volumeSize(minGb=10,maxGb=2000)',
      'extraVolumes.2.volumeType':
        'createInstance.violations.bdm.volumeType(type=Tape,allowed=General HDD)',
    });
  });

  it('refuses a placement policy that no longer exists', () => {
    expect(check({ placementPolicyId: 'gone' }, { placementPolicyIds: ['web-spread'] })).toEqual({
      placementPolicyId: 'createInstance.validation.placementPolicyGone',
    });
    expect(
      check({ placementPolicyId: 'web-spread' }, { placementPolicyIds: ['web-spread'] }),
    ).toEqual({});
  });

  it('counts the encoded user data against 65535 bytes', () => {
    // 49,149 bytes encode to 65,532; one more byte needs another 4-character group: 65,536.
    expect(check({ userData: 'x'.repeat(49_149) })).toEqual({});
    expect(Object.keys(check({ userData: 'x'.repeat(49_150) }))).toEqual(['userData']);
    expect(check({ userData: '가'.repeat(16_384) })).toEqual({
      userData: 'createInstance.violations.userData.tooLarge(size=65536,max=65535)',
    });
  });

  it('keeps a fixed IP inside the subnet and for one instance', () => {
    expect(check({ fixedIp: '192.168.0.50' })).toEqual({});
    expect(check({ fixedIp: '10.0.0.1' })).toEqual({
      fixedIp: 'createInstance.validation.fixedIp.outside(ip=10.0.0.1,cidr=192.168.0.0/24)',
    });
    expect(check({ fixedIp: '192.168.0.50', count: 2 })).toEqual({
      fixedIp: 'createInstance.validation.fixedIp.single(ip=192.168.0.50,cidr=192.168.0.0/24)',
    });
  });

  it('checks metadata rows: lengths, empty keys, keys used twice', () => {
    const long = 'v'.repeat(256);
    expect(
      check({
        metadata: [
          newMetadataRow('role', 'web'),
          newMetadataRow('role', 'db'),
          newMetadataRow('', 'orphan'),
          newMetadataRow('note', long),
          newMetadataRow('', ''),
        ],
      }),
    ).toEqual({
      'metadata.1.key': 'createInstance.validation.metadataDuplicate(key=role)',
      'metadata.2.key': 'createInstance.violations.metadata.emptyKey',
      'metadata.3.value': 'createInstance.violations.metadata.valueTooLong(key=note,max=255)',
    });
  });

  it('knows only existing security groups', () => {
    expect(check({ securityGroups: ['default', 'nope'] })).toEqual({
      securityGroups: 'createInstance.validation.unknownSecurityGroup(name=nope)',
    });
  });
});
