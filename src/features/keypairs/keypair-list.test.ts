import { describe, expect, it } from 'vitest';
import { sortAfterClick, sortParam } from '../../components/list-url';
import type { Keypair } from '../../domain/compute-types';
import { CLEARED_KEYPAIR_SEARCH, keypairRows, readKeypairParams } from './keypair-list';

const read = (query: string) => readKeypairParams(new URLSearchParams(query));

describe('readKeypairParams', () => {
  it('reads the search and the sort; by name, ascending when absent or unknown', () => {
    expect(read('q=Demo&sort=instances:desc')).toEqual({
      search: 'Demo',
      sort: { key: 'instances', direction: 'desc' },
    });
    expect(read('')).toEqual({ search: '', sort: { key: 'name', direction: 'asc' } });
    expect(read('sort=public_key:up').sort).toEqual({ key: 'name', direction: 'asc' });
  });
});

describe('a header click (list-url.ts: sortAfterClick)', () => {
  it('toggles the direction on the same column and starts another ascending', () => {
    const current = read('').sort;
    expect(sortParam(sortAfterClick(current, 'name'))).toBe('name:desc');
    expect(sortParam(sortAfterClick(current, 'instances'))).toBe('instances:asc');
    expect(sortParam(sortAfterClick(read('sort=name:desc').sort, 'name'))).toBe('name:asc');
  });
});

describe('CLEARED_KEYPAIR_SEARCH', () => {
  it('removes the search and keeps the sort', () => {
    const url = new URLSearchParams('q=web&sort=instances:desc');
    for (const key of Object.keys(CLEARED_KEYPAIR_SEARCH)) url.delete(key);
    expect(read(url.toString())).toEqual({
      search: '',
      sort: { key: 'instances', direction: 'desc' },
    });
  });
});

describe('keypairRows', () => {
  const keypair = (name: string, fingerprint: string): Keypair => ({
    name,
    fingerprint,
    public_key: 'ssh-ed25519 AAAA',
  });
  const all = [
    keypair('web-10', 'SHA256:b'),
    keypair('web-9', 'SHA256:c'),
    keypair('db', 'SHA256:a'),
  ];
  const counts = new Map([
    ['web-9', 2],
    ['db', 2],
  ]);
  const count = (name: string) => counts.get(name) ?? 0;
  const names = (rows: Keypair[]) => rows.map((row) => row.name);

  it('sorts names as people read numbers (web-9 before web-10)', () => {
    expect(names(keypairRows(all, '', { key: 'name', direction: 'asc' }, count))).toEqual([
      'db',
      'web-9',
      'web-10',
    ]);
  });

  it('keeps names containing the search, any case, trimmed', () => {
    expect(names(keypairRows(all, '  WEB ', { key: 'name', direction: 'desc' }, count))).toEqual([
      'web-10',
      'web-9',
    ]);
  });

  it('sorts by instances using each, ties by name; by fingerprint', () => {
    expect(names(keypairRows(all, '', { key: 'instances', direction: 'desc' }, count))).toEqual([
      'db',
      'web-9',
      'web-10',
    ]);
    expect(names(keypairRows(all, '', { key: 'fingerprint', direction: 'asc' }, count))).toEqual([
      'db',
      'web-10',
      'web-9',
    ]);
  });
});
