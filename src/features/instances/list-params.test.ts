import { describe, expect, it } from 'vitest';
import {
  activeFilters,
  anyFilter,
  CLEARED_FILTERS,
  DEFAULT_PAGE_SIZE,
  markerPage,
  readListParams,
} from './list-params';

const read = (query: string) => readListParams(new URLSearchParams(query));

describe("the instances list's URL", () => {
  it('reads every filter, the sort, the page and the page size', () => {
    const { values, rewriteStatus } = read(
      'name=%5Eweb&status=SHUTOFF&flavor=f1&image=i1&reservation_id=r-1&zone=kr-pub-a&family=m2&sort=name:asc&page=3&limit=20',
    );
    expect(values).toEqual({
      name: '^web',
      status: 'SHUTOFF',
      flavor: 'f1',
      image: 'i1',
      reservation: 'r-1',
      zone: 'kr-pub-a',
      family: 'm2',
      sort: { key: 'name', direction: 'asc' },
      page: 3,
      pageSize: 20,
      marker: undefined,
    });
    expect(rewriteStatus).toBeNull();
    expect(anyFilter(values)).toBe(true);
  });

  it('is newest first, page 1 of 50, unfiltered, with nothing in it', () => {
    const { values } = read('');
    expect(values.sort).toEqual({ key: 'created', direction: 'desc' });
    expect(values.page).toBe(1);
    expect(values.pageSize).toBe(DEFAULT_PAGE_SIZE);
    expect(anyFilter(values)).toBe(false);
  });

  it('reads an unknown column as the default order, a known one without direction descending', () => {
    expect(read('sort=price:asc').values.sort).toEqual({ key: 'created', direction: 'desc' });
    expect(read('sort=name').values.sort).toEqual({ key: 'name', direction: 'desc' });
    expect(read('sort=status:sideways').values.sort).toEqual({ key: 'status', direction: 'desc' });
  });

  it('keeps a page size within 1 to 5,000', () => {
    expect(read('limit=1000').values.pageSize).toBe(1000);
    expect(read('limit=100000').values.pageSize).toBe(5000);
    expect(read('limit=0').values.pageSize).toBe(DEFAULT_PAGE_SIZE);
  });

  it('rewrites an old status name, and drops one nobody may filter by', () => {
    expect(read('status=STOPPED')).toMatchObject({
      values: { status: 'SHUTOFF' },
      rewriteStatus: 'SHUTOFF',
    });
    expect(read('status=DELETED')).toMatchObject({
      values: { status: undefined },
      rewriteStatus: '',
    });
  });

  it('clears every filter at once, leaving the sort and the page size', () => {
    expect(Object.keys(CLEARED_FILTERS).sort()).toEqual(
      ['family', 'flavor', 'image', 'name', 'reservation_id', 'status', 'zone'].sort(),
    );
  });
});

describe('the filters shown as chips', () => {
  const names = {
    flavor: (id: string) => (id === 'f1' ? 'm2.c2m4' : undefined),
    image: () => undefined,
  };

  it('names the flavor and image once known, else shows the id', () => {
    const { values } = read(
      'flavor=f1&image=i9&reservation_id=r-1&zone=kr-pub-b&family=c2&name=web',
    );
    expect(activeFilters(values, names)).toEqual([
      { key: 'flavor', value: 'm2.c2m4' },
      { key: 'image', value: 'i9' },
      { key: 'reservation_id', value: 'r-1' },
      { key: 'zone', value: 'kr-pub-b' },
      { key: 'family', value: 'c2' },
    ]);
    // The name and status have fields of their own.
    expect(activeFilters(read('name=web&status=ACTIVE').values, names)).toEqual([]);
  });
});

describe("an older link's marker", () => {
  const servers = Array.from({ length: 9 }, (_, i) => ({ id: `s${i}` }));

  it('opens the page after its server', () => {
    expect(markerPage(servers, 's3', 4, true)).toBe('2');
    expect(markerPage(servers, 's7', 4, true)).toBe('3');
    expect(markerPage(servers, 's1', 4, true)).toBeUndefined();
  });

  it('waits for the background load, then gives up on a server that is gone', () => {
    expect(markerPage(servers, 'gone', 4, false)).toBe('wait');
    expect(markerPage(servers, 'gone', 4, true)).toBeUndefined();
  });
});
