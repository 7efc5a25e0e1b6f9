import { describe, expect, it } from 'vitest';
import {
  hasVolumeFilters,
  readVolumeParams,
  sortParam,
  volumeDetailsSearch,
  volumePage,
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

describe('sortParam', () => {
  it('keeps the direction asked for on the same column, and starts another column ascending', () => {
    const current = { key: 'size', direction: 'asc' } as const;
    expect(sortParam(current, 'size', 'desc')).toBe('size:desc');
    expect(sortParam(current, 'name', 'desc')).toBe('name:asc');
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

describe('volumePage', () => {
  const records = Array.from({ length: 120 }, (_, i) => i);

  it('slices pages of 50; a page past the end shows the last one', () => {
    expect(volumePage(records, 1)).toMatchObject({ page: 1, pageCount: 3 });
    expect(volumePage(records, 1).rows).toHaveLength(50);
    expect(volumePage(records, 3).rows).toEqual(records.slice(100));
    expect(volumePage(records, 9)).toMatchObject({ page: 3, pageCount: 3 });
  });

  it('has one (empty) page when there is nothing', () => {
    expect(volumePage([], 2)).toEqual({ rows: [], page: 1, pageCount: 1 });
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
