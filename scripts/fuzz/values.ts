/**
 * The hostile values the fuzz draws from: strings (Unicode, control characters, markup,
 * injection), prototype names, numbers JSON.stringify cannot even write, ids that are not ids,
 * query values, regular expressions that backtrack for ever on a backtracking engine, and dates
 * that are not dates. Everything picked from these lists goes through the one seeded Rng.
 */
import { type JsonModel, Raw, Repeat, setKey } from './body';
import type { Rng } from './prng';

/** Names that are members of Object.prototype (or the prototype itself) on a plain object. */
export const PROTO_NAMES = [
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'toString',
  'valueOf',
  'prototype',
  'isPrototypeOf',
  '__defineGetter__',
] as const;

const ODD_STRINGS = [
  '',
  ' ',
  '   padded   ',
  '한글 인스턴스',
  'インスタンス',
  '😀🔥💥',
  '\u0000',
  'nul\u0000inside',
  '\u202eevil.exe',
  '\u200b\u200c\u200d',
  '\ud800',
  '\udfff\ud800',
  '\uffff\ufffe',
  'line\nbreak\r\n',
  'tab\there',
  '\u001b[31mred\u001b[0m',
  'e\u0301\u0301\u0301',
  '<script>alert(1)</script>',
  "' OR '1'='1",
  '"; DROP TABLE servers; --',
  '\u0024{jndi:ldap://127.0.0.1/x}',
  '{{7*7}}',
  '../../../etc/passwd',
  '..\\..\\windows',
  '%00',
  '%ZZ',
  '\\',
  '"',
  '/',
  '*',
  'null',
  'undefined',
  'NaN',
  'true',
  '[object Object]',
] as const;

/** Numbers, some only as JSON text (past 2^53, 1e400, -0). */
const ODD_NUMBERS: readonly JsonModel[] = [
  -1,
  0,
  new Raw('-0'),
  0.5,
  -2147483649,
  2147483648,
  4294967296,
  Number.MAX_SAFE_INTEGER,
  new Raw('9007199254740993'),
  new Raw('123456789012345678901234567890'),
  new Raw('1e400'),
  new Raw('-1e400'),
  1e308,
  5e-324,
  new Raw('1E2'),
  new Raw('0.0000001'),
  new Raw('1.0'),
];

/** Texts of numbers for query parameters and numeric fields sent as strings. */
const ODD_NUMBER_TEXTS = [
  '-1',
  '0',
  '-0',
  '1.5',
  '1e3',
  '1e309',
  '99999999999999999999',
  '9007199254740993',
  '0x10',
  '0b11',
  ' 5',
  '5 ',
  '+5',
  '05',
  'NaN',
  'Infinity',
  '-Infinity',
  '1,2',
  '١٢',
  '',
] as const;

/**
 * Patterns for `name=` filters: catastrophic backtracking on a backtracking engine, syntax RE2
 * refuses (lookaround, backreferences), malformed ones, and oversized repeats.
 */
export const REGEXES = [
  '(a+)+$',
  '(a|a)+$',
  '(a|aa)+b',
  '(.*a){20}',
  '(x+x+)+y',
  '^(([a-z])+.)+[A-Z]([a-z])+$',
  '(\\w+\\s?)+$',
  '[',
  '(',
  ')',
  '\\',
  '*',
  '+x',
  '?',
  'a**',
  '[z-a]',
  '(?<=a)b',
  '(?=web)',
  '(?!a)',
  '(a)\\1',
  '(?P<n>a)(?P=n)',
  'a{1001}',
  'a{1000}{1000}',
  '(a{999}){999}',
  '.{0,1000}',
  '((((((((((a))))))))))*',
  '(?i)WEB',
  '\\p{L}+',
  '\\pN',
  '\\x{110000}',
  '\\Q',
  '[^]',
  '.*',
  '^$',
  'web-0[',
  'web.*',
  'x(?#comment)',
  'a'.repeat(256),
  `(${'a|'.repeat(200)}a)`,
] as const;

