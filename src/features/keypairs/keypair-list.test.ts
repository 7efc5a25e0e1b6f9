import { describe, expect, it } from 'vitest';
import type { Keypair } from '../../domain/compute-types';
import { keypairRows, keypairSortParam, readKeypairParams } from './keypair-list';

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

describe('keypairSortParam', () => {
  it('keeps the direction on the same column and starts another ascending', () => {
    const current = { key: 'name', direction: 'asc' } as const;
    expect(keypairSortParam(current, 'name', 'desc')).toBe('name:desc');
    expect(keypairSortParam(current, 'instances', 'desc')).toBe('instances:asc');
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
