import { describe, expect, it } from 'vitest';
import type { Flavor } from '../../domain/compute-types';
import {
  FLAVOR_FILTER_PARAMS,
  familyOptions,
  filterFlavors,
  hasFilters,
  numberParam,
  readFlavorParams,
  rootDisk,
  sameAsUrl,
  sortFlavors,
  toFlavorQuery,
  typedParams,
} from './flavor-table';

function flavor(name: string, vcpus: number, ramGb: number, disk = 0, type = 'general'): Flavor {
  return {
    id: `id-${name}`,
    name,
    links: [],
    ram: ramGb * 1024,
    vcpus,
    disk,
    swap: '',
    'OS-FLV-DISABLED:disabled': false,
    'OS-FLV-EXT-DATA:ephemeral': 0,
    'os-flavor-access:is_public': true,
    rxtx_factor: 1,
    extra_specs: { flavor_type: type },
  };
}

const FLAVORS = [
  flavor('u2.c1m1', 1, 1, 20, 'local'),
  flavor('m2.c2m4', 2, 4),
  flavor('c2.c16m16', 16, 16, 0, 'compute'),
  flavor('c2.c2m2', 2, 2, 0, 'compute'),
  flavor('x1.c32m256', 32, 256, 0, 'performance'),
  flavor('g2.c8m64', 8, 64, 0, 'gpu'),
];
const names = (list: Flavor[]) => list.map((f) => f.name);

describe('the URL of the flavors page', () => {
  it('reads filters and sort', () => {
    const { filters, sort } = readFlavorParams(
      new URLSearchParams('minRamGb=4&minDiskGb=50&family=m2,C2,m2&q=c4&sort=ram:desc'),
    );
    expect(filters).toEqual({ minRamGb: 4, minDiskGb: 50, families: ['m2', 'c2'], name: 'c4' });
    expect(sort).toEqual({ key: 'ram', direction: 'desc' });
  });

  it('ignores what it cannot use', () => {
    const { filters, sort } = readFlavorParams(
      new URLSearchParams('minRamGb=abc&minDiskGb=-3&family=&sort=price:sideways'),
    );
    expect(filters).toEqual({ minRamGb: undefined, minDiskGb: undefined, families: [], name: '' });
    expect(sort).toEqual({ key: 'name', direction: 'asc' });
    expect(hasFilters(filters)).toBe(false);
  });
});

describe('the typed filters', () => {
  it('go to the URL as positive numbers, and not at all when empty or unusable', () => {
    expect(numberParam(16)).toBe('16');
    expect(numberParam('0.5')).toBe('0.5');
    for (const value of ['', 0, -2, 'abc']) expect(numberParam(value)).toBeUndefined();
    expect(typedParams({ name: '  c16 ', minRam: 16, minDisk: '' })).toEqual({
      q: 'c16',
      minRamGb: '16',
      minDiskGb: undefined,
    });
  });

  it('write the URL only when it says something else', () => {
    const { filters } = readFlavorParams(new URLSearchParams('q=c16&minRamGb=16'));
    expect(sameAsUrl(typedParams({ name: 'c16', minRam: 16, minDisk: '' }), filters)).toBe(true);
    expect(sameAsUrl(typedParams({ name: 'c16', minRam: '', minDisk: '' }), filters)).toBe(false);
    expect(sameAsUrl(typedParams({ name: '', minRam: 16, minDisk: 50 }), filters)).toBe(false);
  });

  it('are cleared with the family chips, every one of them', () => {
    const url = new URLSearchParams('minRamGb=4&minDiskGb=50&family=m2&q=c4&sort=ram:desc');
    for (const key of FLAVOR_FILTER_PARAMS) url.delete(key);
    expect(hasFilters(readFlavorParams(url).filters)).toBe(false);
    expect(url.toString()).toBe('sort=ram%3Adesc');
  });
});

describe('the request', () => {
  it('carries minRam in MB and minDisk in GB', () => {
    expect(toFlavorQuery({ minRamGb: 4, minDiskGb: 50, families: [], name: '' })).toEqual({
      minRam: 4096,
      minDisk: 50,
    });
    expect(toFlavorQuery({ minRamGb: 0.5, families: [], name: '' })).toEqual({ minRam: 512 });
    expect(toFlavorQuery({ families: ['m2'], name: 'x' })).toEqual({});
  });
});

describe('filtering and sorting', () => {
  it('offers the known families in order, then the others', () => {
    expect(familyOptions(FLAVORS)).toEqual(['u2', 't2', 'm2', 'c2', 'r2', 'x1', 'g2']);
  });

  it('keeps the chosen families and the names that contain the search', () => {
    expect(names(filterFlavors(FLAVORS, { families: ['c2', 'u2'], name: '' }))).toEqual([
      'u2.c1m1',
      'c2.c16m16',
      'c2.c2m2',
    ]);
    expect(names(filterFlavors(FLAVORS, { families: [], name: ' C16 ' }))).toEqual(['c2.c16m16']);
  });

  it('sorts names naturally and numbers as numbers, ties by name', () => {
    expect(names(sortFlavors(FLAVORS, { key: 'name', direction: 'asc' }))).toEqual([
      'c2.c2m2',
      'c2.c16m16',
      'g2.c8m64',
      'm2.c2m4',
      'u2.c1m1',
      'x1.c32m256',
    ]);
    expect(names(sortFlavors(FLAVORS, { key: 'ram', direction: 'desc' }))[0]).toBe('x1.c32m256');
    expect(names(sortFlavors(FLAVORS, { key: 'vcpus', direction: 'asc' }))).toEqual([
      'u2.c1m1',
      'c2.c2m2',
      'm2.c2m4',
      'g2.c8m64',
      'c2.c16m16',
      'x1.c32m256',
    ]);
    expect(names(sortFlavors(FLAVORS, { key: 'family', direction: 'asc' }))).toEqual([
      'u2.c1m1',
      'm2.c2m4',
      'c2.c2m2',
      'c2.c16m16',
      'x1.c32m256',
      'g2.c8m64',
    ]);
  });

  it('sorts by the number of instances', () => {
    const counts = new Map([
      ['id-m2.c2m4', 2],
      ['id-c2.c2m2', 5],
    ]);
    expect(
      names(sortFlavors(FLAVORS, { key: 'instances', direction: 'desc' }, counts)).slice(0, 2),
    ).toEqual(['c2.c2m2', 'm2.c2m4']);
  });
});

describe('the root disk', () => {
  it('is local for U2 and a block storage volume when the flavor has no disk', () => {
    expect(rootDisk(flavor('u2.c1m1', 1, 1, 20))).toEqual({ kind: 'local', gb: 20 });
    expect(rootDisk(flavor('m2.c2m4', 2, 4))).toEqual({ kind: 'volume' });
  });
});
