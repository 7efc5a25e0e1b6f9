import { describe, expect, it } from 'vitest';
import type { Image } from '../../domain/image-types';
import { names, testServer } from '../../domain/test-servers';
import { filterServers, namePattern, sortServers } from './list-view';

const ROCKY = { id: 'img-rocky', name: 'Rocky Linux 9.4 (2024.06.18)' } as Image;
const UBUNTU = { id: 'img-ubuntu', name: 'Ubuntu Server 22.04.4 LTS (2024.05.21)' } as Image;
const images = new Map([ROCKY, UBUNTU].map((image) => [image.id, image] as const));
const flavors = new Map([
  ['flv-m2', { name: 'm2.c2m4' }],
  ['flv-r2', { name: 'r2.c4m32' }],
]);
const context = { flavors, images };

/** Newest first, as the collection holds them. */
const SERVERS = [
  testServer('web-10', 9),
  testServer('Web-2', 8, { status: 'SHUTOFF' }),
  testServer('db-master', 7, {
    status: 'stopped',
    image: { id: ROCKY.id, links: [] },
    flavor: { id: 'flv-r2', links: [] },
    'OS-EXT-AZ:availability_zone': 'kr-pub-b',
  }),
  // Booted from a volume: the API names no image, the metadata does.
  testServer('app-from-volume', 6, { image: '', metadata: { image_name: ROCKY.name } }),
  testServer('batch', 5, { status: 'SHELVED_OFFLOADED', key_name: null }),
];

describe('filtering every server in memory', () => {
  it('reads the name as a regular expression, case-insensitive, as the API does', () => {
    expect(names(filterServers(SERVERS, { name: '^web' }, context))).toEqual(['web-10', 'Web-2']);
    expect(names(filterServers(SERVERS, { name: 'MASTER$' }, context))).toEqual(['db-master']);
    expect(names(filterServers(SERVERS, { name: 'web-\\d{2}' }, context))).toEqual(['web-10']);
  });

  it('says why an invalid expression is invalid, and filters nothing by it', () => {
    const pattern = namePattern('web-(');
    expect(pattern.valid).toBe(false);
    expect(pattern.valid ? '' : pattern.error).toBe('Unterminated group');
    expect(filterServers(SERVERS, { name: 'web-(' }, context)).toBe(SERVERS);
    expect(names(filterServers(SERVERS, { name: 'web-(', status: 'SHUTOFF' }, context))).toEqual([
      'Web-2',
      'db-master',
    ]);
  });

  it('matches a status in either vocabulary (STOPPED is SHUTOFF, whichever side says it)', () => {
    const stopped = ['Web-2', 'db-master'];
    expect(names(filterServers(SERVERS, { status: 'SHUTOFF' }, context))).toEqual(stopped);
    expect(names(filterServers(SERVERS, { status: 'STOPPED' }, context))).toEqual(stopped);
    expect(names(filterServers(SERVERS, { status: 'shelved_offloaded' }, context))).toEqual([
      'batch',
    ]);
  });

  it("matches an image by id, and a server booted from a volume by its metadata's image name", () => {
    expect(names(filterServers(SERVERS, { image: ROCKY.id }, context))).toEqual([
      'db-master',
      'app-from-volume',
    ]);
    expect(names(filterServers(SERVERS, { image: UBUNTU.id }, context))).toEqual([
      'web-10',
      'Web-2',
      'batch',
    ]);
  });

  it('filters by flavor, zone, flavor family and reservation, all together', () => {
    expect(names(filterServers(SERVERS, { flavor: 'flv-r2' }, context))).toEqual(['db-master']);
    expect(names(filterServers(SERVERS, { zone: 'kr-pub-b' }, context))).toEqual(['db-master']);
    expect(names(filterServers(SERVERS, { family: 'm2' }, context))).toHaveLength(4);
    const reservation = new Set(['web-10', 'batch']);
    expect(names(filterServers(SERVERS, { reservation }, context))).toEqual(['web-10', 'batch']);
    expect(
      names(filterServers(SERVERS, { family: 'm2', reservation, name: '^b' }, context)),
    ).toEqual(['batch']);
  });

  it('gives back the very same list when nothing filters', () => {
    expect(filterServers(SERVERS, {}, context)).toBe(SERVERS);
  });
});

describe('sorting every server in memory', () => {
  it('sorts names case-insensitively, numbers by value', () => {
    const sorted = sortServers(SERVERS, { key: 'name', direction: 'asc' }, context);
    expect(names(sorted)).toEqual(['app-from-volume', 'batch', 'db-master', 'Web-2', 'web-10']);
    const reversed = sortServers(SERVERS, { key: 'name', direction: 'desc' }, context);
    expect(names(reversed)).toEqual(['web-10', 'Web-2', 'db-master', 'batch', 'app-from-volume']);
  });

  it('sorts by the image name, the metadata one for a server booted from a volume', () => {
    const sorted = sortServers(SERVERS, { key: 'image', direction: 'asc' }, context);
    // Rocky ×2 (newest first among equals), then Ubuntu ×3.
    expect(names(sorted)).toEqual(['db-master', 'app-from-volume', 'web-10', 'Web-2', 'batch']);
  });

  it('sorts by flavor name, status and key pair, ties in the API order', () => {
    expect(names(sortServers(SERVERS, { key: 'flavor', direction: 'desc' }, context))[0]).toBe(
      'db-master',
    );
    expect(names(sortServers(SERVERS, { key: 'status', direction: 'asc' }, context))).toEqual([
      'web-10',
      'app-from-volume',
      'batch',
      'Web-2',
      'db-master',
    ]);
    expect(names(sortServers(SERVERS, { key: 'keypair', direction: 'asc' }, context))[0]).toBe(
      'batch',
    );
  });

  it('newest first is the order it holds: the same list; oldest first reverses it', () => {
    expect(sortServers(SERVERS, { key: 'created', direction: 'desc' }, context)).toBe(SERVERS);
    expect(names(sortServers(SERVERS, { key: 'created', direction: 'asc' }, context))[0]).toBe(
      'batch',
    );
  });

  it('sorts all 5,000, so the alphabetically first is on top wherever it was', () => {
    const many = Array.from({ length: 5_000 }, (_, i) => testServer(`node-${5_000 - i}`, i));
    many.push(testServer('aaa-oldest', -1));
    const sorted = sortServers(many, { key: 'name', direction: 'asc' }, context);
    expect(names(sorted.slice(0, 3))).toEqual(['aaa-oldest', 'node-1', 'node-2']);
  });
});
