/**
 * A new image is followed until its status is final: active, or killed or deleted (which never
 * become active), or gone (404). A fake Image API under the real client, on vitest's fake clock.
 */
import { environmentManager, QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configureApi } from '../api/client';
import { imageQuery } from './images';

const scope = { region: 'kr1', tenantId: 't1' };

/** Answers the statuses in turn (the last repeats); a status of 404 answers Not Found. */
function fakeImages(...statuses: (string | 404)[]) {
  let asked = 0;
  configureApi({
    fetchImpl: (async () => {
      const status = statuses[Math.min(asked, statuses.length - 1)];
      asked += 1;
      return status === 404
        ? new Response(JSON.stringify({ itemNotFound: { message: 'gone' } }), {
            status: 404,
            headers: { 'Content-Type': 'application/json' },
          })
        : new Response(JSON.stringify({ id: 'img-1', status }), {
            headers: { 'Content-Type': 'application/json' },
          });
    }) as typeof fetch,
  });
  return () => asked;
}

let client: QueryClient;
let stop: () => void = () => undefined;
beforeEach(() => {
  vi.useFakeTimers();
  environmentManager.setIsServer(() => false);
  client = new QueryClient();
});
afterEach(() => {
  stop();
  client.clear();
  vi.useRealTimers();
});

async function follow(...statuses: (string | 404)[]) {
  const asked = fakeImages(...statuses);
  const observer = new QueryObserver(client, { ...imageQuery(scope, 'img-1'), retry: false });
  stop = observer.subscribe(() => undefined);
  // Far longer than the image takes: whatever is asked after its final status is too much.
  await vi.advanceTimersByTimeAsync(60_000);
  return { asked: asked(), observer };
}

describe('imageQuery', () => {
  it('follows a new image until it is active, then asks no more', async () => {
    const { asked, observer } = await follow('queued', 'saving', 'active');
    expect(asked).toBe(3);
    expect(observer.getCurrentResult().data?.status).toBe('active');
  });

  it.each(['killed', 'deleted', 'pending_delete'])(
    'stops at %s, which never becomes active',
    async (final) => {
      const { asked, observer } = await follow('queued', final);
      expect(asked).toBe(2);
      expect(observer.getCurrentResult().data?.status).toBe(final);
    },
  );

  it('stops when the image is not found any more', async () => {
    const { asked } = await follow('saving', 404);
    expect(asked).toBe(2);
  });
});
