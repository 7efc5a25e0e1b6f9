/**
 * The server lists' shortcuts (issue 10) answer what the long way answered: a next link written
 * from the query alone is the URL that URL.searchParams.set gives, and a `servers/detail` page
 * kept as bytes is written again as soon as anything on it changes — through the API, by a
 * transition, or in place — while a page read again unchanged is not written at all.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RenderedPages } from '../rendered';
import { DEMO, ORIGIN, type TestClient, testClient } from '../testing';
import { withQuery } from './compute-list';
import { advance, freezeDate } from './compute-test-support';

describe('withQuery', () => {
  it.each([
    'http://127.0.0.1:8774/compute/kr1/v2/t/servers/detail',
    'http://127.0.0.1:8774/compute/kr1/v2/t/servers/detail?limit=100',
    'http://h/servers/detail?limit=5&marker=old&status=active',
    'http://h/servers/detail?name=a%20b+c&name=%E2%9C%93&changes-since=2025-03-01T00:00:00',
    'http://h/servers/detail?&&flag&x=%zz',
    'http://h/servers/detail?limit=1#fragment',
  ])('writes %s as URL.searchParams.set does', (url) => {
    const expected = new URL(url);
    expected.searchParams.set('marker', 'b1c2-…/?&=');
    expected.searchParams.set('limit', '100');
    expect(withQuery(url, { marker: 'b1c2-…/?&=', limit: '100' })).toBe(expected.toString());
  });
});

describe('a servers/detail page kept as bytes', () => {
  beforeEach(freezeDate);
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  const detail = async (client: TestClient, query = '?limit=100') => {
    const response = await client.emulator.app.request(
      `${ORIGIN}/compute/kr1/v2/${DEMO.tenantId}/servers/detail${query}`,
      { headers: { 'X-Auth-Token': client.token } },
    );
    expect(response.status).toBe(200);
    return response.text();
  };
  const named = (text: string, name: string) =>
    (JSON.parse(text).servers as { name: string; status: string }[]).find((s) => s.name === name);

  it('is written once while nothing changes, and again on the next read after any change', async () => {
    const client = await testClient({ config: { extraServers: 300 } });
    const written = vi.spyOn(RenderedPages.prototype, 'set');
    const first = await detail(client);
    expect(written).toHaveBeenCalledTimes(1);
    expect(await detail(client)).toBe(first);
    expect(await detail(client)).toBe(first);
    expect(written).toHaveBeenCalledTimes(1);
    // Another page (another limit, a filter) is its own.
    expect(JSON.parse(await detail(client, '?limit=10')).servers).toHaveLength(10);
    expect(written).toHaveBeenCalledTimes(2);

    // A rename through the API, of an ACTIVE server on the page.
    const web = (JSON.parse(first).servers as { id: string; name: string; status: string }[]).find(
      (s) => s.status === 'ACTIVE',
    );
    if (!web) throw new Error('no ACTIVE server on the first page');
    const renamed = await client.compute('PUT', `/servers/${web.id}`, {
      server: { name: 'web-01-renamed' },
    });
    expect(renamed.status).toBe(200);
    const afterRename = await detail(client);
    expect(named(afterRename, 'web-01-renamed')).toBeDefined();
    expect(named(afterRename, web.name)).toBeUndefined();

    // An action, then its transition applied by the clock before the next read.
    const stop = await client.compute('POST', `/servers/${web.id}/action`, { 'os-stop': null });
    expect(stop.status).toBe(202);
    expect(named(await detail(client), 'web-01-renamed')?.status).toBe('ACTIVE');
    await advance(client, 60_000);
    expect(named(await detail(client), 'web-01-renamed')?.status).toBe('SHUTOFF');

    // A record changed in place, with no request at all.
    const settled = await detail(client);
    expect(await detail(client)).toBe(settled);
    const record = client.emulator.store
      .tenant('kr1', DEMO.tenantId)
      .servers.find((s) => s.name === 'web-01-renamed');
    if (!record) throw new Error('web-01-renamed is missing');
    record.status = 'ERROR';
    expect(named(await detail(client), 'web-01-renamed')?.status).toBe('ERROR');
  });
});
