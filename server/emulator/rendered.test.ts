/**
 * The kept renderings of a tenant index (issue 10) are used only while they are right: a record
 * with any field set to another value, or a field added, is rendered again; a page is written
 * again if any of its servers changed, moved or was replaced; and the pages kept stay bounded.
 */
import { describe, expect, it } from 'vitest';
import { RenderedPages, snapshot, unchanged } from './rendered';
import { seedState } from './seed';
import type { ServerRecord } from './state';

const NOW = Date.parse('2025-03-01T00:00:00Z');

function someServers(count: number): ServerRecord[] {
  const state = seedState({ now: NOW, extraServers: count });
  const servers = Object.values(state.regions.kr1.tenants).flatMap((tenant) => tenant.servers);
  return servers.slice(0, count).map((server) => ({ ...server }));
}

const json = (text: string) => Buffer.from(text);

describe('the field check of a kept rendering', () => {
  it('holds for the same values, and fails once any field holds another value', () => {
    const [server] = someServers(1);
    if (!server) throw new Error('no server');
    const rendered = snapshot(server, json('{}'));
    expect(unchanged(server, rendered)).toBe(true);
    expect(unchanged({ ...server }, rendered)).toBe(true);
    for (const key of Object.keys(server)) {
      const changed = { ...server, [key]: `${String(server[key as keyof ServerRecord])}!` };
      expect(unchanged(changed, rendered), key).toBe(false);
    }
    // The same values in a new object (metadata) are a change: the check is by identity.
    expect(unchanged({ ...server, metadata: { ...server.metadata } }, rendered)).toBe(false);
  });

  it('fails when a field is added, even one set to undefined', () => {
    const [server] = someServers(1);
    if (!server) throw new Error('no server');
    const rendered = snapshot(server, json('{}'));
    expect(unchanged({ ...server, resizeToFlavorId: undefined }, rendered)).toBe(false);
  });

  it('takes any field name as a name, never as code', () => {
    const odd = { id: 'x', "'); throw new Error('ran'); ('": 1, 'a"b\\c\n': 2 };
    const record = odd as unknown as ServerRecord;
    const rendered = snapshot(record, json('{}'));
    expect(unchanged(record, rendered)).toBe(true);
    expect(unchanged({ ...odd, 'a"b\\c\n': 3 } as unknown as ServerRecord, rendered)).toBe(false);
  });
});

describe('kept pages', () => {
  const page = (servers: ServerRecord[], text: string) => ({
    servers,
    rendered: servers.map((server) => snapshot(server, json('{}'))),
    json: json(text),
  });

  it('give the bytes written for the same servers, in the same order, unchanged', () => {
    const servers = someServers(3);
    const pages = new RenderedPages();
    pages.set('p', page(servers, 'first'));
    expect(pages.get('p', [...servers])?.toString()).toBe('first');
    expect(pages.get('q', servers)).toBeUndefined();
    expect(pages.get('p', [...servers].reverse())).toBeUndefined();
    expect(pages.get('p', servers.slice(1))).toBeUndefined();
    const [first, ...rest] = servers;
    if (!first) throw new Error('no server');
    // A record replaced by a copy is another record (as a deleted and re-created one would be).
    expect(pages.get('p', [{ ...first }, ...rest])).toBeUndefined();
    expect(pages.get('p', servers)).toBeDefined();
    first.status = 'ERROR';
    expect(pages.get('p', servers)).toBeUndefined();
  });

  it('keep the newest pages and let the oldest go', () => {
    const servers = someServers(1);
    const pages = new RenderedPages();
    for (let i = 0; i < 40; i++) pages.set(`p${i}`, page(servers, `page ${i}`));
    expect(pages.get('p0', servers)).toBeUndefined();
    expect(pages.get('p39', servers)?.toString()).toBe('page 39');
    // A page written again replaces the one it was.
    pages.set('p39', page(servers, 'again'));
    expect(pages.get('p39', servers)?.toString()).toBe('again');
  });
});
