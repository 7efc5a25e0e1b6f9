import { MutationCache, MutationObserver, QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { createKeypair } from '../api/compute';
import type { Server } from '../domain/compute-types';
import {
  createKeypairOptions,
  deleteKeypairOptions,
  instancesByKeypairQuery,
  keypairKeys,
  serversByKeypair,
} from './keypairs';
import { invalidateWhatItChanged, isInFlight, runOnce } from './mutations';
import { firstPage, withPage } from './server-collection';
import { instanceKeys } from './servers';

const PRIVATE_KEY = '-----BEGIN RSA PRIVATE KEY-----\nMIIEsecret\n-----END RSA PRIVATE KEY-----\n';

vi.mock('../api/compute', () => ({
  createKeypair: vi.fn(async (_scope: unknown, name: string) => ({
    name,
    fingerprint: 'SHA256:abc',
    public_key: 'ssh-rsa AAAA generated',
    user_id: 'u',
    private_key: PRIVATE_KEY,
  })),
  // Answers when the test says so: the first press stays in flight meanwhile.
  deleteKeypair: vi.fn((scope: { region: string }, name: string) => {
    deletes.push(`${scope.region}/${name}`);
    return new Promise<void>((resolve) => held.push(resolve));
  }),
}));

const deletes: string[] = [];
const held: (() => void)[] = [];

/** A query client with the app's rule: what a settled mutation's meta names is asked again. */
function consoleClient() {
  const client: QueryClient = new QueryClient({
    mutationCache: new MutationCache({
      onSettled: (_data, _error, _variables, _context, mutation) =>
        invalidateWhatItChanged(client, mutation.meta),
    }),
  });
  return client;
}

const scope = { region: 'kr1', tenantId: 't' };
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('creating a key pair', () => {
  it('leaves no copy of the private key in the mutation cache once the result is taken', async () => {
    const client = consoleClient();
    client.setQueryData(keypairKeys.list(scope), []);
    const observer = new MutationObserver(client, createKeypairOptions(scope));
    const created = await observer.mutate({ name: 'k' });
    expect(created.private_key).toBe(PRIVATE_KEY);
    // The list is asked again (meta.invalidates).
    expect(client.getQueryState(keypairKeys.list(scope))?.isInvalidated).toBe(true);
    // While the dialog holds the mutation, react-query has it…
    expect(
      JSON.stringify(
        client
          .getMutationCache()
          .getAll()
          .map((m) => m.state),
      ),
    ).toContain('PRIVATE KEY');
    // …and once the dialog resets it, nothing is left.
    observer.reset();
    await nextTask();
    expect(client.getMutationCache().getAll()).toHaveLength(0);
  });
});

describe('the create dialog pressed twice (issue 11)', () => {
  it('sends one request: the create is in flight from its start, and the dialog asks first', async () => {
    const client = consoleClient();
    const options = createKeypairOptions(scope);
    const observer = new MutationObserver(client, options);
    // The dialog's submit (keypair-form-modal.tsx): nothing while a create is in flight.
    const press = () =>
      isInFlight(client, options.mutationKey) ? null : observer.mutate({ name: 'k' });
    const before = vi.mocked(createKeypair).mock.calls.length;
    const first = press();
    expect(press()).toBe(null);
    await first;
    expect(vi.mocked(createKeypair).mock.calls.length - before).toBe(1);
    observer.reset();
  });
});

describe('deleting a key pair (issue 11)', () => {
  it('a second press on the same key pair sends nothing while the first is in flight', async () => {
    const client = consoleClient();
    client.setQueryData(keypairKeys.list(scope), [{ name: 'k' }, { name: 'other' }]);
    const first = runOnce(client, deleteKeypairOptions(scope, 'k'), undefined);
    expect(runOnce(client, deleteKeypairOptions(scope, 'k'), undefined)).toBe(null);
    // The same name in another region is another key pair.
    const elsewhere = runOnce(
      client,
      deleteKeypairOptions({ ...scope, region: 'kr2' }, 'k'),
      undefined,
    );
    await nextTask();
    expect(deletes).toEqual(['kr1/k', 'kr2/k']);
    for (const answer of held.splice(0)) answer();
    await Promise.all([first, elsewhere]);
    // Gone from the list at once, and the list is asked again.
    expect(client.getQueryData(keypairKeys.list(scope))).toEqual([{ name: 'other' }]);
    expect(client.getQueryState(keypairKeys.list(scope))?.isInvalidated).toBe(true);
  });
});

describe('serversByKeypair', () => {
  it('groups servers by key name, in name order, and skips servers without one', () => {
    const server = (name: string, key: string | null) =>
      ({ id: name, name, key_name: key }) as Server;
    const grouped = serversByKeypair([
      server('web-02', 'demo-key'),
      server('web-01', 'demo-key'),
      server('bare', null),
      server('x', 'other'),
    ]);
    expect(grouped.get('demo-key')?.map((s) => s.name)).toEqual(['web-01', 'web-02']);
    expect(grouped.get('other')?.map((s) => s.name)).toEqual(['x']);
    expect([...grouped.keys()].sort()).toEqual(['demo-key', 'other']);
  });
});

describe('which instances use each key pair, in a region read in pages (issue 10)', () => {
  const scope = { tenantId: 't', region: 'kr1' };
  const server = (id: string, keyName: string) =>
    ({
      id,
      name: id,
      key_name: keyName,
      status: 'ACTIVE',
      updated: '2026-11-30T00:00:00Z',
    }) as Server;

  it('is unknown until every server is read: a key pair only a later page uses is never "unused"', () => {
    const client = new QueryClient({ defaultOptions: { queries: { enabled: false } } });
    const observer = new QueryObserver(client, {
      ...instancesByKeypairQuery(scope),
      enabled: false,
    });
    const stop = observer.subscribe(() => undefined);
    const key = instanceKeys.collection(scope);
    const early = firstPage([server('web-01', 'demo-key')], 'web-01', 'since');
    client.setQueryData(key, early);
    expect(observer.getCurrentResult().data).toBeUndefined();

    client.setQueryData(key, withPage(early, [server('old-01', 'old-key')], null));
    const usage = observer.getCurrentResult().data;
    expect(usage?.get('old-key')?.map((s) => s.name)).toEqual(['old-01']);
    expect(usage?.get('demo-key')?.map((s) => s.name)).toEqual(['web-01']);
    stop();
  });
});
