/**
 * How the load's clients talk to the console's server (./main.ts): one request on the shared
 * keep-alive agent as a browser sends it, a JSON read, and the server process's resident memory.
 */
import { readFileSync } from 'node:fs';
import { type Agent, request as httpRequest } from 'node:http';
import { CONSOLE_REQUEST_HEADER, CONSOLE_REQUEST_VALUE } from '../../src/domain/console-session';
import type { PlannedRequest } from './mix';
import { vmRssBytes } from './stats';

const TIMEOUT_MS = 30_000;

interface Result {
  status: number | null;
  body: string;
  error?: string;
}

/** One request on the shared keep-alive agent, as a browser sends it (compressed answers). */
export function call(
  agent: Agent,
  port: number,
  cookie: string,
  acceptEncoding: string,
  r: PlannedRequest,
): Promise<Result> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Accept-Encoding': acceptEncoding,
      Cookie: cookie,
      [CONSOLE_REQUEST_HEADER]: CONSOLE_REQUEST_VALUE,
    };
    if (r.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      headers['Content-Length'] = String(Buffer.byteLength(r.body));
    }
    const req = httpRequest(
      { host: '127.0.0.1', port, method: r.method, path: r.path, headers, agent },
      (res) => {
        const chunks: Buffer[] = [];
        const ok = (res.statusCode ?? 0) < 300;
        res.on('data', (chunk: Buffer) => {
          // Only an error's text is kept (compressed or not, its start says enough).
          if (!ok && chunks.length < 4) chunks.push(chunk);
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? null, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', (error) =>
          resolve({ status: null, body: '', error: `answer broke off: ${error.message}` }),
        );
      },
    );
    req.setTimeout(TIMEOUT_MS, () => req.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)));
    req.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ status: null, body: '', error: `${error.code ?? ''} ${error.message}`.trim() }),
    );
    req.end(r.body);
  });
}

export async function getJson<T>(url: string, cookie: string): Promise<T> {
  const response = await fetch(url, { headers: { Cookie: cookie } });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export function rssOf(pid: number): number | null {
  try {
    return vmRssBytes(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return null;
  }
}
