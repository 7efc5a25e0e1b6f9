/**
 * One HTTP request exactly as described (any method, the path as written, any headers, a body
 * sent whole or chunked), on a connection of its own, and what came back: status, a part of the
 * body, or the error when no answer came. Loopback only: the caller names the port.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';

export interface Answer {
  /** null when no answer came (the error says why). */
  status: number | null;
  headers: IncomingHttpHeaders;
  /** The answer's first bytes, as text. */
  body: string;
  error?: string;
  ms: number;
}

export interface Outgoing {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** Without Content-Length, in 64 KiB pieces. */
  chunked?: boolean;
}

const KEEP_BYTES = 4096;
const CHUNK = 64 * 1024;

export function send(port: number, out: Outgoing, timeoutMs: number): Promise<Answer> {
  return new Promise((resolve) => {
    const started = performance.now();
    let settled = false;
    let status: number | null = null;
    let headers: IncomingHttpHeaders = {};
    const kept: Buffer[] = [];
    let keptBytes = 0;
    const finish = (error?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({
        status,
        headers,
        body: Buffer.concat(kept).toString('utf8'),
        ...(error ? { error } : {}),
        ms: performance.now() - started,
      });
    };
    const timer = setTimeout(() => {
      finish(`no answer within ${timeoutMs / 1000} s`);
      req.destroy();
    }, timeoutMs);
    const sendHeaders: Record<string, string> = { ...out.headers };
    if (out.body && !out.chunked) sendHeaders['Content-Length'] = String(out.body.length);
    let req: ReturnType<typeof httpRequest>;
    try {
      req = httpRequest({
        host: '127.0.0.1',
        port,
        method: out.method,
        path: out.path,
        headers: sendHeaders,
        // A connection per request: no keep-alive reuse racing a server closing an idle one.
        agent: false,
      });
    } catch (error) {
      clearTimeout(timer);
      settled = true;
      resolve({
        status: null,
        headers: {},
        body: '',
        error: `not sent: ${(error as Error).message}`,
        ms: 0,
      });
      return;
    }
    req.on('response', (res) => {
      status = res.statusCode ?? null;
      headers = res.headers;
      res.on('data', (chunk: Buffer) => {
        if (keptBytes < KEEP_BYTES) {
          kept.push(chunk.subarray(0, KEEP_BYTES - keptBytes));
          keptBytes += Math.min(chunk.length, KEEP_BYTES - keptBytes);
        }
      });
      res.on('end', () => finish());
      res.on('error', (error) => finish(error.message));
      res.on('close', () => finish());
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      // An answer already begun (a 413 before the whole body was sent) still counts.
      if (status !== null) return;
      finish(`${error.code ?? error.name}: ${error.message}`);
    });
    const body = out.body;
    if (!body) {
      req.end();
    } else if (!out.chunked) {
      req.end(body);
    } else {
      let offset = 0;
      const pump = () => {
        while (offset < body.length) {
          const piece = body.subarray(offset, offset + CHUNK);
          offset += piece.length;
          if (!req.write(piece)) {
            req.once('drain', pump);
            return;
          }
        }
        req.end();
      };
      pump();
    }
  });
}
