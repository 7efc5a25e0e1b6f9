/**
 * The origin links are built with (issue 10: parsed once for each `scheme://authority`): the one
 * URL gives for the request URL when its host is a loopback name or the configured host, and the
 * configured origin for any other (issue 12: never an arbitrary Host header's).
 */
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from './config';
import { isLoopbackHostname, requestOrigin } from './context';

describe('requestOrigin', () => {
  const config = { ...DEFAULT_CONFIG, host: 'emulator.test', port: 8774 };
  const app = new Hono();
  app.get('*', (c) => c.text(requestOrigin(c, config)));

  it.each([
    'http://127.0.0.1:8774/compute/kr1/v2/t/servers/detail?limit=100',
    'http://127.0.0.1:8774/identity/v2.0',
    'http://LOCALHOST:9000/identity/v2.0',
    'http://EMULATOR.Test:80/servers',
    'https://emulator.test:443/servers?x=1',
    'http://[::1]:8774/servers',
    'http://0x7f.1:8774/servers',
    'http://emulator.test',
  ])('of %s is what URL says, the first time and the next', async (url) => {
    const expected = new URL(url).origin;
    for (let i = 0; i < 2; i++) expect(await (await app.request(url)).text()).toBe(expected);
  });

  it.each([
    'http://evil.example/servers',
    'http://emulator.test.evil.example:8774/servers',
    'http://localhost.evil.example/servers',
    'http://192.168.0.10:8774/servers',
  ])('of %s is the configured origin', async (url) => {
    for (let i = 0; i < 2; i++)
      expect(await (await app.request(url)).text()).toBe('http://emulator.test:8774');
  });

  it('stays right when many hosts are seen', async () => {
    for (let i = 0; i < 200; i++) {
      const url = `http://127.0.0.${i}:${8000 + i}/servers`;
      expect(await (await app.request(url)).text()).toBe(`http://127.0.0.${i}:${8000 + i}`);
      const foreign = `http://host-${i}.test:${8000 + i}/servers`;
      expect(await (await app.request(foreign)).text()).toBe('http://emulator.test:8774');
    }
    expect(await (await app.request('http://127.0.0.0:8000/x')).text()).toBe(
      'http://127.0.0.0:8000',
    );
  });

  it('tells loopback names from others', () => {
    for (const host of ['localhost', '127.0.0.1', '127.255.0.9', '[::1]', '[::ffff:7f00:1]'])
      expect(isLoopbackHostname(host), host).toBe(true);
    for (const host of ['localhost.evil', '127.0.0.1.nip.io', '128.0.0.1', '[::2]', 'evil'])
      expect(isLoopbackHostname(host), host).toBe(false);
  });
});
