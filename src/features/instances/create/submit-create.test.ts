/**
 * One request per press of the create form's submit (issue 11): a second press while the first
 * is in flight — its confirmation open, or its request under way — asks and sends nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CreateServerRequest } from '../../../domain/compute-types';
import { instanceKeys } from '../../../resources/servers';
import { volumeKeys } from '../../../resources/volumes';
import { flush, heldApi, heldQuestion, testClient } from '../actions/test-api';
import { createdPath, pressCreate } from './submit-create';

const scope = { region: 'kr1', tenantId: 't1' };
const client = testClient();
afterEach(() => client.clear());

const request = { server: { name: 'web-9' } } as CreateServerRequest;

describe('pressCreate', () => {
  it('sends one POST /servers however often the form is submitted while it is in flight', async () => {
    const api = heldApi();
    const { ask, asked, agree } = heldQuestion();
    const submit = () => pressCreate({ client, scope, formId: 'form-1', request, ask });
    const first = submit();
    await flush();
    expect(submit()).toBe(null);
    agree(true);
    await flush();
    expect(submit()).toBe(null);
    expect(asked()).toBe(1);
    expect(api.sent).toEqual([{ method: 'POST', path: '/api/compute/kr1/v2/t1/servers' }]);

    // Another form (another mount of the page) is another key.
    const other = pressCreate({ client, scope, formId: 'form-2', request, ask: async () => true });
    await flush();
    expect(api.sent).toHaveLength(2);
    api.answerAll();
    await expect(first).resolves.toEqual({ server: { id: 'new-1' } });
    await other;
  });

  it('asks again, once settled, what a create makes', async () => {
    const api = heldApi();
    client.setQueryData(instanceKeys.all(scope), []);
    client.setQueryData(volumeKeys.all(scope), []);
    const created = pressCreate({ client, scope, formId: 'f', request, ask: async () => true });
    await flush();
    api.answerAll();
    await created;
    expect(client.getQueryState(instanceKeys.all(scope))?.isInvalidated).toBe(true);
    expect(client.getQueryState(volumeKeys.all(scope))?.isInvalidated).toBe(true);
  });
});

describe('createdPath', () => {
  it('lands on the instance, or on the list of a batch', () => {
    expect(createdPath('kr1', { server: { id: 's1', links: [], security_groups: [] } })).toBe(
      '/kr1/instances/s1',
    );
    expect(createdPath('kr2', { reservation_id: 'r-1 2' })).toBe(
      '/kr2/instances?reservation_id=r-1%202',
    );
  });
});
