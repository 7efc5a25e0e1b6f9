/**
 * Compression of the proxy's answers (issue 10, "Fast at any size"). fetch() decodes the
 * upstream's body, so without this every API answer reaches the browser uncompressed: ~96 KB for
 * the first 50 servers, ~1.9 MB per page of 1,000. JSON compresses ~10–20×, so the proxy
 * re-encodes text answers for browsers that accept it, streaming (never a whole body in memory).
 *
 * Brotli at quality 5, not the build's 11 (server/precompress.ts): this cost is paid per request.
 * Measured on this machine, one servers/detail page of 1,000 servers (1,917,891 B of JSON):
 * br q4 83 KB in 7 ms, q5 74 KB in 9 ms, q6 74 KB in 11 ms, q11 67 KB in 1,937 ms; gzip -6 95 KB
 * in 7 ms. q5 is the knee: q6 saves nothing more, q11 would hold each page up for seconds.
 */
import { Duplex } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';

/** The encodings a server here can send, best first (br is smaller than gzip). */
const CONTENT_ENCODINGS = ['br', 'gzip'] as const;
export type ContentEncoding = (typeof CONTENT_ENCODINGS)[number];

/**
 * The encoding to send, from the request's Accept-Encoding and the ones available: the one with
 * the highest q-value, brotli on a tie; null sends the body as it is (identity). RFC 9110 §12.5.3.
 */
export function chooseEncoding(
  acceptEncoding: string | null | undefined,
  available: readonly ContentEncoding[] = CONTENT_ENCODINGS,
): ContentEncoding | null {
  const q = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [token, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (!token) continue;
    const value = params.find((p) => p.startsWith('q='));
    const weight = value === undefined ? 1 : Number(value.slice(2));
    q.set(token, Number.isFinite(weight) ? weight : 0);
  }
  let best: ContentEncoding | null = null;
  let bestQ = 0;
  for (const name of CONTENT_ENCODINGS) {
    if (!available.includes(name)) continue;
    const weight = q.get(name) ?? q.get('*') ?? 0;
    if (weight > bestQ) [best, bestQ] = [name, weight];
  }
  return best;
}

/** Below this, the encoding's framing and the CPU cost more than the bytes saved. */
export const MIN_COMPRESS_BYTES = 1024;
/** Fast brotli and gzip's default: see the figures at the top. */
const BROTLI_QUALITY = 5;
const BROTLI_WINDOW_BITS = 18;
const GZIP_LEVEL = 6;

/** JSON (NHN Cloud's answers, also `application/…+json`), text, XML, JavaScript. */
const COMPRESSIBLE_TYPE = /^(text\/|application\/([\w.+-]*\+)?(json|xml|javascript)\b)/i;

function encoder(encoding: ContentEncoding) {
  return encoding === 'br'
    ? createBrotliCompress({
        params: {
          [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          // A 256 KB window, not the default 4 MB: the encoder's native memory is per answer,
          // and 50 clients at once took the server's RSS 123–178 MB up with the default
          // (npm run load, issue 12).
          [constants.BROTLI_PARAM_LGWIN]: BROTLI_WINDOW_BITS,
        },
      })
    : createGzip({ level: GZIP_LEVEL });
}

/**
 * Reads the body until it is known to be more than MIN_COMPRESS_BYTES or has ended: fetch()
 * decoded it, so the upstream's Content-Length (if any) no longer says its size. Holds at most
 * the first chunk or two, never the whole body.
 */
async function peek(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const head: Uint8Array[] = [];
  let size = 0;
  while (size <= MIN_COMPRESS_BYTES) {
    const { done, value } = await reader.read();
    if (done) return { head, size, rest: null };
    head.push(value);
    size += value.byteLength;
  }
  const rest = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of head) controller.enqueue(chunk);
    },
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return { head, size, rest };
}

/**
 * The answer as the browser should get it: compressed when it accepts an encoding, the body is
 * text of more than MIN_COMPRESS_BYTES and nothing encoded it already; otherwise the same bytes,
 * with Vary wherever the choice depended on Accept-Encoding.
 */
export async function compressAnswer(request: Request, response: Response): Promise<Response> {
  const eligible =
    request.method !== 'HEAD' &&
    response.body !== null &&
    response.status !== 204 &&
    response.status !== 304 &&
    !response.headers.has('content-encoding') &&
    COMPRESSIBLE_TYPE.test(response.headers.get('content-type') ?? '');
  if (!eligible || !response.body) return response;
  const headers = new Headers(response.headers);
  headers.append('Vary', 'Accept-Encoding');
  const encoding = chooseEncoding(request.headers.get('accept-encoding'));
  if (!encoding) return new Response(response.body, { status: response.status, headers });
  const { head, size, rest } = await peek(response.body);
  if (!rest) {
    headers.set('Content-Length', String(size));
    return new Response(Buffer.concat(head), { status: response.status, headers });
  }
  headers.set('Content-Encoding', encoding);
  headers.delete('content-length');
  // A strong validator names one representation; the compressed one is another (RFC 9110 §8.8.1).
  const etag = headers.get('etag');
  if (etag && !etag.startsWith('W/')) headers.set('ETag', `W/${etag}`);
  const body = rest.pipeThrough(
    Duplex.toWeb(encoder(encoding)) as unknown as TransformStream<Uint8Array, Uint8Array>,
  );
  return new Response(body, { status: response.status, headers });
}
