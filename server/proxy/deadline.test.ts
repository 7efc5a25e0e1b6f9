import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadline } from './deadline';

// An upstream that takes the request and never answers.
const silent = createServer(() => undefined);
let url = '';
beforeAll(async () => {
  await new Promise<void>((listening) => silent.listen(0, '127.0.0.1', listening));
  url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`;
});
afterAll(() => {
  silent.closeAllConnections();
  silent.close();
});

describe('deadline', () => {
  it('aborts a request to an upstream that never answers, as a TimeoutError', async () => {
    const limit = deadline(300);
    const outer = new AbortController();
    // Combined as the proxy does, with garbage collection forced while it waits.
    const pending = fetch(url, { signal: AbortSignal.any([outer.signal, limit.signal]) });
    (globalThis as { gc?: () => void }).gc?.();
    await expect(pending).rejects.toMatchObject({ name: 'TimeoutError' });
    limit.clear();
  });

  it('does not fire once cleared', async () => {
    const limit = deadline(20);
    limit.clear();
    await new Promise((wake) => setTimeout(wake, 60));
    expect(limit.signal.aborted).toBe(false);
  });
});
