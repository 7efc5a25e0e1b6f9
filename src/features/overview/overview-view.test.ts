import { describe, expect, it } from 'vitest';
import {
  ATTENTION_SHOWN,
  attentionShown,
  capacityShares,
  familyRows,
  gb,
  inUseHref,
} from './overview-view';
import {
  type AttentionItem,
  type InstanceSummary,
  summarizeInstances,
  summarizeVolumes,
  UNKNOWN_FAMILY,
  type VolumeSummary,
} from './summary';

const REGION = 'kr1';
const EMPTY: InstanceSummary = summarizeInstances([], new Map(), 0);

const attention = (n: number, reason: AttentionItem['reason']): AttentionItem[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${reason}-${i}`,
    name: `${reason}-${i}`,
    status: reason === 'error' ? 'ERROR' : 'BUILD',
    reason,
    since: '2025-01-10T12:00:00Z',
  }));

const volumes = (failed: number): VolumeSummary =>
  summarizeVolumes(
    Array.from({ length: failed }, (_, i) => ({
      id: `v${i}`,
      name: `broken-${i}`,
      status: 'error',
      size: 10,
      attachments: [],
    })),
  );

describe('where the overview leads', () => {
  it('lead "in use" to its one status, or to every instance when several share it', () => {
    const row = (status: string) => ({ status, count: 1, vcpus: 1, ramMb: 1024 });
    expect(inUseHref(REGION, [row('ACTIVE')])).toBe('/kr1/instances?status=ACTIVE');
    expect(inUseHref(REGION, [row('ACTIVE'), row('REBOOT')])).toBe('/kr1/instances');
    expect(inUseHref(REGION, [])).toBe('/kr1/instances');
  });

  it('link every family but the unknown one, named in capitals', () => {
    const summary = {
      ...EMPTY,
      byFamily: [
        { key: 'm2', count: 3 },
        { key: UNKNOWN_FAMILY, count: 1 },
      ],
    };
    expect(familyRows(REGION, summary)).toEqual([
      { key: 'm2', family: 'M2', count: 3, href: '/kr1/instances?family=m2' },
      { key: 'unknown', family: null, count: 1 },
    ]);
  });
});

describe('the attention list as shown', () => {
  it('names the first few instances and failed volumes, and counts the rest', () => {
    const summary = {
      ...EMPTY,
      attention: [...attention(12, 'error'), ...attention(3, 'building')],
    };
    const shown = attentionShown(summary, volumes(ATTENTION_SHOWN + 2));
    expect(shown.instances).toHaveLength(ATTENTION_SHOWN);
    expect(shown.instances.every((item) => item.reason === 'error')).toBe(true);
    expect(shown.volumes).toHaveLength(ATTENTION_SHOWN);
    expect(shown.more).toBe(15 - ATTENTION_SHOWN + 2);
    expect(shown.errors).toBe(12);
    expect(shown.none).toBe(false);
  });

  it('is "nothing needs attention" with no instance and no volume to name', () => {
    expect(attentionShown(EMPTY, null)).toMatchObject({ none: true, more: 0, errors: 0 });
    expect(attentionShown(EMPTY, volumes(1))).toMatchObject({ none: false, more: 0 });
  });
});

describe('sizes and shares', () => {
  it('shows MB as GB with one decimal', () => {
    expect(gb(4096)).toBe(4);
    expect(gb(1536)).toBe(1.5);
    expect(gb(1000)).toBe(1);
    expect(gb(0)).toBe(0);
  });

  it('splits the capacity bar between attached and free, and is empty with no capacity', () => {
    const summary = summarizeVolumes([
      {
        id: 'a',
        name: 'a',
        status: 'in-use',
        size: 30,
        attachments: [
          { server_id: 's', attachment_id: 'x', volume_id: 'a', device: '/dev/vdb', id: 'a' },
        ],
      },
      { id: 'b', name: 'b', status: 'available', size: 10, attachments: [] },
    ]);
    expect(capacityShares(summary)).toEqual({ attached: 75, free: 25 });
    expect(capacityShares(summarizeVolumes([]))).toEqual({ attached: 0, free: 0 });
  });
});
