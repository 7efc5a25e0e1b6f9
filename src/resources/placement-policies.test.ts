/**
 * Placement policy changes in the mutation convention (issue 11): one request per press, the list
 * updated at once and asked again once the change settles. react-query without React, a fake
 * compute API that answers when the test says so.
 */
import { MutationCache, QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { ServerGroup } from '../domain/server-group';
import { invalidateWhatItChanged, runOnce } from './mutations';
import {
  createPlacementPolicyOptions,
  deletePlacementPolicyOptions,
  placementPolicyKeys,
} from './placement-policies';

const sent: string[] = [];
const held: (() => void)[] = [];
const answerAll = () => {
  for (const answer of held.splice(0)) answer();
};

vi.mock('../api/compute', () => ({
  createServerGroup: vi.fn((_scope: unknown, name: string) => {
    sent.push(`create ${name}`);
    return new Promise((resolve) => held.push(() => resolve(policy(`id-${name}`))));
  }),
  deleteServerGroup: vi.fn((_scope: unknown, id: string) => {
    sent.push(`delete ${id}`);
    return new Promise<void>((resolve) => held.push(resolve));
  }),
}));

const scope = { region: 'kr1', tenantId: 't' };
const policy = (id: string): ServerGroup => ({
  id,
  name: id,
  policies: ['anti-affinity'],
  members: [],
  metadata: {},
});
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

function consoleClient() {
  const client: QueryClient = new QueryClient({
    mutationCache: new MutationCache({
      onSettled: (_data, _error, _variables, _context, mutation) =>
        invalidateWhatItChanged(client, mutation.meta),
    }),
  });
  client.setQueryData(placementPolicyKeys.list(scope), [policy('a'), policy('b')]);
  return client;
}

describe('placement policy changes', () => {
  it('the create dialog pressed twice sends one request; the list learns the new policy', async () => {
    sent.length = 0;
    const client = consoleClient();
    const first = runOnce(client, createPlacementPolicyOptions(scope), 'web');
    expect(runOnce(client, createPlacementPolicyOptions(scope), 'web')).toBe(null);
    await nextTask();
    expect(sent).toEqual(['create web']);
    answerAll();
    await first;
    const list = client.getQueryData<ServerGroup[]>(placementPolicyKeys.list(scope));
    expect(list?.map((group) => group.id)).toEqual(['a', 'b', 'id-web']);
    expect(client.getQueryState(placementPolicyKeys.list(scope))?.isInvalidated).toBe(true);
  });

  it('a second delete of the same policy sends nothing while the first is in flight', async () => {
    sent.length = 0;
    const client = consoleClient();
    const first = runOnce(client, deletePlacementPolicyOptions(scope, 'a'), undefined);
    expect(runOnce(client, deletePlacementPolicyOptions(scope, 'a'), undefined)).toBe(null);
    const other = runOnce(client, deletePlacementPolicyOptions(scope, 'b'), undefined);
    await nextTask();
    expect(sent).toEqual(['delete a', 'delete b']);
    answerAll();
    await Promise.all([first, other]);
    expect(client.getQueryData(placementPolicyKeys.list(scope))).toEqual([]);
  });
});