/** Values for changes-since and other times. */
const ODD_DATES = [
  '2024-01-01T00:00:00',
  '2024-01-01T00:00:00Z',
  '2024-01-01T00:00:00.123456Z',
  '2024-01-01T09:00:00+09:00',
  '2024-01-01T00:00:00+25:00',
  '2024-13-45T99:99:99',
  '2024-02-30T00:00:00',
  '0000-01-01T00:00:00',
  '9999-12-31T23:59:59',
  '+275760-09-13T00:00:00Z',
  '-271821-04-20T00:00:00Z',
  '1970-01-01',
  '1700000000',
  'yesterday',
  'T',
  '2024-01-01T00:00:00.99999999999999999999Z',
  '',
] as const;

/** Path segments (percent-encoded already) that are not the id the path wants. */
export function badIdSegment(rng: Rng): string {
  const fixed = [
    '',
    '%20',
    '.',
    '..',
    '%2e%2e',
    '%2E',
    '%2F',
    'a%2Fb',
    '..%2F..%2F_emulator%2Freset',
    '%ZZ',
    '%',
    '%E0%A4%A',
    '%00',
    '%0A',
    '%0D%0A',
    '%ED%A0%80',
    '%FF%FE',
    '%C0%AE%C0%AE',
    pct('한글'),
    pct('😀'),
    pct('<script>'),
    pct("' OR 1=1"),
    ...PROTO_NAMES,
    '-1',
    '0',
    '99999999999999999999999',
    '1e309',
    'NaN',
    'null',
    'undefined',
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    'detail',
    'action',
    '*',
    '%2A',
  ];
  switch (rng.int(0, 9)) {
    case 0:
      return 'x'.repeat(rng.pick([256, 4096, 20_000]));
    case 1:
      // An id of the right shape that names nothing.
      return `${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}`;
    default:
      return rng.pick(fixed);
  }
}

/** A string field's value that is odd, huge or hostile. */
export function oddString(rng: Rng): JsonModel {
  switch (rng.int(0, 5)) {
    case 0:
      return new Repeat(
        rng.pick(['A', 'é', '😀', '\u0000', ' ']),
        rng.pick([256, 65_536, 300_000]),
      );
    case 1:
      return rng.pick(PROTO_NAMES);
    default:
      return rng.pick(ODD_STRINGS);
  }
}

/** Any JSON value of an unexpected kind for a field. */
export function oddValue(rng: Rng): JsonModel {
  switch (rng.int(0, 9)) {
    case 0:
    case 1:
      return oddString(rng);
    case 2:
    case 3:
      return rng.pick(ODD_NUMBERS);
    case 4:
      return rng.pick([true, false]);
    case 5:
      return null;
    case 6:
      return rng.pick<JsonModel>([[], [1, 2, 3], [[[]]], ['a'], [null], [{}]]);
    case 7: {
      const object: { [key: string]: JsonModel } = {};
      setKey(object, rng.pick(PROTO_NAMES), rng.pick<JsonModel>([{}, null, 'x', 1]));
      return object;
    }
    case 8:
      return rng.pick<JsonModel>([{}, { a: 1 }, { '': '' }]);
    default:
      return rng.pick(ODD_NUMBER_TEXTS);
  }
}

/** A query parameter's value that is odd (as text, not yet encoded). */
export function oddQueryValue(rng: Rng): string {
  switch (rng.int(0, 7)) {
    case 0:
      return rng.pick(ODD_NUMBER_TEXTS);
    case 1:
      return rng.pick(REGEXES);
    case 2:
      return rng.pick(ODD_DATES);
    case 3:
      return rng.pick(PROTO_NAMES);
    case 4:
      return 'q'.repeat(rng.pick([256, 2048, 8000]));
    default:
      return rng.pick(ODD_STRINGS);
  }
}

/**
 * Percent-encoding of the UTF-8 bytes (a lone surrogate becomes U+FFFD's bytes, where
 * encodeURIComponent would throw), leaving only RFC 3986's unreserved characters as they are.
 */
export function pct(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const ch = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(ch)
      ? ch
      : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
