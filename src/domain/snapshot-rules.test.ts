import { describe, expect, it } from 'vitest';
import {
  anySnapshotBusy,
  checkCreateSnapshot,
  checkDeleteSnapshot,
  checkSnapshotForm,
  SNAPSHOT_NAME_MAX,
  snapshotLabel,
  snapshotRequestBody,
  snapshotSources,
  snapshotStatusTone,
  snapshotsOf,
} from './snapshot-rules';
import { snapshot, volume, web01Root, web01RootSnap } from './test-volumes';

describe('snapshot rules', () => {
  it('name a snapshot by its name, or its id when it has none', () => {
    expect(snapshotLabel({ id: 's1', name: 'nightly' })).toBe('nightly');
    expect(snapshotLabel({ id: 's1', name: null })).toBe('s1');
    expect(snapshotLabel({ id: 's1', name: ' ' })).toBe('s1');
  });

  it('colour statuses and poll while one is passing', () => {
    expect(snapshotStatusTone('available')).toBe('green');
    expect(snapshotStatusTone('creating')).toBe('yellow');
    expect(snapshotStatusTone('error_deleting')).toBe('red');
    expect(anySnapshotBusy([snapshot(), snapshot({ status: 'deleting' })])).toBe(true);
    expect(anySnapshotBusy([snapshot(), snapshot({ status: 'error' })])).toBe(false);
    expect(anySnapshotBusy(undefined)).toBe(false);
  });

  it('list the snapshots of one volume, newest first', () => {
    const list = [
      snapshot({ id: 'old', created_at: '2025-01-01T00:00:00.000000' }),
      snapshot({ id: 'other', volume_id: 'v-other' }),
      snapshot({ id: 'new', created_at: '2025-03-01T00:00:00.000000' }),
    ];
    expect(snapshotsOf(list, 'v-0000').map((s) => s.id)).toEqual(['new', 'old']);
    expect(snapshotsOf(list, 'v-none')).toEqual([]);
  });

  it('snapshot an available volume as it is, an attached one only with force (스냅숏 생성하기)', () => {
    expect(checkCreateSnapshot(volume())).toEqual({ allowed: true, force: false });
    expect(checkCreateSnapshot(volume({ status: 'in-use' }))).toEqual({
      allowed: true,
      force: true,
    });
    expect(checkCreateSnapshot(volume({ status: 'creating' }))).toEqual({
      allowed: false,
      reason: 'status',
      status: 'creating',
    });
  });

  it('send force: true only for an attached volume, and only what was typed', () => {
    expect(snapshotRequestBody('v1', { name: ' nightly ', description: '' }, false)).toEqual({
      volume_id: 'v1',
      name: 'nightly',
    });
    expect(snapshotRequestBody('v1', { name: '', description: ' before upgrade ' }, true)).toEqual({
      volume_id: 'v1',
      description: 'before upgrade',
      force: true,
    });
  });

  it('refuse names and descriptions longer than Block Storage takes', () => {
    const long = 'n'.repeat(SNAPSHOT_NAME_MAX + 1);
    expect(checkSnapshotForm({ name: long, description: long })).toEqual([
      { field: 'name', max: SNAPSHOT_NAME_MAX },
      { field: 'description', max: 255 },
    ]);
    expect(checkSnapshotForm({ name: 'n'.repeat(SNAPSHOT_NAME_MAX), description: '' })).toEqual([]);
  });

  it('delete only a settled snapshot', () => {
    expect(checkDeleteSnapshot(snapshot())).toEqual({ allowed: true });
    expect(checkDeleteSnapshot(snapshot({ status: 'error' }))).toEqual({ allowed: true });
    expect(checkDeleteSnapshot(snapshot({ status: 'creating' }))).toEqual({
      allowed: false,
      reason: 'status',
      status: 'creating',
    });
    expect(checkDeleteSnapshot(snapshot({ status: 'deleting' }))).toMatchObject({
      allowed: false,
    });
  });

  it('offer the available snapshots as sources, each with its volume, by name', () => {
    const sources = snapshotSources(
      [
        web01RootSnap,
        snapshot({ id: 'b', name: 'backup-snap' }),
        snapshot({ id: 'busy', name: 'a-busy', status: 'creating' }),
        snapshot({ id: 'orphan', name: 'orphan', volume_id: 'gone' }),
      ],
      [web01Root, volume()],
    );
    expect(sources.map((s) => s.snapshot.id)).toEqual(['b', 'orphan', 's-web01-root']);
    expect(sources[2]?.volume).toBe(web01Root);
    expect(sources[1]?.volume).toBeUndefined();
  });
});
