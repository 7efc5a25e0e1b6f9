import { describe, expect, it } from 'vitest';
import {
  BUILDING_TOO_LONG_MS,
  type FlavorFacts,
  summarizeInstances,
  summarizeVolumes,
  UNKNOWN_FAMILY,
} from './summary';

const NOW = Date.parse('2025-01-10T12:00:00Z');
const ago = (ms: number) => new Date(NOW - ms).toISOString();

const flavors = new Map<string, FlavorFacts>([
  ['f-m2', { name: 'm2.c2m4', vcpus: 2, ram: 4096 }],
  ['f-u2', { name: 'u2.c1m1', vcpus: 1, ram: 1024 }],
  ['f-r2', { name: 'r2.c4m32', vcpus: 4, ram: 32768 }],
]);

let n = 0;
function server(
  status: string,
  flavor: string,
  zone = 'kr-pub-a',
  created = ago(86_400_000),
): Parameters<typeof summarizeInstances>[0][number] {
  n += 1;
  return {
    id: `s${n}`,
    name: `server-${n}`,
    status,
    flavor: { id: flavor, links: [] },
    'OS-EXT-AZ:availability_zone': zone,
    created,
    updated: created,
  };
}

describe('the instance summary', () => {
  const servers = [
    server('ACTIVE', 'f-m2'),
    server('ACTIVE', 'f-m2', 'kr-pub-b'),
    server('ACTIVE', 'f-u2'),
    server('SHUTOFF', 'f-r2'),
    server('STOPPED', 'f-r2', 'kr-pub-b'),
    server('ERROR', 'f-m2'),
    server('REBOOT', 'f-u2'),
    server('PAUSED', 'f-m2', 'kr-pub-b'),
    server('BUILD', 'f-u2', 'kr-pub-a', ago(BUILDING_TOO_LONG_MS + 1)),
    server('BUILDING', 'f-u2', 'kr-pub-a', ago(60_000)),
    server('ACTIVE', 'gone'),
  ];
  const summary = summarizeInstances(servers, flavors, NOW);

  it('counts by Nova status, reading the 2023 names as aliases, in the order of the status table', () => {
    expect(summary.total).toBe(11);
    expect(summary.byStatus).toEqual([
      { key: 'ACTIVE', count: 4 },
      { key: 'BUILD', count: 2 },
      { key: 'SHUTOFF', count: 2 },
      { key: 'REBOOT', count: 1 },
      { key: 'ERROR', count: 1 },
      { key: 'PAUSED', count: 1 },
    ]);
  });

  it('counts by flavor family (catalogue order, unknown last) and by zone', () => {
    expect(summary.byFamily).toEqual([
      { key: 'u2', count: 4 },
      { key: 'm2', count: 4 },
      { key: 'r2', count: 2 },
      { key: UNKNOWN_FAMILY, count: 1 },
    ]);
    expect(summary.byZone).toEqual([
      { key: 'kr-pub-a', count: 8 },
      { key: 'kr-pub-b', count: 3 },
    ]);
  });

  it('sums vCPU and RAM of powered-on instances only', () => {
    // ACTIVE: m2 + m2 + u2 + unknown flavor (0); REBOOT: u2.
    expect(summary.inUse).toEqual({
      instances: 5,
      vcpus: 6,
      ramMb: 10 * 1024,
      byStatus: [
        { status: 'ACTIVE', count: 4, vcpus: 5, ramMb: 9 * 1024 },
        { status: 'REBOOT', count: 1, vcpus: 1, ramMb: 1024 },
      ],
    });
    expect(summary.unknownFlavor).toBe(1);
    expect(summary.allocated.vcpus).toBe(2 + 2 + 1 + 4 + 4 + 2 + 1 + 2 + 1 + 1);
  });

  it('flags errors and instances building for too long', () => {
    expect(summary.attention.map((item) => [item.name, item.reason])).toEqual([
      ['server-6', 'error'],
      ['server-9', 'building'],
    ]);
  });

  it('is deeply equal after a refresh that changed no count, so the memoized cards skip it', () => {
    // An instance stopping: asked for every 2.5 s, its `updated` moves, its counts do not.
    const refreshed = servers.map((s, i) => (i === 0 ? { ...s, updated: ago(1_000) } : { ...s }));
    const before = summarizeInstances(servers, flavors, NOW);
    const after = summarizeInstances(refreshed, flavors, NOW + 2_500);
    expect(after).toEqual(before);
    expect(after).not.toBe(before);
  });

  it('is empty for no instances', () => {
    const empty = summarizeInstances([], flavors, NOW);
    expect(empty).toMatchObject({ total: 0, byStatus: [], attention: [] });
    expect(empty.inUse.vcpus).toBe(0);
  });
});

describe('the volume summary', () => {
  const attachment = {
    server_id: 's1',
    attachment_id: 'a1',
    volume_id: 'v1',
    device: '/dev/vdb',
    id: 'v1',
  };
  it('splits capacity into attached and free, and lists failed volumes', () => {
    const summary = summarizeVolumes([
      { id: 'v1', name: 'root', status: 'in-use', size: 20, attachments: [attachment] },
      { id: 'v2', name: 'data', status: 'in-use', size: 100, attachments: [attachment] },
      { id: 'v3', name: 'free', status: 'available', size: 50, attachments: [] },
      { id: 'v4', name: 'broken', status: 'error', size: 10, attachments: [] },
    ]);
    expect(summary).toMatchObject({
      count: 4,
      totalGb: 180,
      attached: { count: 2, gb: 120 },
      free: { count: 2, gb: 60 },
    });
    expect(summary.byStatus[0]).toEqual({ status: 'in-use', count: 2, gb: 120 });
    expect(summary.failed).toEqual([{ id: 'v4', name: 'broken', status: 'error' }]);
  });
});
