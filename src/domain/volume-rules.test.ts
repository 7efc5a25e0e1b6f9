import { describe, expect, it } from 'vitest';
import { volume } from './test-volumes';
import {
  attachTargets,
  checkAttachVolume,
  checkDeleteVolume,
  checkDetach,
  cinderTime,
  filterVolumes,
  isBootable,
  sortVolumes,
  volumeLabel,
  volumeStatusTone,
} from './volume-rules';

const attached = (serverId: string, device: string) => ({
  server_id: serverId,
  attachment_id: 'a',
  volume_id: 'v',
  device,
  id: 'v',
});

const server = (id: string, status: string, zone = 'kr-pub-a', task: string | null = null) => ({
  id,
  name: id,
  status,
  'OS-EXT-STS:task_state': task,
  'OS-EXT-AZ:availability_zone': zone,
});

describe('volume rules', () => {
  it('name a volume by its name, or its id when it has none', () => {
    expect(volumeLabel({ id: 'abc', name: 'data' })).toBe('data');
    expect(volumeLabel({ id: 'abc', name: '' })).toBe('abc');
    expect(volumeLabel({ id: 'abc', name: null })).toBe('abc');
  });

  it('read bootable as the string Cinder sends', () => {
    expect(isBootable({ bootable: 'true' })).toBe(true);
    expect(isBootable({ bootable: 'false' })).toBe(false);
  });

  it('read Cinder times without a zone as UTC', () => {
    expect(cinderTime('2018-12-18T05:43:12.000000')).toBe('2018-12-18T05:43:12.000000Z');
    expect(cinderTime('2018-12-18T05:43:12Z')).toBe('2018-12-18T05:43:12Z');
    expect(cinderTime('2018-12-18T05:43:12+09:00')).toBe('2018-12-18T05:43:12+09:00');
    expect(cinderTime(null)).toBeNull();
  });

  it('colour statuses', () => {
    expect(volumeStatusTone('available')).toBe('green');
    expect(volumeStatusTone('in-use')).toBe('blue');
    expect(volumeStatusTone('creating')).toBe('yellow');
    expect(volumeStatusTone('error_deleting')).toBe('red');
    expect(volumeStatusTone('awaiting-transfer')).toBe('gray');
  });

  it('delete only volumes that are free and settled', () => {
    expect(checkDeleteVolume(volume({}))).toEqual({ allowed: true });
    expect(checkDeleteVolume(volume({ status: 'error' }))).toEqual({ allowed: true });
    expect(checkDeleteVolume(volume({ status: 'creating' }))).toEqual({
      allowed: false,
      reason: 'status',
      status: 'creating',
    });
    expect(
      checkDeleteVolume(volume({ status: 'in-use', attachments: [attached('s', '/dev/vdb')] })),
    ).toEqual({ allowed: false, reason: 'attached' });
  });

  it('refuse to delete a volume that has snapshots, saying how many (블록 스토리지 삭제하기)', () => {
    const snapshots = [{ volume_id: 'v-0000' }, { volume_id: 'other' }, { volume_id: 'v-0000' }];
    expect(checkDeleteVolume(volume({}), snapshots)).toEqual({
      allowed: false,
      reason: 'snapshots',
      count: 2,
    });
    expect(checkDeleteVolume(volume({ id: 'free' }), snapshots)).toEqual({ allowed: true });
    // Attached says what to do first; the snapshots are the next step.
    expect(
      checkDeleteVolume(
        volume({ status: 'in-use', attachments: [attached('s', '/dev/vdb')] }),
        snapshots,
      ),
    ).toEqual({ allowed: false, reason: 'attached' });
  });

  it('attach only available volumes', () => {
    expect(checkAttachVolume(volume({}))).toEqual({ allowed: true });
    expect(checkAttachVolume(volume({ status: 'in-use' }))).toMatchObject({ reason: 'status' });
  });

  it('never detach a root device, and only from instances that allow it', () => {
    const inUse = volume({ status: 'in-use' });
    expect(checkDetach(inUse, { device: '/dev/vda' }, undefined)).toEqual({
      allowed: false,
      reason: 'root',
      device: '/dev/vda',
    });
    expect(checkDetach(inUse, { device: '/dev/vdb' }, server('s', 'ACTIVE'))).toEqual({
      allowed: true,
    });
    expect(checkDetach(inUse, { device: '/dev/vdb' }, server('s', 'ERROR'))).toMatchObject({
      allowed: false,
      reason: 'server',
    });
    expect(
      checkDetach(inUse, { device: '/dev/vdb' }, server('s', 'ACTIVE', 'kr-pub-a', 'rebooting')),
    ).toMatchObject({
      reason: 'server',
      check: { reason: 'task' },
    });
    expect(
      checkDetach(volume({ status: 'detaching' }), { device: '/dev/vdb' }, undefined),
    ).toMatchObject({
      reason: 'status',
    });
  });

  it('offer instances of the same zone whose status allows an attach', () => {
    const targets = attachTargets(volume({ availability_zone: 'kr-pub-a' }), [
      server('web-01', 'ACTIVE'),
      server('db', 'SHUTOFF'),
      server('legacy', 'ERROR'),
      server('build', 'BUILD'),
      server('other-zone', 'ACTIVE', 'kr-pub-b'),
    ]);
    expect(targets.allowed.map((s) => s.id)).toEqual(['db', 'web-01']);
    expect(targets.blocked.map((b) => b.server.id)).toEqual(['build', 'legacy']);
  });

  it('filter and sort', () => {
    const list = [
      volume({ id: 'a', name: 'web-data', size: 100, attachments: [attached('s', '/dev/vdb')] }),
      volume({
        id: 'b',
        name: 'backup',
        size: 50,
        status: 'in-use',
        availability_zone: 'kr-pub-b',
      }),
      volume({ id: 'c-42', name: '', size: 20 }),
    ];
    expect(filterVolumes(list, { name: 'WEB' }).map((v) => v.id)).toEqual(['a']);
    expect(filterVolumes(list, { name: 'C-4' }).map((v) => v.id)).toEqual(['c-42']);
    expect(filterVolumes(list, { status: 'in-use' }).map((v) => v.id)).toEqual(['b']);
    expect(filterVolumes(list, { attached: 'no' }).map((v) => v.id)).toEqual(['b', 'c-42']);
    expect(filterVolumes(list, { zone: 'kr-pub-b' }).map((v) => v.id)).toEqual(['b']);
    expect(sortVolumes(list, 'size', 'asc').map((v) => v.id)).toEqual(['c-42', 'b', 'a']);
    expect(sortVolumes(list, 'name', 'desc').map((v) => v.id)).toEqual(['a', 'c-42', 'b']);
  });
});
