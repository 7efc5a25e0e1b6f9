/**
 * The numbers of the overview, computed from the lists the API gives: instances by status, flavor
 * family and availability zone, the vCPU and RAM powered-on instances use, volume capacity, and
 * what needs attention. Pure, so the page and the tests read the same rules.
 */
import type { Volume } from '../../domain/block-storage-types';
import type { Server } from '../../domain/compute-types';
import { FLAVOR_FAMILIES, flavorFamily } from '../../domain/flavor';
import { canonicalStatus, SERVER_STATUSES } from '../../domain/server-status';

/**
 * The statuses whose instances count as "in use": powered on and holding their vCPU and RAM
 * (Nova's names: the 2023 guide's `RESIZED` counts as RESIZE). Stopped, shelved, paused,
 * suspended, building and failed instances do not count.
 */
const IN_USE_STATUSES: readonly string[] = [
  'ACTIVE',
  'REBOOT',
  'HARD_REBOOT',
  'RESIZE',
  'VERIFY_RESIZE',
  'REVERT_RESIZE',
  'MIGRATING',
  'PASSWORD',
  'REBUILD',
  'RESCUE',
];

/** An instance still building after this long needs someone to look at it. */
export const BUILDING_TOO_LONG_MS = 10 * 60_000;

/** Unknown flavor family (the flavor is gone or not visible): counted, but not linkable. */
export const UNKNOWN_FAMILY = '';

export interface FlavorFacts {
  name: string;
  vcpus: number;
  /** MB, as the API says it. */
  ram: number;
}

interface CountRow<K extends string> {
  key: K | string;
  count: number;
}

export interface ResourceRow {
  status: string;
  count: number;
  vcpus: number;
  ramMb: number;
}

export interface AttentionItem {
  id: string;
  name: string;
  status: string;
  reason: 'error' | 'building';
  /** ISO time: when it was created (building) or last changed (error). */
  since: string;
}

export interface InstanceSummary {
  total: number;
  /** Canonical statuses, in the order of the status table. */
  byStatus: CountRow<string>[];
  /** Families in the catalogue's order, then any other; UNKNOWN_FAMILY last. */
  byFamily: CountRow<string>[];
  byZone: CountRow<string>[];
  inUse: { instances: number; vcpus: number; ramMb: number; byStatus: ResourceRow[] };
  /** vCPU and RAM of every instance whose flavor is known, whatever its status. */
  allocated: { vcpus: number; ramMb: number };
  /** Instances whose flavor is not in the flavor list (their vCPU and RAM are unknown). */
  unknownFlavor: number;
  attention: AttentionItem[];
}

const STATUS_ORDER = Object.keys(SERVER_STATUSES);

const rank = (order: readonly string[], key: string) => {
  const at = order.indexOf(key);
  return at < 0 ? order.length : at;
};

function ordered(counts: Map<string, number>, order: readonly string[]): CountRow<string>[] {
  return [...counts.entries()]
    .map(([key, count]) => ({ key, count }))
    .sort(
      (a, b) =>
        (a.key === UNKNOWN_FAMILY ? 1 : 0) - (b.key === UNKNOWN_FAMILY ? 1 : 0) ||
        rank(order, a.key) - rank(order, b.key) ||
        a.key.localeCompare(b.key),
    );
}

type ServerFacts = Pick<
  Server,
  'id' | 'name' | 'status' | 'flavor' | 'OS-EXT-AZ:availability_zone' | 'created' | 'updated'
>;

/**
 * One pass over the servers (issue 10: the overview of 5,000 instances paints its counts as soon
 * as the last page is in): each server's status and family are read once, and each distinct
 * status text and flavor is looked up once.
 */
