/**
 * Issue 12: the request log (NHN_EMULATOR_LOG=1) writes what a request sent escaped, so a path
 * with CR LF or ANSI escapes cannot forge a log line or colour the terminal.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEmulator } from './app';
import { escapeForLog } from './log';
import { rawRequest } from './testing';

// Any character that ends a line, starts an escape sequence or is otherwise invisible.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

afterEach(() => vi.restoreAllMocks());

describe('escapeForLog', () => {
  it.each([
    ['/x\r\nGET /forged → 200 (1 ms)', '/x\\x0d\\x0aGET /forged → 200 (1 ms)'],
    ['/\u001b[31mred\u001b[0m', '/\\x1b[31mred\\x1b[0m'],
    ['/nul\u0000/del\u007f/csi\u009b', '/nul\\x00/del\\x7f/csi\\x9b'],
    ['/line\u2028sep', '/line\\u2028sep'],
    ['/back\\slash\\x0d', '/back\\\\slash\\\\x0d'],
    ['/서버/plain-ascii_~', '/서버/plain-ascii_~'],
  ])('escapes %j', (text, expected) => {
    expect(escapeForLog(text)).toBe(expected);
    expect(escapeForLog(text)).not.toMatch(CONTROL);
  });
});

describe('the request log', () => {
  it('writes one line per request, whatever the path holds', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const emulator = createEmulator({ log: true });
    // Hono decodes the path: %0d%0a and %1b arrive as CR LF and ESC.
    const forged = '/x%0d%0aPOST%20/_emulator/reset%20%E2%86%92%20200%20(0%20ms)%1b[2K';
    const res = await rawRequest(emulator, 'GET', forged);
    expect(res.status).toBe(404);
    expect(log).toHaveBeenCalledTimes(1);
    const line = String(log.mock.calls[0]?.[0]);
    expect(line).not.toMatch(CONTROL);
    expect(line).toMatch(
      /^GET \/x\\x0d\\x0aPOST \/_emulator\/reset → 200 \(0 ms\)\\x1b\[2K → 404 \(\d+ ms\)$/,
    );
  });

  it('logs nothing unless asked', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await rawRequest(createEmulator(), 'GET', '/_emulator/health');
    expect(log).not.toHaveBeenCalled();
  });
});
