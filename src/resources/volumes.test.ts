/**
 * What the volume and snapshot mutations invalidate: every one the snapshots (a volume's own, the
 * sources of new volumes), the volumes, and — for what changes an attachment — the instances.
 * The real API functions on a fake fetch, react-query without React.
 */
import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configureApi } from '../api/client';
import { instanceKeys } from './servers';
import { blockStorageMutations, snapshotKeys, volumeKeys } from './volumes';

const scope = { region: 'kr1', tenantId: 't1' };
const other = { region: 'kr2', tenantId: 't1' };

let client: QueryClient;
let sent: { method: string; url: string; body: unknown }[];

beforeEach(() => {
  client = new QueryClient();
  sent = [];
  configureApi({
    fetchImpl: (async (input: RequestInfo | URL, init?: RequestInit) => {
      sent.push({
        method: init?.method ?? 'GET',
        url: String(input),
        body: init?.body ? JSON.parse(String(init.body)) : undefined,
      });
      return new Response(
        init?.method === 'POST' ? JSON.stringify({ snapshot: {}, volume: {} }) : null,
        {
          status: 202,
          headers: { 'Content-Type': 'application/json' },
        },
      );
    }) as typeof fetch,
  });
  for (const key of [
    snapshotKeys.list(scope),
    volumeKeys.list(scope),
    instanceKeys.all(scope),
    snapshotKeys.list(other),
  ]) {
    client.setQueryData(key, []);
  }
});
afterEach(() => client.clear());

const invalidated = (key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated;

async function run<V>(
  pick: (m: ReturnType<typeof blockStorageMutations>) => unknown,
  variables: V,
) {
  const options = pick(blockStorageMutations(client, scope)) as ConstructorParameters<
    typeof MutationObserver<unknown, Error, V>
  >[1];
  await new MutationObserver<unknown, Error, V>(client, options).mutate(variables);
}

describe('volume and snapshot mutations', () => {
  it('creating a snapshot sends it and refreshes the snapshots and volumes of the region', async () => {
    await run((m) => m.createSnapshot, { volume_id: 'v1', name: 'nightly', force: true });
    expect(sent).toEqual([
      {
        method: 'POST',
        url: expect.stringMatching(/\/block-storage\/kr1\/v2\/t1\/snapshots$/),
        body: { snapshot: { volume_id: 'v1', name: 'nightly', force: true } },
      },
    ]);
    expect(invalidated(snapshotKeys.list(scope))).toBe(true);
    expect(invalidated(volumeKeys.list(scope))).toBe(true);
    // Nothing of an instance changes, nor another region.
    expect(invalidated(instanceKeys.all(scope))).toBe(false);
    expect(invalidated(snapshotKeys.list(other))).toBe(false);
  });

  it('deleting a snapshot refreshes the snapshots (a volume may become deletable)', async () => {
    await run((m) => m.deleteSnapshot, 's1');
    expect(sent[0]).toMatchObject({
      method: 'DELETE',
      url: expect.stringMatching(/\/snapshots\/s1$/),
    });
    expect(invalidated(snapshotKeys.list(scope))).toBe(true);
    expect(invalidated(volumeKeys.list(scope))).toBe(true);
  });

  it('volume mutations refresh the snapshots too, with the volumes and the instances', async () => {
    await run((m) => m.createVolume, { size: 20, snapshot_id: 's1' });
    expect(sent[0]?.body).toEqual({ volume: { size: 20, snapshot_id: 's1' } });
    for (const key of [snapshotKeys.list(scope), volumeKeys.list(scope), instanceKeys.all(scope)]) {
      expect(invalidated(key)).toBe(true);
    }
    client.setQueryData(snapshotKeys.list(scope), []);
    expect(invalidated(snapshotKeys.list(scope))).toBe(false);
    await run((m) => m.deleteVolume, 'v1');
    expect(invalidated(snapshotKeys.list(scope))).toBe(true);
  });
});
