/**
 * The emulator's state with its clock and its queue of pending transitions. Transitions are
 * applied lazily, before each request, for every step whose time has come; `settle()` completes
 * them all at once so tests never wait.
 *
 * With a state file, changes are written together, off the requests' path (issue 12: writing
 * and fsyncing on every change took sign-in's p95 from 12 to 309 ms): a change marks the state
 * dirty and the state is written at most every PERSIST_DELAY_MS, and at once by `flush()` (on
 * shutdown and when the emulator is closed). Each write goes to a temporary file that is renamed
 * over the old one, so a crash leaves the old state or the new, never a torn file; temporary
 * files a crash left behind are removed at start. A file that is not a state stops the start.
 */
import {
  closeSync,
  fsyncSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { EmulatorConfig } from './config';
import { describeZodError } from './context';
import { TenantIndex } from './indexes';
import { ownValue, protoKeyPath } from './own-keys';
import { seedState } from './seed';
import type {
  EmulatorState,
  ImageRecord,
  Op,
  RegionId,
  RegionState,
  ServerRecord,
  TenantRegionState,
} from './state';
import { stateSchema } from './state-schema';
import { Clock } from './time';

/** How many deleted servers `changes-since` remembers per tenant and region. */
const TOMBSTONE_LIMIT = 500;

/** The longest a change waits to be written to the state file (issue 12). */
export const PERSIST_DELAY_MS = 200;

/** The temporary file a write goes through: `<state>.<pid>.tmp`, beside the state file. */
function tempFileOf(file: string): string {
  return `${file}.${process.pid}.tmp`;
}

/** Whether a process with this id runs (it may be writing its temporary file). */
function running(pid: number): boolean {
  if (pid === process.pid) return false; // This process writes synchronously: never midway.
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes `<state>.<pid>.tmp` files whose writer is gone: a crash between writing and renaming
 * leaves one, and nothing else ever would.
 */
function removeLeftoverTempFiles(file: string): void {
  const name = basename(file);
  let entries: string[];
  try {
    entries = readdirSync(dirname(file));
  } catch {
    return; // No directory yet: no leftovers either (the first write says what is wrong).
  }
  for (const entry of entries) {
    if (!entry.startsWith(`${name}.`) || !entry.endsWith('.tmp')) continue;
    const pid = entry.slice(name.length + 1, -'.tmp'.length);
    if (!/^\d+$/.test(pid) || running(Number(pid))) continue;
    rmSync(join(dirname(file), entry), { force: true });
  }
}

export class Store {
  state: EmulatorState;
  readonly clock = new Clock();
  private dirty = false;
  /** The pending write of a dirty state (one at a time: at most one write per delay). */
  private timer: NodeJS.Timeout | null = null;
  /**
   * Moves on every change to the state: `touch()`, every applied transition, a reset, and every
   * request that is not a GET (`write()`, from app.ts). Indexes live as long as it stands.
   */
  private revision = 0;
  /** Requests that may change the state and have not finished; no index is kept meanwhile. */
  private writers = 0;
  private readonly indexes = new Map<string, TenantIndex>();

  constructor(readonly config: EmulatorConfig) {
    if (config.stateFile) removeLeftoverTempFiles(config.stateFile);
    this.state =
      this.load() ?? seedState({ now: this.clock.now(), extraServers: config.extraServers });
    this.clock.offset = this.state.clockOffsetMs;
    // Written at once: a state file that cannot be written stops the start, not a later timer.
    this.dirty = true;
    this.flush();
  }

  now(): number {
    return this.clock.now();
  }

  /**
   * Back to the seed data: same ids, fresh times, no tokens, nothing pending; with
   * `extraServers`, that many load servers instead of NHN_EMULATOR_SERVERS' (for a test at scale).
   */
  reset(extraServers = this.config.extraServers): void {
    this.clock.offset = 0;
    this.state = seedState({ now: this.clock.now(), extraServers });
    this.indexes.clear();
    this.touch();
  }

  region(region: RegionId): RegionState {
    return this.state.regions[region];
  }

  /** A tenant's resources in a region; created empty for a tenant the seed did not cover. */
  tenant(region: RegionId, tenantId: string): TenantRegionState {
    const regionState = this.region(region);
    // Own keys only, so no tenant id can name a member of Object.prototype (issue 12). The ids
    // are the built-in users' (never a request's), so the assignment below stores a tenant.
    let tenant = ownValue(regionState.tenants, tenantId);
    if (!tenant) {
      tenant = {
        servers: [],
        deletedServers: [],
        keypairs: [],
        volumes: [],
        securityGroups: [],
        vpcs: [],
        subnets: [],
        ports: [],
        floatingIps: [],
        snapshots: [],
        serverGroups: [],
      };
      regionState.tenants[tenantId] = tenant;
    }
    return tenant;
  }

  touch(): void {
    this.dirty = true;
    this.revision++;
  }

  /**
   * Runs `handle` (a request that may change the state) with no index kept while it runs, and
   * moves the revision when it ends, whatever it changed and whether or not it said so.
   */
  async write<T>(handle: () => Promise<T>): Promise<T> {
    this.writers++;
    try {
      return await handle();
    } finally {
      this.writers--;
      this.revision++;
    }
  }

  /**
   * The tenant's index at this revision, built when first asked (issue 10). While a request that
   * may change the state runs, every call builds a fresh one and keeps none: the handler may have
   * changed the records since its last call.
   */
  tenantIndex(region: RegionId, tenantId: string): TenantIndex {
    const tenant = this.tenant(region, tenantId);
    const flavors = this.region(region).flavors;
    const key = `${region}/${tenantId}`;
    const kept = this.indexes.get(key);
    if (this.writers === 0 && kept?.isCurrent(tenant, flavors, this.revision)) return kept;
    const index = new TenantIndex(tenant, flavors, this.revision);
    if (this.writers === 0) this.indexes.set(key, index);
    else this.indexes.delete(key);
    return index;
  }

  /** Queues `ops` to run `delayMs` from now. */
  schedule(delayMs: number, ops: Op[]): void {
    if (ops.length === 0) return;
    this.state.events.push({ at: this.now() + delayMs, seq: this.state.eventSeq++, ops });
    this.touch();
  }

  /** Drops queued changes to one server's own fields (a new action supersedes the old flow). */
  cancelServerSteps(serverId: string): void {
    for (const event of this.state.events) {
      event.ops = event.ops.filter((op) => !(op.op === 'server' && op.id === serverId));
    }
    this.state.events = this.state.events.filter((event) => event.ops.length > 0);
  }

  pendingCount(): number {
    return this.state.events.length;
  }

  /** Applies every step whose time has come, in order. */
  applyDue(): number {
    const now = this.now();
    const due = this.state.events
      .filter((event) => event.at <= now)
      .sort((a, b) => a.at - b.at || a.seq - b.seq);
    if (due.length === 0) return 0;
    this.state.events = this.state.events.filter((event) => event.at > now);
    for (const event of due) {
      for (const op of event.ops) this.applyOp(op, event.at);
    }
    this.touch();
    return due.length;
  }

  /** Completes every pending transition now, moving the clock to when the last would end. */
  settle(): number {
    const last = Math.max(this.now(), ...this.state.events.map((event) => event.at));
    this.clock.advance(last - this.now());
    let applied = 0;
    // Applying a step never schedules new ones, but loop in case a future change does.
    while (this.state.events.length > 0) applied += this.applyDue() || this.forceNext();
    return applied;
  }

  private forceNext(): number {
    const next = Math.min(...this.state.events.map((event) => event.at));
    this.clock.advance(next - this.now());
    return this.applyDue();
  }

  advance(ms: number): number {
    this.clock.advance(ms);
    // The offset is part of the state file even when no transition was due.
    this.dirty = true;
    return this.applyDue();
  }

  private applyOp(op: Op, at: number): void {
    const regionState = this.region(op.region);
    if (op.op === 'image') {
      const image = regionState.images.find((i) => i.id === op.id);
      if (image) Object.assign(image, op.set, { updatedAt: at } satisfies Partial<ImageRecord>);
      return;
    }
    const tenant = this.tenant(op.region, op.tenantId);
    switch (op.op) {
      case 'server': {
        const server = tenant.servers.find((s) => s.id === op.id);
        if (!server) return;
        Object.assign(server, op.set, { updated: at });
        for (const field of op.stamp ?? [])
          (server as unknown as Record<string, number>)[field] = at;
        return;
      }
      case 'server-delete':
        this.removeServer(tenant, op.id, at);
        return;
      case 'volume': {
        const volume = tenant.volumes.find((v) => v.id === op.id);
        if (volume) Object.assign(volume, op.set, { updatedAt: at });
        return;
      }
      case 'volume-delete':
        tenant.volumes = tenant.volumes.filter((v) => v.id !== op.id);
        return;
      case 'snapshot': {
        const snapshot = tenant.snapshots.find((s) => s.id === op.id);
        if (snapshot) Object.assign(snapshot, op.set);
        return;
      }
      case 'snapshot-delete':
        tenant.snapshots = tenant.snapshots.filter((s) => s.id !== op.id);
        return;
      case 'volume-detach': {
        const volume = tenant.volumes.find((v) => v.id === op.id);
        if (!volume) return;
        volume.attachments = volume.attachments.filter((a) => a.serverId !== op.serverId);
        volume.status = volume.attachments.length > 0 ? 'in-use' : 'available';
        volume.updatedAt = at;
        return;
      }
      case 'ports':
        for (const port of tenant.ports)
          if (port.deviceId === op.deviceId) Object.assign(port, op.set);
        return;
    }
  }

  /** A deleted server leaves a DELETED record for changes-since and lets go of what it held. */
  private removeServer(tenant: TenantRegionState, serverId: string, at: number): void {
    const server = tenant.servers.find((s) => s.id === serverId);
    if (!server) return;
    tenant.servers = tenant.servers.filter((s) => s.id !== serverId);
    const tombstone: ServerRecord = {
      ...server,
      status: 'DELETED',
      vmState: 'deleted',
      taskState: null,
      powerState: 0,
      updated: at,
      terminatedAt: at,
    };
    tenant.deletedServers = [tombstone, ...tenant.deletedServers].slice(0, TOMBSTONE_LIMIT);
    // A deleted instance leaves its placement policy (배치 정책: members are the live instances).
    for (const group of tenant.serverGroups)
      group.members = group.members.filter((member) => member !== serverId);
    const portIds = new Set(tenant.ports.filter((p) => p.deviceId === serverId).map((p) => p.id));
    tenant.ports = tenant.ports.filter((p) => !portIds.has(p.id));
    for (const fip of tenant.floatingIps)
      if (fip.portId && portIds.has(fip.portId)) fip.portId = null;
    const kept = [];
    for (const volume of tenant.volumes) {
      const attachment = volume.attachments.find((a) => a.serverId === serverId);
      if (!attachment) {
        kept.push(volume);
        continue;
      }
      if (attachment.deleteOnTermination) continue;
      volume.attachments = volume.attachments.filter((a) => a.serverId !== serverId);
      volume.status = volume.attachments.length > 0 ? 'in-use' : 'available';
      volume.updatedAt = at;
      kept.push(volume);
    }
    tenant.volumes = kept;
  }

  /**
   * The state in the state file; null when there is none yet. A file that cannot be read, is not
   * JSON or is not an emulator state stops the start (issue 12): an error naming the file and
   * what is wrong, rather than a seed silently written over it or a crash in a later request.
   */
  private load(): EmulatorState | null {
    const file = this.config.stateFile;
    if (!file) return null;
    const fix = 'fix it, or delete it to start from the seed';
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new Error(`${file}: the state file cannot be read: ${(error as Error).message}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new Error(`${file}: the state file is not JSON (${(error as Error).message}); ${fix}.`);
    }
    const version = (json as { version?: unknown } | null)?.version;
    if (typeof json === 'object' && json !== null && version !== undefined && version !== 2) {
      throw new Error(
        `${file}: state version ${String(version).slice(0, 20)} is not this emulator's (2); delete the file to start from the seed.`,
      );
    }
    const proto = protoKeyPath(json);
    if (proto !== null) {
      throw new Error(`${file}: the state file has a key '__proto__' at ${proto}; ${fix}.`);
    }
    const result = stateSchema.safeParse(json);
    if (!result.success) {
      throw new Error(
        `${file}: the state file is not an emulator state: ${describeZodError(result.error)}; ${fix}.`,
      );
    }
    // The parsed JSON itself: the schema only checked it (its output drops nothing we keep).
    return json as EmulatorState;
  }

  /**
   * After a request: if the state changed, it is written within PERSIST_DELAY_MS, together with
   * every change made meanwhile, and never on the request's own path.
   */
  persist(): void {
    if (!this.dirty || this.timer !== null) return;
    if (!this.config.stateFile) {
      this.dirty = false;
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      try {
        this.flush();
      } catch (error) {
        // Still dirty: the next change or flush tries again. A timer has no caller to tell.
        console.error(`emulator: could not write the state: ${(error as Error).message}`);
      }
    }, PERSIST_DELAY_MS);
    // A pending write never keeps the process alive; shutdown flushes it (main.ts, close()).
    this.timer.unref();
  }

  /**
   * Writes the state now if it changed (temporary file, fsync, rename: never a torn file), and
   * cancels the pending write. Throws when the file cannot be written.
   */
  flush(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (!this.dirty) return;
    const file = this.config.stateFile;
    if (!file) {
      this.dirty = false;
      return;
    }
    this.state.clockOffsetMs = this.clock.offset;
    const temp = tempFileOf(file);
    const fd = openSync(temp, 'w');
    try {
      writeSync(fd, JSON.stringify(this.state));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
    this.dirty = false;
  }
}
