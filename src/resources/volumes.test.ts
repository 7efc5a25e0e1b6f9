/**
 * What the volume and snapshot mutations invalidate: every one the snapshots (a volume's own, the
 * sources of new volumes), the volumes, and — for what changes an attachment — the instances; and
 * one request per press: a second press of an action on a volume whose same action is in flight
 * sends nothing (issue 11). The real API functions on a fake fetch, react-query without React,
 * with the app's MutationCache rule (meta.invalidates, src/app/query-client.ts).
 */
import {
  type DefaultError,
  MutationCache,
  type MutationKey,
  type MutationOptions,
  QueryClient,
} from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configureApi } from '../api/client';
import { invalidateWhatItChanged, runOnce } from './mutations';
import { instanceKeys } from './servers';
import { snapshotKeys, snapshotMutations, volumeKeys, volumeMutations } from './volumes';

const scope = { region: 'kr1', tenantId: 't1' };
const other = { region: 'kr2', tenantId: 't1' };

let client: QueryClient;
let sent: { method: string; url: string; body: unknown }[];

beforeEach(() => {
  client = new QueryClient({
    mutationCache: new MutationCache({
      onSettled: (_data, _error, _variables, _context, mutation) =>
        invalidateWhatItChanged(client, mutation.meta),
    }),
  });
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

/** One press: the mutation as the console starts it (src/resources/mutations.ts, runOnce). */
async function run<T, V>(
  options: MutationOptions<T, DefaultError, V> & { mutationKey: MutationKey },
  variables: V,
) {
  await runOnce(client, options, variables);
}

describe('volume and snapshot mutations', () => {
  it('creating a snapshot sends it and refreshes the snapshots and volumes of the region', async () => {
    await run(snapshotMutations.create(scope, 'v1'), {
      volume_id: 'v1',
      name: 'nightly',
      force: true,
    });
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
    await run(snapshotMutations.delete(scope, 's1'), undefined);
    expect(sent[0]).toMatchObject({
      method: 'DELETE',
      url: expect.stringMatching(/\/snapshots\/s1$/),
    });
    expect(invalidated(snapshotKeys.list(scope))).toBe(true);
    expect(invalidated(volumeKeys.list(scope))).toBe(true);
  });

  it('volume mutations refresh the snapshots too, with the volumes and the instances', async () => {
    await run(volumeMutations.create(scope), { size: 20, snapshot_id: 's1' });
    expect(sent[0]?.body).toEqual({ volume: { size: 20, snapshot_id: 's1' } });
    for (const key of [snapshotKeys.list(scope), volumeKeys.list(scope), instanceKeys.all(scope)]) {
      expect(invalidated(key)).toBe(true);
    }
    client.setQueryData(snapshotKeys.list(scope), []);
    expect(invalidated(snapshotKeys.list(scope))).toBe(false);
    await run(volumeMutations.delete(scope, 'v1'), undefined);
    expect(invalidated(snapshotKeys.list(scope))).toBe(true);
  });
});

describe('one request per press (issue 11)', () => {
  /** Every answer waits until released, so the first press stays in flight. */
  let release: () => void;
  beforeEach(() => {
    const held: (() => void)[] = [];
    release = () => {
      for (const answer of held.splice(0)) answer();
    };
    configureApi({
      fetchImpl: (async (input: RequestInfo | URL, init?: RequestInit) => {
        sent.push({
          method: init?.method ?? 'GET',
          url: String(input),
          body: init?.body ? JSON.parse(String(init.body)) : undefined,
        });
        await new Promise<void>((resolve) => held.push(resolve));
        return new Response(JSON.stringify({ volume: { id: 'new' }, volumeAttachment: {} }), {
          status: 202,
          headers: { 'Content-Type': 'application/json' },
        });
      }) as typeof fetch,
    });
  });
  /** Lets a started mutation reach its request (react-query starts it a few microtasks later). */
  const started = () => new Promise((resolve) => setTimeout(resolve, 0));
  const requests = (method: string, path: RegExp) =>
    sent.filter((r) => r.method === method && path.test(r.url)).length;

  it('a second delete of the same volume sends nothing while the first is in flight', async () => {
    const first = runOnce(client, volumeMutations.delete(scope, 'v1'), undefined);
    await started();
    expect(requests('DELETE', /\/volumes\/v1$/)).toBe(1);

    expect(runOnce(client, volumeMutations.delete(scope, 'v1'), undefined)).toBe(null);
    await started();
    expect(requests('DELETE', /\/volumes\/v1$/)).toBe(1);

    // Another volume, or another action on this one, is its own press.
    const other = runOnce(client, volumeMutations.delete(scope, 'v2'), undefined);
    const detach = runOnce(client, volumeMutations.detach(scope, 'v1', 'server-1'), undefined);
    await started();
    expect(requests('DELETE', /\/volumes\/v2$/)).toBe(1);
    expect(requests('DELETE', /\/os-volume_attachments\/v1$/)).toBe(1);

    release();
    await Promise.all([first, other, detach]);
    // Once settled, a new press sends again.
    const again = runOnce(client, volumeMutations.delete(scope, 'v1'), undefined);
    await started();
    expect(requests('DELETE', /\/volumes\/v1$/)).toBe(2);
    release();
    await again;
  });

  it('attaching a volume twice, even to another instance, sends one request', async () => {
    const first = runOnce(client, volumeMutations.attach(scope, 'v1'), 'server-1');
    expect(runOnce(client, volumeMutations.attach(scope, 'v1'), 'server-2')).toBe(null);
    await started();
    expect(sent.map((r) => [r.method, r.url.replace(/^.*\/servers\//, '')])).toEqual([
      ['POST', 'server-1/os-volume_attachments'],
    ]);
    release();
    await first;
  });

  it('the create dialog pressed twice sends one POST /volumes', async () => {
    const body = { size: 20, name: 'data', availability_zone: 'kr-pub-a' };
    const first = runOnce(client, volumeMutations.create(scope), body);
    expect(runOnce(client, volumeMutations.create(scope), body)).toBe(null);
    await started();
    expect(requests('POST', /\/volumes$/)).toBe(1);
    release();
    await first;
    expect(requests('POST', /\/volumes$/)).toBe(1);
  });
});
