import { describe, expect, it } from 'vitest';
import { testClient } from './testing';

describe('emulator smoke', () => {
  it('signs in and lists servers', async () => {
    const client = await testClient();
    const res = await client.compute('GET', '/servers/detail');
    expect(res.status).toBe(200);
    expect(res.body.servers.length).toBeGreaterThanOrEqual(6);
  });
});
