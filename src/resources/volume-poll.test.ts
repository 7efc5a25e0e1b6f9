import { describe, expect, it } from 'vitest';
import type { Volume } from '../domain/block-storage-types';
import { MAX_POLLED_VOLUMES, mergePolledVolumes, planVolumeRefresh } from './volume-poll';

const volume = (id: string, status: string): Volume =>
  ({ id, name: id, status, size: 10, attachments: [] }) as unknown as Volume;

const settled = [volume('a', 'available'), volume('b', 'in-use')];
const changing = [volume('a', 'available'), volume('b', 'attaching'), volume('c', 'creating')];

describe('planning a refresh of the volume list', () => {
  it('reads the whole list first, and whenever it was marked stale', () => {
    expect(planVolumeRefresh(undefined, false)).toEqual({ kind: 'full' });
    expect(planVolumeRefresh(changing, true)).toEqual({ kind: 'full' });
  });

  it('while volumes change, asks for those volumes only', () => {
    expect(planVolumeRefresh(changing, false)).toEqual({ kind: 'poll', ids: ['b', 'c'] });
  });

  it('when all are settled, a refresh (focus, Refresh) reads the list', () => {
    expect(planVolumeRefresh(settled, false)).toEqual({ kind: 'full' });
  });

  it('reads the list when so many change that a request each would cost more', () => {
    const many = Array.from({ length: MAX_POLLED_VOLUMES + 1 }, (_, i) =>
      volume(`v${i}`, 'creating'),
    );
    expect(planVolumeRefresh(many, false)).toEqual({ kind: 'full' });
    expect(planVolumeRefresh(many.slice(1), false)).toMatchObject({ kind: 'poll' });
  });
});

describe('merging polled volumes into the list', () => {
  it('puts a fresh copy in place and keeps the others as they are', () => {
    const attached = volume('b', 'in-use');
    const merged = mergePolledVolumes(changing, [{ id: 'b', volume: attached }]);
    expect(merged.map((v) => v.status)).toEqual(['available', 'in-use', 'creating']);
    expect(merged[1]).toBe(attached);
    expect(merged[0]).toBe(changing[0]);
  });

  it('drops a volume the API no longer knows (deleted)', () => {
    expect(mergePolledVolumes(changing, [{ id: 'c', volume: null }]).map((v) => v.id)).toEqual([
      'a',
      'b',
    ]);
  });

  it('keeps the same list when nothing changed, or an answer carried no volume', () => {
    expect(mergePolledVolumes(changing, [{ id: 'b', volume: structuredClone(changing[1]) }])).toBe(
      changing,
    );
    expect(mergePolledVolumes(changing, [{ id: 'b', volume: undefined }])).toBe(changing);
  });
});
