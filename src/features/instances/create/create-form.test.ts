import { describe, expect, it } from 'vitest';
import type { Flavor } from '../../../domain/compute-types';
import { encodedUserDataBytes, validateCreateServer } from '../../../domain/create-server-rules';
import type { Image } from '../../../domain/image-types';
import {
  type CreateInstanceFormValues,
  flavorViolations,
  formToPlan,
  formToRequest,
  fromBase64Utf8,
  initialFormValues,
  metadataOf,
  minimumRootGb,
  newMetadataRow,
  toBase64Utf8,
  violationPath,
} from './create-form';

function image(overrides: Partial<Image> = {}): Image {
  return {
    id: 'img-ubuntu',
    name: 'Ubuntu Server 24.04.1 LTS (2024.09.24)',
    status: 'active',
    visibility: 'public',
    protected: true,
    container_format: 'bare',
    disk_format: 'qcow2',
    min_disk: 10,
    min_ram: 0,
    size: 1,
    owner: 'nhn',
    created_at: '',
    updated_at: '',
    self: '',
    file: '',
    schema: '',
    tags: [],
    os_type: 'linux',
    ...overrides,
  };
}
const windowsImage = image({
  id: 'img-win',
  name: 'Windows 2022 STD (2024.08.20) KO',
  os_type: 'windows',
  min_disk: 50,
  min_ram: 2048,
});

function flavor(name: string, ramGb: number, disk = 0): Flavor {
  return {
    id: `flv-${name}`,
    name,
    links: [],
    ram: ramGb * 1024,
    vcpus: 1,
    disk,
    swap: '',
    'OS-FLV-DISABLED:disabled': false,
    'OS-FLV-EXT-DATA:ephemeral': 0,
    'os-flavor-access:is_public': true,
    rxtx_factor: 1,
  };
}
const m2 = flavor('m2.c2m4', 4);
const t2small = flavor('t2.c1m1', 1);
const u2 = flavor('u2.c1m1', 1, 20);
const u2big = flavor('u2.c2m4', 4, 50);

function values(overrides: Partial<CreateInstanceFormValues> = {}): CreateInstanceFormValues {
  return {
    ...initialFormValues(),
    name: 'web-01',
    imageId: 'img-ubuntu',
    flavorId: m2.id,
    subnetId: 'subnet-1',
    keyName: 'demo-key',
    ...overrides,
  };
}

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
  it('gives the rules the image, the flavor, a volume root outside U2 and the encoded script', () => {
    const plan = formToPlan(
      values({
        userData: 'echo 안녕',
        count: 3,
        rootVolume: { sizeGb: 30, volumeType: 'General SSD', deleteOnTermination: true },
      }),
      { image: image(), flavor: m2 },
    );
    expect(plan).toEqual({
      name: 'web-01',
      image: { osType: 'linux', minDiskGb: 10, minRamMb: 0 },
      flavor: { name: 'm2.c2m4', ramMb: 4096 },
      rootVolume: { sizeGb: 30, volumeType: 'General SSD', destination: 'volume' },
      userData: toBase64Utf8('echo 안녕'),
      minCount: 3,
      maxCount: 3,
      metadata: undefined,
    });
    expect(validateCreateServer(plan)).toEqual([]);
  });

  it('has no root volume for U2 (its disk is local)', () => {
    expect(
      formToPlan(values({ flavorId: u2.id }), { image: image(), flavor: u2 }).rootVolume,
    ).toBeNull();
  });

  it('treats an image without os_type as Linux', () => {
    const plan = formToPlan(values(), { image: image({ os_type: undefined }), flavor: m2 });
    expect(plan.image?.osType).toBe('linux');
  });

  it('lets the rules refuse a 5 GB Linux root and a Windows image on 1 GB', () => {
    const small = formToPlan(
      values({ rootVolume: { sizeGb: 5, volumeType: 'General HDD', deleteOnTermination: true } }),
      { image: image(), flavor: m2 },
    );
    expect(validateCreateServer(small).map((v) => v.code)).toEqual(['rootVolume.tooSmall']);
    const win = formToPlan(
      values({
        imageId: windowsImage.id,
        flavorId: t2small.id,
        rootVolume: { sizeGb: 50, volumeType: 'General HDD', deleteOnTermination: true },
      }),
      { image: windowsImage, flavor: t2small },
    );
    expect(validateCreateServer(win).map((v) => v.code)).toEqual(['flavor.windowsRam']);
  });

  it('sends an empty size as 0 (refused), never as NaN', () => {
    const plan = formToPlan(
      values({ rootVolume: { sizeGb: '', volumeType: 'General HDD', deleteOnTermination: true } }),
      { image: image(), flavor: m2 },
    );
    expect(plan.rootVolume?.sizeGb).toBe(0);
  });
});

