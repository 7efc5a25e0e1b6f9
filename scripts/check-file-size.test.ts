import { describe, expect, it } from 'vitest';
import {
  firstComment,
  isChecked,
  LARGE_MARKER,
  largeReason,
  lineCount,
  MAX_LINES,
  sizeProblem,
} from './check-file-size';

const code = (lines: number) => Array.from({ length: lines }, (_, i) => `const a${i} = ${i};\n`);
const file = (head: string, lines: number) => head + code(lines - lineCount(head)).join('');

describe('isChecked', () => {
  it('checks the source under src/, server/, scripts/ and e2e/', () => {
    for (const path of [
      'src/features/overview/pages/overview-page.tsx',
      'server/emulator/seed.ts',
      'scripts/fuzz/generate.ts',
      'scripts/bench/floor/list.js',
      'e2e/pages/instances-page.ts',
      'e2e/fixtures.ts',
    ]) {
      expect(isChecked(path), path).toBe(true);
    }
  });

  it('leaves out tests, message catalogues, other folders and other kinds of file', () => {
    for (const path of [
      'src/api/http.test.ts',
      'src/features/instances/create/create-form.test.tsx',
      'e2e/volumes.spec.ts',
      'src/i18n/messages/en/create-instance.ts',
      'vite.config.ts',
      'docs/src/x.ts',
      'scripts/bench/floor/list.html',
      'src/app/styles/x.css',
      'README.md',
    ]) {
      expect(isChecked(path), path).toBe(false);
    }
  });
});

describe('lineCount', () => {
  it('counts lines as wc -l does, and a last line without a newline too', () => {
    expect(lineCount('')).toBe(0);
    expect(lineCount('a\n')).toBe(1);
    expect(lineCount('a\nb\n')).toBe(2);
    expect(lineCount('a\nb')).toBe(2);
    expect(lineCount('\n\n')).toBe(2);
  });
});

describe('firstComment', () => {
  it('reads a JSDoc block without its markers', () => {
    expect(firstComment('/**\n * One.\n * Two.\n */\nconst a = 1;\n')).toEqual([
      '',
      'One.',
      'Two.',
      '',
    ]);
  });

  it('reads a one-line block and a run of // lines', () => {
    expect(firstComment('/* One. */\nconst a = 1;\n')).toEqual(['One.']);
    expect(firstComment('// One.\n// Two.\nconst a = 1; // three\n// four\n')).toEqual([
      'One.',
      'Two.',
    ]);
  });

  it('finds the first comment after the imports, and only that one', () => {
    const text = "import { a } from './a';\n\n/** First. */\nexport const b = a;\n/** Second. */\n";
    expect(firstComment(text)).toEqual(['First.']);
  });

  it('is empty for a file without comments', () => {
    expect(firstComment('const a = "//";\n')).toEqual([]);
  });
});

describe('largeReason', () => {
  it('reads the reason from a line of the first comment that starts with the marker', () => {
    const text = `/**\n * The seed.\n *\n * ${LARGE_MARKER} one record per line of data.\n */\n`;
    expect(largeReason(text)).toBe('one record per line of data.');
    expect(largeReason(`// The seed.\n// ${LARGE_MARKER} data.\nconst a = 1;\n`)).toBe('data.');
  });

  it('gives nothing for a marker without a reason', () => {
    expect(largeReason(`/**\n * ${LARGE_MARKER}\n */\n`)).toBeNull();
    expect(largeReason(`/** ${LARGE_MARKER}   */\n`)).toBeNull();
  });

  it('gives nothing for a marker in the middle of a line or in a later comment', () => {
    expect(largeReason(`/** It is not ${LARGE_MARKER} data. */\n`)).toBeNull();
    expect(
      largeReason(`/** The seed. */\nconst a = 1;\n/** ${LARGE_MARKER} data. */\n`),
    ).toBeNull();
    expect(largeReason(`const a = '${LARGE_MARKER} data.';\n`)).toBeNull();
  });
});

describe('sizeProblem', () => {
  it(`accepts any file of at most ${MAX_LINES} lines`, () => {
    expect(sizeProblem('src/a.ts', file('/** A. */\n', MAX_LINES))).toBeNull();
    expect(sizeProblem('src/a.ts', file('', MAX_LINES))).toBeNull();
  });

  it(`refuses a file over ${MAX_LINES} lines whose first comment gives no reason`, () => {
    expect(sizeProblem('src/a.ts', file('/** A. */\n', MAX_LINES + 1))).toBe(
      `src/a.ts: ${MAX_LINES + 1} lines (over ${MAX_LINES}) and no "${LARGE_MARKER}" line in its first comment: split it, or say why it is large there.`,
    );
    expect(sizeProblem('src/a.ts', file('', 1000))).toMatch(/^src\/a\.ts: 1000 lines/);
    expect(sizeProblem('src/a.ts', file(`/** A.\n * ${LARGE_MARKER}\n */\n`, 400))).not.toBeNull();
  });

  it(`accepts a file over ${MAX_LINES} lines whose first comment says why`, () => {
    const head = `/**\n * The seed.\n * ${LARGE_MARKER} it is data, one record a line.\n */\n`;
    expect(sizeProblem('server/seed.ts', file(head, 1000))).toBeNull();
  });
});
