/**
 * One request per press of an instance action (issue 11): a second press of the same action on
 * the same instance sends nothing while the first is in flight — while its confirmation is open
 * too — and the change asks again what it changed only once the operator agreed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { serverActionMutation } from '../../../resources/server-mutations';
import { instanceKeys } from '../../../resources/servers';
import { press } from './press';
import { flush, heldApi, heldQuestion, testClient } from './test-api';

const scope = { region: 'kr1', tenantId: 't1' };
const client = testClient();
afterEach(() => client.clear());

const start = (serverId: string) => ({
  client,
  change: serverActionMutation(scope, 'start', serverId),
  variables: undefined,
});

describe('press (an instance action)', () => {
  it('sends nothing for a second press of the same action on the same instance in flight', async () => {
    const api = heldApi();
    const first = press(start('s1'));
    await flush();
    expect(press(start('s1'))).toBe(null);
    await flush();
    expect(api.sent).toEqual([
      { method: 'POST', path: '/api/compute/kr1/v2/t1/servers/s1/action' },
    ]);

    // Another instance, or another action on this one, goes on.
    const other = press(start('s2'));
    const stop = press({ ...start('s1'), change: serverActionMutation(scope, 'stop', 's1') });
    await flush();
    expect(api.sent).toHaveLength(3);

    api.answerAll();
    await expect(first).resolves.toMatchObject({ status: 202 });
    await Promise.all([other, stop]);
    // Once answered, the same press sends again.
    const again = press(start('s1'));
    await flush();
    expect(api.sent).toHaveLength(4);
    api.answerAll();
    await again;
  });

  it('holds the press while its confirmation is open: asked once, sent once', async () => {
    const api = heldApi();
    const { ask, asked, agree } = heldQuestion();
    const first = press({ ...start('s1'), ask });
    await flush();
    expect(press({ ...start('s1'), ask })).toBe(null);
    expect(asked()).toBe(1);
    expect(api.sent).toEqual([]);
    agree(true);
    await flush();
    expect(press({ ...start('s1'), ask })).toBe(null);
    expect(api.sent).toHaveLength(1);
    api.answerAll();
    await first;
    expect(asked()).toBe(1);
  });

  it('sends and refreshes nothing when the operator says no; refreshes once sent', async () => {
    const api = heldApi();
    client.setQueryData(instanceKeys.all(scope), []);
    await expect(press({ ...start('s1'), ask: async () => false })).resolves.toBe(null);
    expect(api.sent).toEqual([]);
    expect(client.getQueryState(instanceKeys.all(scope))?.isInvalidated).toBe(false);

    const sent = press({ ...start('s1'), ask: async () => true });
    await flush();
    api.answerAll();
    await sent;
    expect(client.getQueryState(instanceKeys.all(scope))?.isInvalidated).toBe(true);
  });
});
