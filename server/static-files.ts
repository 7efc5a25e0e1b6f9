/**
 * The built files as `npm run serve` sends them (issue 10, "a light first load"): the best
 * precompressed copy the browser accepts (server/precompress.ts), hashed /assets/* kept for a
 * year, everything else revalidated, with a weak ETag per encoding and a 304 when it still holds.
 */
import { readFile, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { Context } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import { ENCODINGS, type Encoding } from './precompress';
import { chooseEncoding } from './proxy/compress';

/** Vite names every file under /assets/ by its content's hash: it never changes under that name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The shell and the other unhashed files: kept, but asked again (a 304 when unchanged). */
export const REVALIDATE = 'no-cache';

export const fileSize = async (path: string) => {
  const stats = await stat(path).catch(() => null);
  return stats?.isFile() ? stats : null;
};

/** The request's path as a file under root, or null for anything that could leave it. */
export function fileUnder(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  // No dot segments or dotfiles, no backslashes or NULs: only names a build writes.
  if (/\\|\0/.test(path) || path.split('/').some((s) => s.startsWith('.'))) return null;
  const file = join(root, path === '/' ? 'index.html' : path);
  return file.startsWith(root + sep) ? file : null;
}

/** Sends one built file, in the encoding the browser prefers; null when there is no such file. */
export async function sendFile(c: Context, file: string, cacheControl: string) {
  const original = await fileSize(file);
  if (!original) return null;
  const available: Encoding[] = [];
  for (const { name, suffix } of ENCODINGS) if (await fileSize(file + suffix)) available.push(name);
  const encoding = chooseEncoding(c.req.header('Accept-Encoding'), available);
  const path = encoding ? file + ENCODINGS.find((e) => e.name === encoding)?.suffix : file;
  const stats = (encoding && (await fileSize(path))) || original;
  const etag = `W/"${encoding ?? 'identity'}-${stats.size.toString(36)}-${Math.trunc(stats.mtimeMs).toString(36)}"`;

  c.header('Content-Type', getMimeType(file) ?? 'application/octet-stream');
  c.header('Cache-Control', cacheControl);
  c.header('ETag', etag);
  // A hashed asset is never revalidated (immutable); its ETag is enough if a client asks anyway.
  if (cacheControl !== IMMUTABLE) c.header('Last-Modified', stats.mtime.toUTCString());
  // Caches must keep one copy per encoding wherever the answer depends on Accept-Encoding.
  if (available.length > 0) c.header('Vary', 'Accept-Encoding');
  if (encoding) c.header('Content-Encoding', encoding);
  if (holdsAlready(c, etag)) return c.body(null, 304);
  const bytes = await readFile(path);
  c.header('Content-Length', String(bytes.length));
  return c.body(bytes, 200);
}

/** Whether the browser asks with this ETag: it holds these bytes already (a 304). */
export function holdsAlready(c: Context, etag: string): boolean {
  return (
    c.req
      .header('If-None-Match')
      ?.split(/\s*,\s*/)
      .includes(etag) ?? false
  );
}
