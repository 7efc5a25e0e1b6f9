import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VOLUME_TYPE,
  encodedUserDataBytes,
  validateCreateServer,
} from '../../../domain/create-server-rules';
import { imageFacts } from './boot-source';
import {
  flavorViolations,
  formToPlan,
  formToRequest,
  fromBase64Utf8,
  initialFormValues,
  metadataOf,
  minimumRootGb,
  newExtraVolumeRow,
  newMetadataRow,
  toBase64Utf8,
} from './create-form';
import {
  gpu,
  image,
  m2,
  rootVolume,
  snapshot,
  t2small,
  u2,
  u2big,
  formValues as values,
  volume,
  web01Root,
  windowsImage,
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

describe('form → request', () => {
  it('builds the exact POST /servers body of one Linux instance on a volume', () => {
    const request = formToRequest(
      values({
        availabilityZone: 'kr-pub-a',
        userData: '#!/bin/bash\necho hi',
        rootVolume: rootVolume(20, 'General SSD'),
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

  it('leaves out what was not chosen: zone, groups, user data, metadata, fixed IP, policy', () => {
    const request = formToRequest(values({ securityGroups: [] }), { image: image(), flavor: m2 });
    const { server } = request;
    expect(server.availability_zone).toBeUndefined();
    expect(server.security_groups).toBeUndefined();
    expect(server.user_data).toBeUndefined();
    expect(server.metadata).toBeUndefined();
    expect(server.networks).toEqual([{ subnet: 'subnet-1' }]);
    expect(server.return_reservation_id).toBeUndefined();
    expect(request['os:scheduler_hints']).toBeUndefined();
  });

  it('sends a local image root, sized by the flavor, for U2 and GPU flavors', () => {
    for (const local of [u2big, gpu]) {
      const { server } = formToRequest(
        values({ flavorId: local.id, rootVolume: rootVolume(300, 'General SSD') }),
        { image: image(), flavor: local },
      );
      expect(server.imageRef).toBe('img-ubuntu');
      expect(server.block_device_mapping_v2).toEqual([
        { source_type: 'image', uuid: 'img-ubuntu', boot_index: 0, destination_type: 'local' },
      ]);
    }
  });

  it('boots an existing volume as it is: no imageRef, no size or type, its zone, one instance', () => {
    const request = formToRequest(
      values({ bootSource: 'volume', volumeId: 'vol-web-restore', availabilityZone: 'kr-pub-b' }),
      { volume: volume(), image: image(), flavor: m2 },
    );
    expect(request.server).not.toHaveProperty('imageRef');
    expect(request.server.availability_zone).toBe('kr-pub-a');
    expect(request.server.block_device_mapping_v2).toEqual([
      {
        source_type: 'volume',
        uuid: 'vol-web-restore',
        boot_index: 0,
        destination_type: 'volume',
        delete_on_termination: false,
      },
    ]);
    expect(request.server).toMatchObject({ min_count: 1, max_count: 1 });
  });

  it('makes a new root volume from a snapshot in its volume’s zone, with no imageRef', () => {
    const request = formToRequest(
      values({
        bootSource: 'snapshot',
        snapshotId: 'snap-web-01-root',
        rootVolume: rootVolume(25, 'General SSD', false),
      }),
      { snapshot: snapshot(), snapshotVolume: web01Root, flavor: m2 },
    );
    expect(request.server).not.toHaveProperty('imageRef');
    expect(request.server.availability_zone).toBe('kr-pub-a');
    expect(request.server.block_device_mapping_v2).toEqual([
      {
        source_type: 'snapshot',
        uuid: 'snap-web-01-root',
        boot_index: 0,
        destination_type: 'volume',
        volume_size: 25,
        volume_type: 'General SSD',
        delete_on_termination: false,
      },
    ]);
  });

  it('adds extra volumes as blank entries with boot indexes 1, 2, …', () => {
    const { server } = formToRequest(
      values({
        extraVolumes: [
          { ...newExtraVolumeRow(), sizeGb: 100 },
          { ...newExtraVolumeRow('General SSD'), sizeGb: 50, deleteOnTermination: false },
        ],
      }),
      { image: image(), flavor: gpu },
    );
    expect(server.block_device_mapping_v2.slice(1)).toEqual([
      {
        source_type: 'blank',
        boot_index: 1,
        destination_type: 'volume',
        volume_size: 100,
        volume_type: DEFAULT_VOLUME_TYPE,
        delete_on_termination: true,
      },
      {
        source_type: 'blank',
        boot_index: 2,
        destination_type: 'volume',
        volume_size: 50,
        volume_type: 'General SSD',
        delete_on_termination: false,
      },
    ]);
  });

  it('sends nhn_encryption (trimmed) only with an encrypted type', () => {
    const key = { appKey: ' app-key ', keyId: 'key-1' };
    const { server } = formToRequest(
      values({
        rootVolume: rootVolume(20, 'Encrypted SSD', true, key),
        extraVolumes: [
          { ...newExtraVolumeRow('Encrypted HDD'), encryption: { appKey: 'a2', keyId: 'k2' } },
          { ...newExtraVolumeRow('General HDD'), encryption: { appKey: 'left', keyId: 'over' } },
        ],
      }),
      { image: image(), flavor: m2 },
    );
    const [root, first, second] = server.block_device_mapping_v2;
    expect(root?.nhn_encryption).toEqual({ skm_appkey: 'app-key', skm_key_id: 'key-1' });
    expect(first?.nhn_encryption).toEqual({ skm_appkey: 'a2', skm_key_id: 'k2' });
    expect(second).not.toHaveProperty('nhn_encryption');
  });

  it('puts a placement policy in os:scheduler_hints, beside server', () => {
    const request = formToRequest(values({ placementPolicyId: 'group-1' }), {
      image: image(),
      flavor: m2,
    });
    expect(request['os:scheduler_hints']).toEqual({ group: 'group-1' });
    expect(request.server).not.toHaveProperty('os:scheduler_hints');
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
    expect(() => formToRequest(values({ bootSource: 'volume' }), { flavor: m2 })).toThrow();
    expect(() => formToRequest(values({ bootSource: 'snapshot' }), { flavor: m2 })).toThrow();
  });
});

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
