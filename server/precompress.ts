/**
 * Precompression at build time (issue 10, "a light first load"): every text file of the build gets
 * a brotli copy (`.br`) and a gzip copy (`.gz`) next to it, so the production server
 * (server/serve.ts) sends compressed bytes without compressing on each request. Done with
 * node:zlib at the strongest settings: the cost is paid once per build, not per visitor.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

/** The encodings the server can send, best first (br is smaller than gzip), and their file suffixes. */
export const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;
export type Encoding = (typeof ENCODINGS)[number]['name'];

/** Text formats: images such as PNG and fonts such as WOFF2 are compressed already. */
const COMPRESSIBLE = new Set([
  '.js',
  '.mjs',
  '.css',
  '.html',
  '.svg',
  '.json',
  '.webmanifest',
  '.txt',
  '.xml',
  '.map',
  '.ico',
]);

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

function compress(encoding: Encoding, bytes: Buffer): Promise<Buffer> {
  return encoding === 'br'
    ? brotli(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      })
    : gz(bytes, { level: constants.Z_BEST_COMPRESSION });
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

export interface PrecompressResult {
  /** Files that got compressed copies. */
  files: number;
  /** Their size, and the size of their brotli copies (the original where a copy was not smaller). */
  bytes: number;
  brotliBytes: number;
}

/**
 * Writes `<file>.br` and `<file>.gz` for each compressible file under `dir`; a copy that would not
 * be smaller than the file is not written (the server then sends the file as it is).
 */
export async function precompressDir(dir: string): Promise<PrecompressResult> {
  const files = (await filesUnder(dir)).filter((f) => COMPRESSIBLE.has(extname(f).toLowerCase()));
  const result: PrecompressResult = { files: files.length, bytes: 0, brotliBytes: 0 };
  // zlib's async calls run on libuv's thread pool: all files at once use every core.
  await Promise.all(
    files.map(async (file) => {
      const bytes = await readFile(file);
      result.bytes += bytes.length;
      for (const { name, suffix } of ENCODINGS) {
        const packed = await compress(name, bytes);
        const kept = packed.length < bytes.length;
        // A copy left from an earlier build into the same folder must not outlive its file.
        await (kept ? writeFile(file + suffix, packed) : rm(file + suffix, { force: true }));
        if (name === 'br') result.brotliBytes += kept ? packed.length : bytes.length;
      }
    }),
  );
  return result;
}

/** Vite plugin: precompresses the build's output directory once the bundle is written. */
export function precompressPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'console:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const { files, bytes, brotliBytes } = await precompressDir(outDir);
      const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
      this.info(`precompressed ${files} files: ${kb(bytes)} → ${kb(brotliBytes)} with brotli`);
    },
  };
}
