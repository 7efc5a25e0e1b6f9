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
 * Reading and writing the file: state-file.ts.
 */

import { applyTransition } from './apply-transition';
import type { EmulatorConfig } from './config';
import { TenantIndex } from './indexes';
import { ownValue } from './own-keys';
import { seedState } from './seed';
import type { EmulatorState, Op, RegionId, RegionState, TenantRegionState } from './state';
import { readStateFile, removeLeftoverTempFiles, writeStateFile } from './state-file';
import { Clock } from './time';

/** The longest a change waits to be written to the state file (issue 12). */
export const PERSIST_DELAY_MS = 200;

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
      (config.stateFile ? readStateFile(config.stateFile) : null) ??
      seedState({ now: this.clock.now(), extraServers: config.extraServers });
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
    applyTransition(this, op, at);
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
    writeStateFile(file, this.state);
    this.dirty = false;
  }
}
