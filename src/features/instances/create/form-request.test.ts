/** The form as the exact POST /servers body (moved from create-form.test.ts). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_VOLUME_TYPE } from '../../../domain/create-server-rules';
import { newExtraVolumeRow, newMetadataRow } from './create-form';
import { formToRequest } from './form-request';
import {
  gpu,
  image,
  m2,
  rootVolume,
  snapshot,
  u2big,
  formValues as values,
  volume,
  web01Root,
} from './test-data';

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
