/**
 * One request per instance for a bulk action (issue 11): the same bulk pressed again while the
 * first is in flight sends nothing, a bulk leaves out an instance whose own press of the action
 * is in flight (and that press, made during a bulk, sends nothing), and the bulk asks again what
 * it changed once.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testServer } from '../../../domain/test-servers';
import { serverActionMutation } from '../../../resources/server-mutations';
import { pressBulk } from './bulk-press';
import { press } from './press';
import { flush, heldApi, testClient } from './test-api';

const scope = { region: 'kr1', tenantId: 't1' };
const client = testClient();
afterEach(() => client.clear());

const [a, b] = [testServer('a', 1), testServer('b', 2)];
const stops = (sent: { method: string; path: string }[]) =>
  sent.filter((r) => r.method === 'POST').map((r) => r.path.split('/').at(-2));

describe('pressBulk', () => {
  it('the same bulk pressed twice: the second sends nothing while the first is in flight', async () => {
    const api = heldApi();
    const first = pressBulk({ client, scope, action: 'stop', run: [a, b] });
    await flush();
    const second = pressBulk({ client, scope, action: 'stop', run: [a, b] });
    await flush();
    expect(stops(api.sent)).toEqual(['a', 'b']);
    api.answerAll();
    await expect(second).resolves.toEqual([]);
    expect((await first)?.map((r) => [r.server.id, r.result])).toEqual([
      ['a', 'accepted'],
      ['b', 'accepted'],
    ]);
  });

  it('leaves out an instance whose own press of the action is in flight, and the other way round', async () => {
    const api = heldApi();
    const single = press({
      client,
      change: serverActionMutation(scope, 'stop', 'a'),
      variables: undefined,
    });
    await flush();
    const sending = vi.fn();
    const bulk = pressBulk({ client, scope, action: 'stop', run: [a, b], onSend: sending });
    await flush();
    expect(sending).toHaveBeenCalledWith([b]);
    expect(stops(api.sent)).toEqual(['a', 'b']);
    // Pressed on its own during the bulk, b sends nothing either.
    expect(
      press({ client, change: serverActionMutation(scope, 'stop', 'b'), variables: undefined }),
    ).toBe(null);
    api.answerAll();
    await single;
    expect((await bulk)?.map((r) => r.server.id)).toEqual(['b']);
    expect(stops(api.sent)).toEqual(['a', 'b']);
  });

  it('asks first where told to: a no sends nothing; and it refreshes once for all', async () => {
    const api = heldApi();
    await expect(
      pressBulk({ client, scope, action: 'delete', run: [a, b], ask: async () => false }),
    ).resolves.toBe(null);
    expect(api.sent).toEqual([]);

    const invalidate = vi.spyOn(client, 'invalidateQueries');
    const bulk = pressBulk({ client, scope, action: 'delete', run: [a, b], ask: async () => true });
    await flush();
    expect(api.sent.map((r) => r.method)).toEqual(['DELETE', 'DELETE']);
    api.answerAll();
    await bulk;
    // The instances, the volumes they free and the placement policies they leave: once each.
    expect(invalidate).toHaveBeenCalledTimes(3);
  });
});
