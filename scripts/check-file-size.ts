/**
 * `npm run lint`'s size check (issue 11, "Small pages"): a source file over MAX_LINES lines fails
 * unless its first comment says why it is large, on a line of that comment that starts with
 * `Large because:` followed by the reason (the lines after it may go on with the reason).
 * Source files: .ts, .tsx, .js and .mjs under src/, server/, scripts/ and e2e/ that git tracks or
 * would track (untracked files count, ignored ones do not). Not checked: tests (*.test.ts(x), the
 * browser tests' *.spec.ts), whose length follows the behaviour they cover, and the i18n message
 * catalogues (src/i18n/messages/), one key per line in the namespace of the page they serve.
 *
 * Usage: `tsx scripts/check-file-size.ts` (exits 1 and names each file that fails).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const MAX_LINES = 300;
export const LARGE_MARKER = 'Large because:';

const REPO = fileURLToPath(new URL('..', import.meta.url));

const CHECKED_DIRS = ['src', 'server', 'scripts', 'e2e'];
const SOURCE = /\.(ts|tsx|js|mjs)$/;
const NOT_CHECKED = [/\.test\.tsx?$/, /\.spec\.ts$/, /^src\/i18n\/messages\//];

/** Whether the size check applies to this repository-relative path (forward slashes). */
export function isChecked(path: string): boolean {
  return (
    CHECKED_DIRS.some((dir) => path.startsWith(`${dir}/`)) &&
    SOURCE.test(path) &&
    !NOT_CHECKED.some((pattern) => pattern.test(path))
  );
}

/** Lines as `wc -l` and an editor count them: a last line without a newline still counts. */
export function lineCount(text: string): number {
  if (text === '') return 0;
  const newlines = text.split('\n').length - 1;
  return text.endsWith('\n') ? newlines : newlines + 1;
}

/**
 * The text of the file's first comment, line by line without its `/*`, `*`, `*\/` or `//`: a
 * block comment, or a run of `//` lines, whichever comes first at the start of a line.
 */
export function firstComment(text: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => /^\s*(\/\/|\/\*)/.test(line));
  if (start < 0) return [];
  const first = lines[start]?.trim() ?? '';
  if (first.startsWith('//')) {
    const run: string[] = [];
    for (const line of lines.slice(start)) {
      const trimmed = line.trim();
      if (!trimmed.startsWith('//')) break;
      run.push(trimmed.replace(/^\/\/+\s?/, ''));
    }
    return run;
  }
  const block: string[] = [];
  for (const line of lines.slice(start)) {
    const ends = line.includes('*/');
    const body = ends ? line.slice(0, line.indexOf('*/')) : line;
    block.push(
      body
        .trim()
        .replace(/^\/\*+\s?/, '')
        .replace(/^\*\s?/, '')
        .trim(),
    );
    if (ends) break;
  }
  return block;
}

/** The reason the file's first comment gives for its size, or null when it gives none. */
export function largeReason(text: string): string | null {
  for (const line of firstComment(text)) {
    if (!line.startsWith(LARGE_MARKER)) continue;
    const reason = line.slice(LARGE_MARKER.length).trim();
    return reason === '' ? null : reason;
  }
  return null;
}

/** What is wrong with this file's size, or null when nothing is. */
export function sizeProblem(path: string, text: string): string | null {
  const lines = lineCount(text);
  if (lines <= MAX_LINES || largeReason(text) !== null) return null;
  return `${path}: ${lines} lines (over ${MAX_LINES}) and no "${LARGE_MARKER}" line in its first comment: split it, or say why it is large there.`;
}

/** The files git tracks or would track under the checked folders (deleted ones left out). */
function sourceFiles(): string[] {
  const listed = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '--', ...CHECKED_DIRS],
    { cwd: REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return [...new Set(listed.split('\n'))].filter(
    (path) => isChecked(path) && existsSync(join(REPO, path)),
  );
}

function main(): void {
  const problems = sourceFiles()
    .map((path) => sizeProblem(path, readFileSync(join(REPO, path), 'utf8')))
    .filter((problem) => problem !== null);
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) {
    console.error(`${problems.length} file(s) too large without a stated reason.`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
