import { describe, expect, it } from 'vitest';
import { pageOf, sortAfterClick, sortParam } from '../../components/list-url';
import {
  CLEARED_VOLUME_FILTERS,
  hasVolumeFilters,
  readVolumeParams,
  VOLUME_PAGE_SIZE,
  volumeDetailsSearch,
  volumeSummary,
  zoneChoices,
} from './volume-list';

const read = (query: string) => readVolumeParams(new URLSearchParams(query));

describe('readVolumeParams', () => {
  it('reads the filters, the sort and the open volume from the URL', () => {
    expect(
      read('name=data&status=in-use&zone=kr-pub-b&attached=yes&sort=size:asc&volume=v1'),
    ).toEqual({
      filters: { name: 'data', status: 'in-use', zone: 'kr-pub-b', attached: 'yes' },
      sort: { key: 'size', direction: 'asc' },
      openVolume: 'v1',
    });
  });

  it('shows the newest first with no filters when the URL says nothing', () => {
    expect(read('')).toEqual({
      filters: { name: undefined, status: undefined, zone: undefined, attached: undefined },
      sort: { key: 'created', direction: 'desc' },
      openVolume: null,
    });
  });

  it('ignores what it does not know: another attached value, an unknown column or direction', () => {
    const { filters, sort } = read('attached=maybe&sort=__proto__:sideways&name=');
    expect(filters.attached).toBeUndefined();
    expect(filters.name).toBeUndefined();
    expect(sort).toEqual({ key: 'created', direction: 'desc' });
    expect(read('sort=zone').sort).toEqual({ key: 'zone', direction: 'desc' });
  });
});

describe('hasVolumeFilters', () => {
  it('is true when any filter is set, not for the sort or the open volume', () => {
    expect(hasVolumeFilters(read('sort=size:asc&volume=v1').filters)).toBe(false);
    expect(hasVolumeFilters(read('attached=no').filters)).toBe(true);
    expect(hasVolumeFilters(read('zone=kr-pub-a').filters)).toBe(true);
  });
});

describe('a header click (list-url.ts: sortAfterClick)', () => {
  it('toggles the direction on the same column, and starts another column ascending', () => {
    const current = read('sort=size:asc').sort;
    expect(sortParam(sortAfterClick(current, 'size'))).toBe('size:desc');
    expect(sortParam(sortAfterClick(current, 'name'))).toBe('name:asc');
    // With no sort in the URL (newest first), Created shows the oldest first.
    expect(sortParam(sortAfterClick(read('').sort, 'created'))).toBe('created:asc');
  });
});

describe('CLEARED_VOLUME_FILTERS', () => {
  it('removes every filter, not the sort or the open volume', () => {
    const url = new URLSearchParams('name=db&status=available&zone=kr-pub-a&attached=no');
    url.set('sort', 'size:asc');
    url.set('volume', 'v1');
    for (const key of Object.keys(CLEARED_VOLUME_FILTERS)) url.delete(key);
    expect(hasVolumeFilters(read(url.toString()).filters)).toBe(false);
    expect(url.toString()).toBe('sort=size%3Aasc&volume=v1');
  });
});

describe('volumeDetailsSearch', () => {
  it('opens a volume keeping the filters and sort, replacing one open before', () => {
    const params = new URLSearchParams('status=available&sort=size:asc&volume=old');
    expect(volumeDetailsSearch(params, 'v 2')).toBe('?status=available&sort=size%3Aasc&volume=v+2');
    // The page's own parameters are not changed.
    expect(params.get('volume')).toBe('old');
  });
});

describe('a page of volumes (list-url.ts: pageOf)', () => {
  const records = Array.from({ length: 120 }, (_, i) => i);
  const volumePage = (items: readonly number[], page: number) =>
    pageOf(items, page, VOLUME_PAGE_SIZE);

  it('slices pages of 50; a page past the end shows the last one', () => {
    expect(volumePage(records, 1)).toMatchObject({ page: 1, pages: 3 });
    expect(volumePage(records, 1).items).toHaveLength(50);
    expect(volumePage(records, 3).items).toEqual(records.slice(100));
    expect(volumePage(records, 9)).toMatchObject({ page: 3, pages: 3 });
  });

  it('has one (empty) page when there is nothing', () => {
    expect(volumePage([], 2)).toEqual({ items: [], page: 1, pages: 1, from: 0 });
  });
});

describe('volumeSummary', () => {
  it('counts the volumes and adds up their sizes', () => {
    expect(volumeSummary([{ size: 10 }, { size: 20 }, { size: 100 }])).toEqual({
      count: 3,
      totalGb: 130,
    });
    expect(volumeSummary([])).toEqual({ count: 0, totalGb: 0 });
  });
});

describe('zoneChoices', () => {
  it("offers the region's zones and any other zone a volume is in, once each, sorted", () => {
    expect(
      zoneChoices(
        ['kr-pub-b', 'kr-pub-a'],
        [{ availability_zone: 'kr-pub-a' }, { availability_zone: 'kr-old' }],
      ),
    ).toEqual(['kr-old', 'kr-pub-a', 'kr-pub-b']);
  });
});
