import { describe, expect, it } from 'vitest';
import type { Server } from './compute-types';
import { nameTaken, policyMembers, serversById, sortPolicies } from './placement-members';

const server = (id: string, name: string) => ({ id, name }) as Server;

describe('the members of a placement policy', () => {
  const servers = serversById([server('s-1', 'web-02'), server('s-2', 'web-01')]);

  it('are the region’s instances by name, then the ids the list does not hold', () => {
    const members = policyMembers({ members: ['gone-1', 's-1', 's-2'] }, servers);
    expect(members.map((m) => [m.id, m.server?.name])).toEqual([
      ['s-2', 'web-01'],
      ['s-1', 'web-02'],
      ['gone-1', undefined],
    ]);
  });

  it('are ids only while the servers are unknown, and none for an empty policy', () => {
    expect(policyMembers({ members: ['s-1'] }, undefined)).toEqual([
      { id: 's-1', server: undefined },
    ]);
    expect(policyMembers({ members: [] }, servers)).toEqual([]);
  });
});

describe('the policy list', () => {
  it('is sorted by name with numbers in order, then by id', () => {
    const sorted = sortPolicies([
      { id: 'b', name: 'web-10' },
      { id: 'c', name: 'db' },
      { id: 'a', name: 'web-2' },
      { id: 'd', name: 'db' },
    ]);
    expect(sorted.map((p) => p.id)).toEqual(['c', 'd', 'a', 'b']);
  });

  it('knows a name already taken (as typed, without surrounding spaces)', () => {
    const groups = [{ name: 'web-spread' }];
    expect(nameTaken(groups, ' web-spread ')).toBe(true);
    expect(nameTaken(groups, 'Web-spread')).toBe(false);
  });
});