export function summarizeInstances(
  servers: readonly ServerFacts[],
  flavors: ReadonlyMap<string, FlavorFacts>,
  now: number,
): InstanceSummary {
  const statusOf = memo((raw: string) => canonicalStatus(raw));
  const familyOf = memo((flavorId: string) => {
    const flavor = flavors.get(flavorId);
    return flavor ? flavorFamily(flavor.name) : UNKNOWN_FAMILY;
  });
  const inUseStatuses = new Set(IN_USE_STATUSES);

  const byStatus = new Map<string, number>();
  const byFamily = new Map<string, number>();
  const byZone = new Map<string, number>();
  const add = (counts: Map<string, number>, key: string) =>
    counts.set(key, (counts.get(key) ?? 0) + 1);
  const inUseRows = new Map<string, ResourceRow>();
  const inUse = { instances: 0, vcpus: 0, ramMb: 0 };
  const allocated = { vcpus: 0, ramMb: 0 };
  let unknownFlavor = 0;
  const attention: AttentionItem[] = [];
  for (const server of servers) {
    const key = statusOf(server.status);
    add(byStatus, key);
    add(byFamily, familyOf(server.flavor.id));
    add(byZone, server['OS-EXT-AZ:availability_zone']);
    const flavor = flavors.get(server.flavor.id);
    if (!flavor) unknownFlavor += 1;
    allocated.vcpus += flavor?.vcpus ?? 0;
    allocated.ramMb += flavor?.ram ?? 0;
    if (inUseStatuses.has(key)) {
      const row = inUseRows.get(key) ?? { status: key, count: 0, vcpus: 0, ramMb: 0 };
      row.count += 1;
      row.vcpus += flavor?.vcpus ?? 0;
      row.ramMb += flavor?.ram ?? 0;
      inUseRows.set(key, row);
      inUse.instances += 1;
      inUse.vcpus += flavor?.vcpus ?? 0;
      inUse.ramMb += flavor?.ram ?? 0;
    }
    if (key === 'ERROR') {
      attention.push({
        id: server.id,
        name: server.name,
        status: server.status,
        reason: 'error',
        since: server.updated,
      });
    } else if (key === 'BUILD') {
      const created = Date.parse(server.created);
      if (Number.isFinite(created) && now - created > BUILDING_TOO_LONG_MS) {
        attention.push({
          id: server.id,
          name: server.name,
          status: server.status,
          reason: 'building',
          since: server.created,
        });
      }
    }
  }
  const errorsFirst = (item: AttentionItem) => (item.reason === 'error' ? 0 : 1);
  // One collator for the whole sort: localeCompare per pair looks one up each time (a tenant
  // with thousands of failed instances sorted in tens of milliseconds).
  const byName = new Intl.Collator().compare;
  attention.sort((a, b) => errorsFirst(a) - errorsFirst(b) || byName(a.name, b.name));

  return {
    total: servers.length,
    byStatus: ordered(byStatus, STATUS_ORDER),
    byFamily: ordered(byFamily, FLAVOR_FAMILIES),
    byZone: ordered(byZone, []),
    inUse: {
      ...inUse,
      byStatus: [...inUseRows.values()].sort(
        (a, b) => rank(STATUS_ORDER, a.status) - rank(STATUS_ORDER, b.status),
      ),
    },
    allocated,
    unknownFlavor,
    attention,
  };
}

/** `read`, remembering its answer for each distinct input. */
function memo(read: (input: string) => string): (input: string) => string {
  const known = new Map<string, string>();
  return (input) => {
    let value = known.get(input);
    if (value === undefined) {
      value = read(input);
      known.set(input, value);
    }
    return value;
  };
}

export interface VolumeSummary {
  count: number;
  totalGb: number;
  attached: { count: number; gb: number };
  free: { count: number; gb: number };
  byStatus: { status: string; count: number; gb: number }[];
  /** Volumes in an error status. */
  failed: Pick<Volume, 'id' | 'name' | 'status'>[];
}

/** Capacity: a volume attached to an instance counts as attached, every other one as free. */
export function summarizeVolumes(
  volumes: readonly Pick<Volume, 'id' | 'name' | 'status' | 'size' | 'attachments'>[],
): VolumeSummary {
  const summary: VolumeSummary = {
    count: volumes.length,
    totalGb: 0,
    attached: { count: 0, gb: 0 },
    free: { count: 0, gb: 0 },
    byStatus: [],
    failed: [],
  };
  const byStatus = new Map<string, { status: string; count: number; gb: number }>();
  for (const volume of volumes) {
    summary.totalGb += volume.size;
    const side = volume.attachments.length > 0 ? summary.attached : summary.free;
    side.count += 1;
    side.gb += volume.size;
    const row = byStatus.get(volume.status) ?? { status: volume.status, count: 0, gb: 0 };
    row.count += 1;
    row.gb += volume.size;
    byStatus.set(volume.status, row);
    if (volume.status.startsWith('error')) {
      summary.failed.push({ id: volume.id, name: volume.name, status: volume.status });
    }
  }
  summary.byStatus = [...byStatus.values()].sort(
    (a, b) => b.count - a.count || a.status.localeCompare(b.status),
  );
  return summary;
}