describe('form → request', () => {
  it('builds the exact POST /servers body of one Linux instance on a volume', () => {
    const request = formToRequest(
      values({
        availabilityZone: 'kr-pub-a',
        userData: '#!/bin/bash\necho hi',
        rootVolume: { sizeGb: 20, volumeType: 'General SSD', deleteOnTermination: true },
        securityGroups: ['default', 'web'],
        metadata: [newMetadataRow('role', 'web'), newMetadataRow('', '')],
        fixedIp: ' 192.168.0.50 ',
      }),
      { image: image(), flavor: m2 },
    );
    expect(request).toEqual({
      server: {
        name: 'web-01',
        imageRef: 'img-ubuntu',
        flavorRef: 'flv-m2.c2m4',
        networks: [{ subnet: 'subnet-1', fixed_ip: '192.168.0.50' }],
        key_name: 'demo-key',
        availability_zone: 'kr-pub-a',
        block_device_mapping_v2: [
          {
            uuid: 'img-ubuntu',
            boot_index: 0,
            volume_size: 20,
            volume_type: 'General SSD',
            source_type: 'image',
            destination_type: 'volume',
            delete_on_termination: true,
          },
        ],
        security_groups: [{ name: 'default' }, { name: 'web' }],
        user_data: btoa('#!/bin/bash\necho hi'),
        metadata: { role: 'web' },
        min_count: 1,
        max_count: 1,
      },
    });
  });

  it('leaves out what was not chosen: zone, groups, user data, metadata, fixed IP', () => {
    const { server } = formToRequest(values({ securityGroups: [] }), {
      image: image(),
      flavor: m2,
    });
    expect(server.availability_zone).toBeUndefined();
    expect(server.security_groups).toBeUndefined();
    expect(server.user_data).toBeUndefined();
    expect(server.metadata).toBeUndefined();
    expect(server.networks).toEqual([{ subnet: 'subnet-1' }]);
    expect(server.return_reservation_id).toBeUndefined();
  });

  it('sends no block device mapping for U2', () => {
    const { server } = formToRequest(values({ flavorId: u2big.id }), {
      image: image(),
      flavor: u2big,
    });
    expect(server.block_device_mapping_v2).toBeUndefined();
    expect(server.flavorRef).toBe('flv-u2.c2m4');
  });

  it('asks for a reservation id when creating several', () => {
    const { server } = formToRequest(values({ count: 3 }), { image: image(), flavor: m2 });
    expect(server).toMatchObject({ min_count: 3, max_count: 3, return_reservation_id: true });
  });

  it('sends the name without surrounding spaces', () => {
    const { server } = formToRequest(values({ name: '  web-01 ' }), { image: image(), flavor: m2 });
    expect(server.name).toBe('web-01');
  });

  it('refuses to build an incomplete request', () => {
    expect(() =>
      formToRequest(values({ keyName: null }), { image: image(), flavor: m2 }),
    ).toThrow();
    expect(() => formToRequest(values(), { image: null, flavor: m2 })).toThrow();
  });
});

describe('flavors for an image', () => {
  it('refuses U2 and less than 2 GB for Windows, with the rule that says so', () => {
    expect(flavorViolations(windowsImage, u2big).map((v) => v.code)).toEqual(['flavor.windowsU2']);
    expect(flavorViolations(windowsImage, t2small).map((v) => v.code)).toEqual([
      'flavor.windowsRam',
    ]);
    expect(flavorViolations(windowsImage, m2)).toEqual([]);
  });

  it('refuses flavors below the image min_ram', () => {
    const hungry = image({ min_ram: 8192 });
    expect(flavorViolations(hungry, m2).map((v) => v.code)).toEqual(['flavor.imageMinRam']);
  });

  it('takes every flavor for Linux, and none is refused before an image is chosen', () => {
    for (const f of [m2, t2small, u2, u2big]) {
      expect(flavorViolations(image(), f)).toEqual([]);
      expect(flavorViolations(null, f)).toEqual([]);
    }
  });
});

describe('the smallest root volume', () => {
  it('is 10 GB for Linux, 50 GB for Windows, or the image min_disk when larger', () => {
    expect(minimumRootGb(image({ min_disk: 0 }))).toBe(10);
    expect(minimumRootGb(image({ min_disk: 30 }))).toBe(30);
    expect(minimumRootGb(windowsImage)).toBe(50);
    expect(minimumRootGb(null)).toBe(10);
  });
});

describe('where violations show', () => {
  const v = values({
    metadata: [newMetadataRow('a', '1'), newMetadataRow('', ''), newMetadataRow('', 'x')],
  });
  it('maps the rule fields to the form fields', () => {
    expect(violationPath({ field: 'name', code: 'name.required' }, v)).toBe('name');
    expect(violationPath({ field: 'flavorRef', code: 'flavor.windowsU2' }, v)).toBe('flavorId');
    expect(
      violationPath(
        { field: 'block_device_mapping_v2', code: 'rootVolume.tooSmall', minGb: 10, os: 'linux' },
        v,
      ),
    ).toBe('rootVolume.sizeGb');
    expect(
      violationPath({ field: 'block_device_mapping_v2', code: 'rootVolume.type', allowed: [] }, v),
    ).toBe('rootVolume.volumeType');
    expect(violationPath({ field: 'user_data', code: 'userData.notBase64' }, v)).toBe('userData');
    expect(violationPath({ field: 'max_count', code: 'count.max', max: 10 }, v)).toBe('count');
    expect(violationPath({ field: 'min_count', code: 'count.min' }, v)).toBe('count');
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

  it('builds metadata from the filled rows only', () => {
    expect(metadataOf(v.metadata)).toEqual({ a: '1', '': 'x' });
    expect(metadataOf([newMetadataRow()])).toBeUndefined();
  });
});
