/** The mutation convention (issue 11): one request per key in flight (invalidation: src/app/query-client.test.ts). */
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { isInFlight, runOnce } from './mutations';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('runOnce', () => {
  it('sends nothing for a key in flight, and again once it settled; other keys go on', async () => {
    const client = new QueryClient();
    const sent: string[] = [];
    const answer = deferred<string>();
    const stop = (id: string) => ({
      mutationKey: ['servers', 'stop', id],
      mutationFn: async (v: string) => {
        sent.push(`${id}:${v}`);
        return id === 'a' ? answer.promise : 'ok';
      },
    });
    const first = runOnce(client, stop('a'), 'press 1');
    expect(isInFlight(client, ['servers', 'stop', 'a'])).toBe(true);
    expect(runOnce(client, stop('a'), 'press 2')).toBe(null);
    await runOnce(client, stop('b'), 'press 1');
    expect(isInFlight(client, ['servers', 'stop'])).toBe(false);
    answer.resolve('done');
    await expect(first).resolves.toBe('done');
    expect(isInFlight(client, ['servers', 'stop', 'a'])).toBe(false);
    await runOnce(client, stop('a'), 'press 3');
    expect(sent).toEqual(['a:press 1', 'b:press 1', 'a:press 3']);
  });
});
