/**
 * What a tenant index keeps written out for its revision (issue 10: a server list polled again
 * writes out the bytes it wrote before, as the bare server that is its floor does): each server's
 * JSON with the field values it was rendered from, and whole `servers/detail` pages. Kept bytes
 * are used only while the record still holds those values (a record changed in place outside a
 * request, as tests do, is rendered again); every change through the API or a transition makes a
 * new index and so drops all of it (indexes.ts).
 */
import type { ServerRecord } from './state';

/** Whether `record` still holds `values` in the fields it was rendered with. */
type FieldCheck = (record: object, values: readonly unknown[]) => boolean;

export interface Rendered {
  /** The record's own field values, in field order, when it was rendered. */
  values: unknown[];
  check: FieldCheck;
  json: Buffer;
}

/** Any record: its field count, then each field by name. */
function anyFields(keys: readonly string[]): FieldCheck {
  return (record, values) => {
    const now = record as Record<string, unknown>;
    let count = 0;
    for (const _ in now) count++;
    if (count !== keys.length) return false;
    for (let i = 0; i < keys.length; i++) if (now[keys[i] as string] !== values[i]) return false;
    return true;
  };
}

const checks = new Map<string, FieldCheck>();
/** Field lists seen (one in practice: every server record is written with the same fields). */
const MAX_CHECKS = 32;

/**
 * The check for records with these fields, compiled once per field list: it runs for every server
 * of every page (100 a request), and named loads the engine can inline take a third of the time
 * of looking each field up by a name from an array, the largest cost of a page left after the
 * network write (issue 10). Field names are written as JSON string literals, so any name is
 * quoted, never code.
 */
function checkFor(keys: readonly string[]): FieldCheck {
  const signature = JSON.stringify(keys);
  let check = checks.get(signature);
  if (check) return check;
  if (checks.size >= MAX_CHECKS) return anyFields(keys);
  const same = keys.map((key, i) => ` && r[${JSON.stringify(key)}] === v[${i}]`).join('');
  check = new Function(
    'r',
    'v',
    `let n = 0; for (const _ in r) n++; return n === ${keys.length}${same};`,
  ) as FieldCheck;
  checks.set(signature, check);
  return check;
}

export function snapshot(record: ServerRecord, json: Buffer): Rendered {
  const keys = Object.keys(record);
  const values = keys.map((key) => (record as unknown as Record<string, unknown>)[key]);
  return { values, check: checkFor(keys), json };
}

/** Whether a record still has the fields it was rendered with (a shallow, per-field check). */
export function unchanged(record: ServerRecord, rendered: Rendered): boolean {
  return rendered.check(record, rendered.values);
}

/**
 * How many `servers/detail` pages an index keeps written out, and how many bytes in all: a
 * console's poll, its background load of the rest (pages of 500 or 1,000) and a second client fit.
 */
const MAX_PAGES = 16;
const MAX_PAGE_BYTES = 16 * 1024 * 1024;

interface Page {
  servers: readonly ServerRecord[];
  /** What each server's JSON in `json` was rendered from. */
  rendered: readonly Rendered[];
  json: Buffer<ArrayBuffer>;
}

/**
 * Whole `servers/detail` answers, by origin, first server, length and the text after the list
 * (the links). Why keep them: writing 190 KB into a fresh buffer on every poll cost the emulator
 * half its throughput (the copy, and the garbage collections the fresh memory brings on a heap
 * holding 10,000 servers; issue 10). The page itself is worked out for every request (filters,
 * marker, limit, links); only its bytes are used again, and only for the same servers in the same
 * order, each unchanged since it was written.
 */
export class RenderedPages {
  private readonly pages = new Map<string, Page>();
  private bytes = 0;

  get(key: string, servers: readonly ServerRecord[]): Buffer<ArrayBuffer> | undefined {
    const kept = this.pages.get(key);
    if (!kept || kept.servers.length !== servers.length) return undefined;
    for (let i = 0; i < servers.length; i++) {
      const server = servers[i] as ServerRecord;
      if (server !== kept.servers[i] || !unchanged(server, kept.rendered[i] as Rendered))
        return undefined;
    }
    return kept.json;
  }

  set(key: string, page: Page): void {
    const kept = this.pages.get(key);
    if (kept) {
      this.pages.delete(key);
      this.bytes -= kept.json.length;
    }
    if (page.json.length > MAX_PAGE_BYTES) return;
    // The oldest pages go first (a Map keeps insertion order).
    for (const [oldKey, old] of this.pages) {
      if (this.pages.size < MAX_PAGES && this.bytes + page.json.length <= MAX_PAGE_BYTES) break;
      this.pages.delete(oldKey);
      this.bytes -= old.json.length;
    }
    this.pages.set(key, page);
    this.bytes += page.json.length;
  }
}
