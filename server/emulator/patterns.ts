/**
 * Regular expressions that come from requests (the server list's `name` filter, the control
 * API's fault paths) run on RE2 (the `re2js` port), whose matching time is linear in the length
 * of the text, never on JavaScript's backtracking engine: there, a pattern such as `(a+)+$`
 * against a long name takes exponential time, and the emulator answers one request at a time
 * on one thread, so one such request would stall every tenant (issue 12).
 *
 * RE2's syntax is Perl's without backreferences and lookaround (the features that need
 * backtracking); a pattern that uses them, or that is malformed, is refused when compiled.
 */
import { RE2JS } from 're2js';

/**
 * The largest compiled program accepted, in RE2 instructions (RE2 itself refuses repeat counts
 * above 1000). Matching costs time in proportion to the program times the text, so this bounds
 * the cost per name: a literal name of 255 characters compiles to about 255, a counted repeat
 * such as `.{0,1000}` to about 2000.
 */
export const MAX_PROGRAM_SIZE = 1000;

/** A pattern RE2 could not compile, or one too large; the message says which and why. */
export class PatternError extends Error {}

export interface LinearPattern {
  /** Whether the pattern matches somewhere in `text` (as RegExp.prototype.test does). */
  test(text: string): boolean;
}

/**
 * `source` compiled by RE2, or a PatternError that names the problem. Unanchored search, as
 * RegExp.prototype.test: `^` and `$` anchor to the start and end of the text.
 */
export function linearPattern(
  source: string,
  options: { caseInsensitive?: boolean } = {},
): LinearPattern {
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(source, options.caseInsensitive ? RE2JS.CASE_INSENSITIVE : 0);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new PatternError(
      `${message} (patterns use RE2 syntax: no backreferences, lookahead or lookbehind)`,
    );
  }
  if (compiled.programSize() > MAX_PROGRAM_SIZE) {
    throw new PatternError(
      `expression too large (${compiled.programSize()} RE2 instructions; at most ${MAX_PROGRAM_SIZE})`,
    );
  }
  return { test: (text) => compiled.test(text) };
}
