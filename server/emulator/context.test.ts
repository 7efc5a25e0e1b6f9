/**
 * The origin links are built with (issue 10: parsed once for each `scheme://authority`) is the
 * one URL gives for the whole request URL, whatever the Host header held.
 */
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { requestOrigin } from './context';

describe('requestOrigin', () => {
  const app = new Hono();
  app.get('*', (c) => c.text(requestOrigin(c)));

  it.each([
    'http://127.0.0.1:8774/compute/kr1/v2/t/servers/detail?limit=100',
    'http://127.0.0.1:8774/identity/v2.0',
    'http://EMULATOR.Test:80/servers',
    'https://emulator.test:443/servers?x=1',
    'http://[::1]:8774/servers',
    'http://0x7f.1:8774/servers',
    'http://emulator.test',
  ])('of %s is what URL says, the first time and the next', async (url) => {
    const expected = new URL(url).origin;
    for (let i = 0; i < 2; i++) expect(await (await app.request(url)).text()).toBe(expected);
  });

  it('stays right when many hosts are seen', async () => {
    for (let i = 0; i < 200; i++) {
      const url = `http://host-${i}.test:${8000 + i}/servers`;
      expect(await (await app.request(url)).text()).toBe(`http://host-${i}.test:${8000 + i}`);
    }
    expect(await (await app.request('http://host-0.test:8000/x')).text()).toBe(
      'http://host-0.test:8000',
    );
  });
});
