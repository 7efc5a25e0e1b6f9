/**
 * The request log of NHN_EMULATOR_LOG=1: one line per request. What a request sends (its path,
 * which Hono percent-decodes, so `%0d%0a` and `%1b[` arrive as control characters) is escaped,
 * so no request can end a line early, forge another line or drive the terminal with ANSI
 * escapes (issue 12).
 */

/**
 * Control characters (C0, DEL, C1), the Unicode line and paragraph separators and the
 * backslash (so that an escape in the log always means the emulator wrote it).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\\]/g;

function escapeChar(char: string): string {
  if (char === '\\') return '\\\\';
  const code = char.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every character that could break or colour a log line written as `\xNN`. */
export function escapeForLog(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/** `GET /path → 200 (3 ms)`, with what came from the request escaped. */
export function requestLogLine(method: string, path: string, status: number, ms: number): string {
  return `${escapeForLog(method)} ${escapeForLog(path)} → ${status} (${ms} ms)`;
}
