import { describe, expect, it } from 'vitest';
import {
  ariaSort,
  clearedParams,
  pageOf,
  pageParam,
  readPage,
  readPageSize,
  readSort,
  type SortOrder,
  sortAfterClick,
  sortParam,
} from './list-url';

const COLUMNS = ['name', 'ram', 'created'] as const;
type Column = (typeof COLUMNS)[number];
const NEWEST: SortOrder<Column> = { key: 'created', direction: 'desc' };
const BY_NAME: SortOrder<Column> = { key: 'name', direction: 'asc' };

describe('the sort in the URL', () => {
  it('reads a known column and direction', () => {
    expect(readSort('ram:asc', COLUMNS, NEWEST)).toEqual({ key: 'ram', direction: 'asc' });
    expect(readSort('ram:desc', COLUMNS, BY_NAME)).toEqual({ key: 'ram', direction: 'desc' });
  });

  it("takes the default's column for an unknown one, and its direction when none is said", () => {
    expect(readSort(null, COLUMNS, NEWEST)).toEqual(NEWEST);
    expect(readSort('', COLUMNS, BY_NAME)).toEqual(BY_NAME);
    expect(readSort('price:sideways', COLUMNS, BY_NAME)).toEqual(BY_NAME);
    expect(readSort('name', COLUMNS, NEWEST)).toEqual({ key: 'name', direction: 'desc' });
    expect(readSort('name:up', COLUMNS, BY_NAME)).toEqual({ key: 'name', direction: 'asc' });
    expect(readSort('price:asc', COLUMNS, NEWEST)).toEqual({ key: 'created', direction: 'asc' });
  });

  it('writes what it reads', () => {
    const order: SortOrder<Column> = { key: 'ram', direction: 'desc' };
    expect(sortParam(order)).toBe('ram:desc');
    expect(readSort(sortParam(order), COLUMNS, BY_NAME)).toEqual(order);
  });

  it('starts a newly chosen column ascending and toggles the same one', () => {
    expect(sortAfterClick(NEWEST, 'name')).toEqual({ key: 'name', direction: 'asc' });
    expect(sortAfterClick(BY_NAME, 'name')).toEqual({ key: 'name', direction: 'desc' });
    expect(sortAfterClick({ key: 'name', direction: 'desc' }, 'name')).toEqual(BY_NAME);
    expect(sortAfterClick(BY_NAME, 'created')).toEqual({ key: 'created', direction: 'asc' });
  });

  it("says a header's sort to assistive technology", () => {
    expect(ariaSort(BY_NAME, 'name')).toBe('ascending');
    expect(ariaSort(NEWEST, 'created')).toBe('descending');
    expect(ariaSort(NEWEST, 'name')).toBe('none');
  });
});

describe('paging in the URL', () => {
  it('reads a page from 1, anything else as the first', () => {
    expect(readPage('3')).toBe(3);
    expect(readPage('2.7')).toBe(2);
    for (const raw of [null, '', '0', '-2', 'two']) expect(readPage(raw)).toBe(1);
  });

  it('leaves the first page out of the URL', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('2');
  });

  it('reads a page size up to the most allowed, else the default', () => {
    const sizes = { fallback: 50, max: 5000 };
    expect(readPageSize('1000', sizes)).toBe(1000);
    expect(readPageSize('4', sizes)).toBe(4);
    expect(readPageSize('99999', sizes)).toBe(5000);
    for (const raw of [null, '', '0', '-5', 'many']) expect(readPageSize(raw, sizes)).toBe(50);
  });
});

describe('a page of the list', () => {
  const items = Array.from({ length: 120 }, (_, i) => i);

  it('slices the page asked for and says how many there are', () => {
    expect(pageOf(items, 2, 50)).toMatchObject({ page: 2, pages: 3, from: 50 });
    expect(pageOf(items, 3, 50).items).toHaveLength(20);
  });

  it('brings a page beyond the end back to the last, and a bad one to the first', () => {
    expect(pageOf(items, 9, 50).page).toBe(3);
    expect(pageOf(items, Number.NaN, 50).page).toBe(1);
    expect(pageOf([], 4, 50)).toMatchObject({ page: 1, pages: 1, items: [] });
  });
});

describe('clearing filters', () => {
  it('removes every filter named, at once', () => {
    expect(clearedParams(['name', 'status'])).toEqual({ name: undefined, status: undefined });
    expect(clearedParams([])).toEqual({});
  });
});
