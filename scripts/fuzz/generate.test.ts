import { describe, expect, it } from 'vitest';
import { bodySize } from './body';
import { FAMILIES, type FuzzRequest, generateRequests, type World } from './generate';
import { pct } from './values';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A small world of made-up ids: the generator needs nothing else. */
const WORLD: World = {
  region: 'kr1',
  tenantId: 'a'.repeat(32),
  otherTenantId: 'b'.repeat(32),
  username: 'demo@example.com',
  password: 'demo-password',
  servers: [uuid(1), uuid(2), uuid(3)],
  otherServers: [uuid(4)],
  volumes: [uuid(5), uuid(6)],
  snapshots: [uuid(7)],
  keypairs: ['demo-key'],
  serverGroups: [uuid(8)],
  flavors: [uuid(9), uuid(10)],
  images: [uuid(11), uuid(12)],
  vpcs: [uuid(13)],
  subnets: [uuid(14)],
  ports: [uuid(15)],
  securityGroups: [uuid(16)],
  securityGroupNames: ['default', 'web'],
  floatingIps: [uuid(17)],
  zones: ['kr-pub-a', 'kr-pub-b'],
  volumeTypes: ['General HDD', 'General SSD'],
  volumeTypeIds: [uuid(18), uuid(19)],
};

/** A request as plain JSON (bodies hold class instances). */
const plain = (requests: FuzzRequest[]) => JSON.parse(JSON.stringify(requests));

describe('generateRequests', () => {
  const list = generateRequests(12, 1500, WORLD);

  it('gives the same list for the same seed', () => {
    const again = generateRequests(12, 1500, WORLD);
    expect(again).toEqual(list);
    expect(plain(again)).toEqual(plain(list));
  });

  it('gives another list for another seed', () => {
    expect(plain(generateRequests(13, 200, WORLD))).not.toEqual(plain(list.slice(0, 200)));
  });

  it('a shorter run is the start of a longer one', () => {
    expect(plain(generateRequests(12, 300, WORLD))).toEqual(plain(list.slice(0, 300)));
  });

  it('covers every family, in turn', () => {
    const short = generateRequests(5, FAMILIES.length, WORLD);
    expect(short.map((r) => r.family)).toEqual([...FAMILIES]);
    for (const family of FAMILIES)
      expect(list.filter((r) => r.family === family).length).toBeGreaterThan(70);
  });

  it('sends both ways, and the console’s own endpoints only through the proxy', () => {
    for (const request of list) {
      if (request.via === 'proxy')
        expect(request.path.startsWith('/') && !request.path.startsWith('/compute')).toBe(true);
      else expect(request.path.startsWith('/api')).toBe(false);
      if (['session', 'proxy'].includes(request.family)) expect(request.via).toBe('proxy');
    }
    const apiFamilies = list.filter((r) => !['session', 'proxy', 'oversized'].includes(r.family));
    const direct = apiFamilies.filter((r) => r.via === 'emulator').length;
    expect(direct / apiFamilies.length).toBeGreaterThan(0.4);
    expect(direct / apiFamilies.length).toBeLessThan(0.6);
  });

  it('keeps some requests valid and mutates the rest', () => {
    const valid = list.filter((r) => r.mutations.includes('valid')).length;
    expect(valid / list.length).toBeGreaterThan(0.05);
    expect(valid / list.length).toBeLessThan(0.2);
    for (const request of list) expect(request.mutations.length).toBeGreaterThan(0);
  });

  it('writes request lines and headers that Node can send', () => {
    for (const request of list) {
      // Node's http client refuses anything outside visible Latin-1 in a path.
      expect(request.path).toMatch(/^[\x21-\xff]+$/);
      for (const [name, value] of Object.entries(request.headers)) {
        expect(name).toMatch(/^[A-Za-z-]+$/);
        expect(value).not.toMatch(/[\r\n\0]/);
      }
    }
  });

  it('makes the hostile things the issue names', () => {
    const text = JSON.stringify(plain(list));
    for (const needle of [
      pct('(a+)+$'),
      '__proto__',
      'constructor',
      'hasOwnProperty',
      'changes-since',
      'sort_key',
      'marker',
      '1e400',
      'nested arrays',
      'PATCH',
      'foreign Origin',
    ]) {
      expect(text.includes(needle), needle).toBe(true);
    }
    // A limit that is not a plain count.
    expect(list.some((r) => /[?&]limit=(?![0-9]+(&|$))/.test(r.path))).toBe(true);
    for (const auth of ['none', 'garbage', 'expired', 'revoked', 'other-tenant', 'stale-cookie'])
      expect(list.some((r) => r.auth === auth)).toBe(true);
  });

  it('sends bodies over 1 MiB that must be refused with 413', () => {
    const oversized = list.filter((r) => r.family === 'oversized');
    for (const request of oversized) {
      expect(request.expect).toBe(413);
      expect(request.body && bodySize(request.body)).toBeGreaterThan(1024 * 1024);
    }
    expect(oversized.some((r) => r.via === 'proxy')).toBe(true);
    expect(oversized.some((r) => r.body?.kind === 'repeat' && r.body.chunked)).toBe(true);
  });

  it('never signs out with the live session (that would end the run’s own)', () => {
    const signOuts = list.filter((r) => r.family === 'session' && r.method === 'DELETE');
    expect(signOuts.length).toBeGreaterThan(0);
    for (const request of signOuts) expect(request.auth).not.toBe('cookie');
  });
});
