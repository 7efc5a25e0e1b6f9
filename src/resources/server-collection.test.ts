import { describe, expect, it } from 'vitest';
import { names, testServer } from '../domain/test-servers';
import {
  apiTime,
  CHANGES_OVERLAP_MS,
  firstPage,
  mergeServers,
  novaOrder,
  sinceFrom,
  withChanges,
  withPage,
  withServer,
} from './server-collection';

const a = testServer('a', 1);
const b = testServer('b', 2);
const c = testServer('c', 3);
/** Newest first, as the API lists them. */
const held = [c, b, a];

describe('merging what the API answers into the collection', () => {
  it('adds a new server in Nova order (newest first)', () => {
    const d = testServer('d', 4);
    const between = testServer('ab', 1, { created: '2026-03-01T09:01:30Z' });
    expect(names(mergeServers(held, [d]))).toEqual(['d', 'c', 'b', 'a']);
    expect(names(mergeServers(held, [between]))).toEqual(['c', 'b', 'ab', 'a']);
    // Newcomers of one answer, in any order, land in place.
    expect(names(mergeServers(held, [between, d]))).toEqual(['d', 'c', 'b', 'ab', 'a']);
  });

  it('replaces a changed server where it stands', () => {
    const stopped = { ...b, status: 'SHUTOFF', updated: '2026-03-01T10:00:00Z' };
    const merged = mergeServers(held, [stopped]);
    expect(names(merged)).toEqual(['c', 'b', 'a']);
    expect(merged[1]).toBe(stopped);
    // The others keep their identity.
    expect(merged[0]).toBe(c);
    expect(merged[2]).toBe(a);
  });

  it('drops a server the answer says is DELETED, and ignores one it never held', () => {
    const gone = { ...b, status: 'DELETED' };
    expect(names(mergeServers(held, [gone]))).toEqual(['c', 'a']);
    const neverHeld = testServer('z', 9, { status: 'DELETED' });
    expect(mergeServers(held, [neverHeld])).toBe(held);
  });

  it('is idempotent: the overlap of the next answer changes nothing, not even identities', () => {
    const stopped = { ...b, status: 'SHUTOFF', updated: '2026-03-01T10:00:00Z' };
    const d = testServer('d', 4);
    const gone = { ...a, status: 'DELETED' };
    const once = mergeServers(held, [stopped, d, gone]);
    // The same answer again (copies, as a second response would parse).
    const again = mergeServers(once, structuredClone([stopped, d, gone]));
    expect(again).toBe(once);
    expect(names(once)).toEqual(['d', 'c', 'b']);
  });

  it('keeps the same array when the answer repeats what is held, or is empty', () => {
    expect(mergeServers(held, structuredClone(held))).toBe(held);
    expect(mergeServers(held, [])).toBe(held);
  });

  it('lets the last word on a server win when it is named twice', () => {
    const first = { ...b, status: 'SHUTOFF' };
    const last = { ...b, status: 'ACTIVE', updated: '2026-03-01T11:00:00Z' };
    expect(mergeServers(held, [first, last])[1]).toBe(last);
  });

  it('orders by creation time, then by id, both newest first (as Nova does)', () => {
    const sameTimeX = testServer('x', 5);
    const sameTimeY = testServer('y', 5);
    expect([sameTimeX, a, sameTimeY].sort(novaOrder).map((s) => s.id)).toEqual(['y', 'x', 'a']);
  });
});

describe('the collection through its first load and its refreshes', () => {
  it('is complete after a first page that links no next page', () => {
    const collection = firstPage([c, b, a], null, '2026-03-01T10:00:00Z');
    expect(collection.complete).toBe(true);
    expect(collection.nextMarker).toBeNull();
  });

  it('goes on from the marker page after page, and is complete when no next page is linked', () => {
    let collection = firstPage([c], 'c', 'T0');
    expect(collection).toMatchObject({ complete: false, nextMarker: 'c' });
    collection = withPage(collection, [b], 'b');
    expect(collection).toMatchObject({ complete: false, nextMarker: 'b' });
    collection = withPage(collection, [a], null);
    expect(collection).toMatchObject({ complete: true, nextMarker: null, since: 'T0' });
    expect(names(collection.servers)).toEqual(['c', 'b', 'a']);
  });

  it('stops on an empty page or a page that names the same marker again (no endless load)', () => {
    expect(withPage(firstPage([c], 'c', 'T0'), [], 'c').complete).toBe(true);
    expect(withPage(firstPage([c], 'c', 'T0'), [c], 'c').complete).toBe(true);
  });

  it('merges changes and moves the watermark', () => {
    const collection = firstPage(held, null, 'T0');
    const next = withChanges(collection, [{ ...a, status: 'DELETED' }], 'T1');
    expect(names(next.servers)).toEqual(['c', 'b']);
    expect(next.since).toBe('T1');
  });

  it('takes one server read on its own, unless it holds a newer one', () => {
    const collection = firstPage(held, null, 'T0');
    const newer = { ...b, status: 'SHUTOFF', updated: '2026-03-01T12:00:00Z' };
    const withNewer = withServer(collection, newer);
    expect(withNewer.servers[1]).toBe(newer);
    const older = { ...b, status: 'ACTIVE', updated: '2026-03-01T11:00:00Z' };
    expect(withServer(withNewer, older)).toBe(withNewer);
    expect(withServer(collection, structuredClone(b))).toBe(collection);
  });
});

describe('the watermark of changes-since', () => {
  it("is the answer's Date header less the overlap, in the API's form", () => {
    expect(sinceFrom('Sun, 01 Mar 2026 10:00:00 GMT', 0)).toBe('2026-03-01T09:59:55Z');
    expect(CHANGES_OVERLAP_MS).toBe(5_000);
  });

  it("falls back to the client's clock when the answer has no usable Date", () => {
    const now = Date.UTC(2026, 2, 1, 10, 0, 0);
    expect(sinceFrom(null, now)).toBe('2026-03-01T09:59:55Z');
    expect(sinceFrom('not a date', now)).toBe('2026-03-01T09:59:55Z');
  });

  it('drops fractions of a second', () => {
    expect(apiTime(Date.UTC(2026, 2, 1, 10, 0, 0, 999))).toBe('2026-03-01T10:00:00Z');
  });
});
