import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { precompressDir } from './precompress';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'precompress-'));
  mkdirSync(join(dir, 'assets'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const css = '.row { color: var(--mantine-color-text); padding: 4px 8px; }\n'.repeat(200);

describe('precompressDir (the build step behind server/serve.ts)', () => {
  it('writes brotli and gzip copies of text files, in folders too, that decompress to the file', async () => {
    writeFileSync(join(dir, 'assets', 'index-Wi9mkxjU.css'), css);
    writeFileSync(join(dir, 'index.html'), `<!doctype html>${'<p>row</p>'.repeat(100)}`);
    const result = await precompressDir(dir);
    expect(result.files).toBe(2);
    const file = join(dir, 'assets', 'index-Wi9mkxjU.css');
    const br = readFileSync(`${file}.br`);
    expect(br.length).toBeLessThan(css.length / 10);
    expect(brotliDecompressSync(br).toString()).toBe(css);
    expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(css);
    expect(existsSync(join(dir, 'index.html.br'))).toBe(true);
    expect(result.brotliBytes).toBeLessThan(result.bytes);
  });

  it('leaves images and fonts alone, and writes no copy that is not smaller', async () => {
    writeFileSync(join(dir, 'assets', 'logo-Ab12Cd34.png'), css);
    writeFileSync(join(dir, 'assets', 'tiny-Ab12Cd34.js'), 'a()');
    await precompressDir(dir);
    expect(existsSync(join(dir, 'assets', 'logo-Ab12Cd34.png.br'))).toBe(false);
    expect(existsSync(join(dir, 'assets', 'tiny-Ab12Cd34.js.br'))).toBe(false);
    expect(existsSync(join(dir, 'assets', 'tiny-Ab12Cd34.js.gz'))).toBe(false);
  });

  it('removes a copy left by an earlier build whose file no longer compresses', async () => {
    const file = join(dir, 'favicon.svg');
    writeFileSync(`${file}.br`, 'an older favicon');
    writeFileSync(file, '<svg/>');
    await precompressDir(dir);
    expect(existsSync(`${file}.br`)).toBe(false);
    // Running it again compresses nothing twice (no .br.br).
    writeFileSync(join(dir, 'app.js'), css);
    await precompressDir(dir);
    await precompressDir(dir);
    expect(existsSync(join(dir, 'app.js.br.br'))).toBe(false);
    expect(existsSync(join(dir, 'app.js.br'))).toBe(true);
  });
});
