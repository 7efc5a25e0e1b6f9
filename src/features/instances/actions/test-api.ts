/**
 * A fake NHN Cloud under the real HTTP client and API functions, for the tests of presses: it
 * notes every request and answers none until told to, so a test can press again while the first
 * request is in flight (and count what was sent, never time). Only tests import this file.
 */
import { MutationCache, QueryClient } from '@tanstack/react-query';
import { configureApi } from '../../../api/client';
import { invalidateWhatItChanged } from '../../../resources/mutations';

interface Sent {
  method: string;
  path: string;
}

export function heldApi() {
  const sent: Sent[] = [];
  const waiting: (() => void)[] = [];
  configureApi({
    fetchImpl: (async (input: RequestInfo | URL, init?: RequestInit) => {
      sent.push({
        method: init?.method ?? 'GET',
        path: new URL(String(input), 'http://x').pathname,
      });
      await new Promise<void>((resolve) => waiting.push(resolve));
      const body =
        init?.method === 'POST' && String(input).endsWith('/servers')
          ? { server: { id: 'new-1' } }
          : {};
      return new Response(JSON.stringify(body), {
        status: 202,
        headers: { 'Content-Type': 'application/json' },
      });
    }) as typeof fetch,
  });
  return {
    sent,
    /** Answers every request sent so far. */
    answerAll() {
      for (const answer of waiting.splice(0)) answer();
    },
  };
}

/** A query client whose mutations ask again what they changed, as the console's does. */
export function testClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    mutationCache: new MutationCache({
      onSettled: (_data, _error, _variables, _context, mutation) =>
        invalidateWhatItChanged(client, mutation.meta),
    }),
  });
  return client;
}

/** Lets every pending promise callback run (no timers: nothing here waits on the clock). */
export const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A confirmation left open until the test answers it (`agree`); `asked`: how often it was asked. */
export function heldQuestion() {
  let questions = 0;
  let answer: (yes: boolean) => void = () => undefined;
  const ask = () => {
    questions += 1;
    return new Promise<boolean>((resolve) => {
      answer = resolve;
    });
  };
  return { ask, asked: () => questions, agree: (yes: boolean) => answer(yes) };
}
