/**
 * A tenant's servers indexed for reading (issue 10: a page of 100 costs O(page), not O(tenant)):
 * in Nova's list order, by id, and by `updated` for `changes-since`, plus what ServerIndex keeps
 * for rendering. Indexes are derived, never persisted, and never updated by hand: the store keeps
 * one per tenant for as long as its revision stands, and every change to the state moves the
 * revision (a request that is not a GET, an applied transition, a reset: see Store.tenantIndex),
 * so a mutation site cannot forget to update an index. The price: the first read after a change
 * rebuilds what it needs (O(n log n); about 15 ms of CPU at 10,000 servers), the reads after it
 * cost their page.
 */
import { type ComputeBase, renderServer, ServerIndex } from './render';
import { type Rendered, RenderedPages, snapshot, unchanged } from './rendered';
import type { FlavorRecord, ServerRecord, TenantRegionState } from './state';

/** Newest first, as Nova lists servers (created_at desc, then id desc). */
function novaOrder(a: ServerRecord, b: ServerRecord): number {
  return b.created - a.created || b.id.localeCompare(a.id);
}

/** The first position in `sorted` (Nova's order) that comes after `marker`, by binary search. */
export function firstAfter(sorted: readonly ServerRecord[], marker: ServerRecord): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (novaOrder(marker, sorted[mid] as ServerRecord) < 0) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * What the index was built from, compared by identity and length: a cheap second guard beside
 * the revision, for code that changes the arrays without a request (tests that put a record in
 * place directly).
 */
function fingerprint(tenant: TenantRegionState, flavors: readonly FlavorRecord[]): unknown[] {
  return [
    tenant,
    flavors,
    tenant.servers,
    tenant.servers.length,
    tenant.deletedServers,
    tenant.deletedServers.length,
    tenant.ports,
    tenant.ports.length,
    tenant.volumes,
    tenant.volumes.length,
    tenant.floatingIps,
    tenant.floatingIps.length,
    tenant.vpcs,
    tenant.vpcs.length,
  ];
}

/** How many request origins keep rendered servers (links carry the origin; one or two in use). */
const MAX_ORIGINS = 4;

const OPEN = Buffer.from('{"servers":[');
const COMMA = Buffer.from(',');

export class TenantIndex extends ServerIndex {
  private readonly builtFrom: unknown[];
  private sorted?: ServerRecord[];
  private positions?: Map<string, number>;
  private ids?: Map<string, ServerRecord>;
  private updatedOrder?: ServerRecord[];
  private readonly rendered = new Map<string, Map<ServerRecord, Rendered>>();
  private readonly pages = new RenderedPages();

  constructor(
    tenant: TenantRegionState,
    flavors: readonly FlavorRecord[],
    readonly revision: number,
  ) {
    super(tenant, flavors);
    this.builtFrom = fingerprint(tenant, flavors);
  }

  /** Whether this index still describes `tenant` at `revision`. */
  isCurrent(tenant: TenantRegionState, flavors: readonly FlavorRecord[], revision: number) {
    if (revision !== this.revision) return false;
    const now = fingerprint(tenant, flavors);
    return now.every((value, i) => value === this.builtFrom[i]);
  }

  /** The live servers in Nova's order. The sorts below run once per revision, when first asked. */
  get servers(): readonly ServerRecord[] {
    if (!this.sorted) {
      this.sorted = [...this.tenant.servers].sort(novaOrder);
      this.positions = new Map(this.sorted.map((server, i) => [server.id, i]));
    }
    return this.sorted;
  }

  /** A live server or a tombstone, by id (a marker may name either). */
  server(id: string): ServerRecord | undefined {
    if (!this.ids) {
      this.ids = new Map();
      // A live server wins over a tombstone of the same id, as the scan it replaces looked.
      for (const server of this.tenant.deletedServers)
        if (!this.ids.has(server.id)) this.ids.set(server.id, server);
      for (const server of this.tenant.servers) this.ids.set(server.id, server);
    }
    return this.ids.get(id);
  }

  /** The position in `servers` of the first server after `marker`. */
  after(marker: ServerRecord): number {
    const sorted = this.servers;
    const position = this.positions?.get(marker.id);
    if (position !== undefined && sorted[position] === marker) return position + 1;
    return firstAfter(sorted, marker);
  }

  /** Live servers and tombstones changed at or after `since` (ms), in Nova's order. */
  changedSince(since: number): ServerRecord[] {
    if (!this.updatedOrder) {
      this.updatedOrder = [...this.tenant.servers, ...this.tenant.deletedServers].sort(
        (a, b) => a.updated - b.updated,
      );
    }
    const list = this.updatedOrder;
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((list[mid] as ServerRecord).updated >= since) high = mid;
      else low = mid + 1;
    }
    return list.slice(low).sort(novaOrder);
  }

  /**
   * A server as `servers/detail` and `servers/{id}` answer it, as UTF-8 JSON, kept for this
   * revision: a list polled again writes out the bytes it rendered before (issue 10: a bare
   * server returning the same body is the floor). Every request and transition that changes the state
   * makes a new index; the field check also catches code that sets a record's field outside a
   * request (tests putting a server in a status no API reaches).
   */
  detailJson(base: ComputeBase, server: ServerRecord): Buffer {
    return this.renderedOf(base, server).json;
  }

  private renderedOf(base: ComputeBase, server: ServerRecord): Rendered {
    let byRecord = this.rendered.get(base.origin);
    if (!byRecord) {
      // The origin comes from the Host header: keep a few, render for the others every time.
      if (this.rendered.size >= MAX_ORIGINS) return snapshot(server, this.render(base, server));
      byRecord = new Map();
      this.rendered.set(base.origin, byRecord);
    }
    const kept = byRecord.get(server);
    if (kept && unchanged(server, kept)) return kept;
    const rendered = snapshot(server, this.render(base, server));
    byRecord.set(server, rendered);
    return rendered;
  }

  /**
   * A `servers/detail` answer for `page` (the request's own: filters, marker, limit and links are
   * worked out for every request), `{"servers":[…]` and then `tail`, as the bytes JSON.stringify
   * would write; written once for this revision while its servers stay unchanged (RenderedPages).
   */
  detailPage(base: ComputeBase, page: readonly ServerRecord[], tail: string): Buffer<ArrayBuffer> {
    const key = `${base.origin} ${page[0]?.id ?? ''} ${page.length} ${tail}`;
    const kept = this.pages.get(key, page);
    if (kept) return kept;
    const rendered = page.map((server) => this.renderedOf(base, server));
    const chunks: Buffer[] = [OPEN];
    for (let i = 0; i < rendered.length; i++) {
      if (i > 0) chunks.push(COMMA);
      chunks.push((rendered[i] as Rendered).json);
    }
    chunks.push(Buffer.from(tail));
    const json = Buffer.concat(chunks);
    this.pages.set(key, { servers: [...page], rendered, json });
    return json;
  }

  private render(base: ComputeBase, server: ServerRecord): Buffer {
    return Buffer.from(JSON.stringify(renderServer(base, server, this)));
  }
}
