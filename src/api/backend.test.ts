import { afterEach, describe, expect, it, vi } from 'vitest';
import { emulatorSeen, forgetBackend } from './backend';
import { HttpClient } from './http';
import { probeEmulator } from './identity';

const answer = (status: number, headers: Record<string, string> = {}) =>
  new Response('{}', { status, headers: { 'Content-Type': 'application/json', ...headers } });

function clientAnswering(response: () => Response) {
  return new HttpClient({
    fetchImpl: (async () => response()) as typeof fetch,
  });
}

afterEach(() => {
  forgetBackend();
  vi.unstubAllGlobals();
});

describe('the backend as the API answers say', () => {
  it('knows nothing before the first answer', () => {
    expect(emulatorSeen()).toBeUndefined();
  });

  it("learns the emulator from a successful answer's X-NHN-Emulator, and NHN Cloud from one without", async () => {
    await clientAnswering(() => answer(200, { 'X-NHN-Emulator': '1' })).get('/api/x');
    expect(emulatorSeen()).toBe(true);
    await clientAnswering(() => answer(200)).get('/api/x');
    expect(emulatorSeen()).toBe(false);
  });

  it('learns nothing from a failure: it may be the proxy speaking, not the backend', async () => {
    await clientAnswering(() => answer(502))
      .get('/api/x')
      .catch(() => undefined);
    expect(emulatorSeen()).toBeUndefined();
  });

  it('probeEmulator asks nothing once an answer has said, and asks the Identity document before', async () => {
    const fetchSpy = vi.fn(async () => answer(200, { 'X-NHN-Emulator': '1' }));
    vi.stubGlobal('fetch', fetchSpy);
    await expect(probeEmulator()).resolves.toBe(true);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    expect(fetchSpy.mock.calls[0]).toEqual(['/api/identity/v2.0']);

    await clientAnswering(() => answer(200)).get('/api/x');
    await expect(probeEmulator()).resolves.toBe(false);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });
});
