/**
 * What counts as a blank inside a line, for the lexer, the AST builder and the formatter alike: every
 * character JavaScript's `\s` matches except the line ends (\r, \n). So a no-break space (U+00A0) after a
 * label, a byte-order mark (U+FEFF), a line or paragraph separator (U+2028, U+2029) or a run of trailing
 * spaces is read the same way by the parser and written away the same way by the formatter: formatting
 * never changes what the parser reads, and formatting twice gives what formatting once gave.
 *
 * U+2028 and U+2029 are not line ends here: LSP and editors count lines by \r and \n only, and a letter's
 * line numbers must agree with the editor's.
 */

/** The blank characters, as the body of a regular expression character class. */
export const BLANK_CLASS = '\\t\\v\\f \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';

const BLANK = new RegExp(`[${BLANK_CLASS}]`);
const TRAILING = new RegExp(`[${BLANK_CLASS}]+$`);
const LEADING = new RegExp(`^[${BLANK_CLASS}]+`);

export function isBlank(code: number): boolean {
  if (code === 32 || code === 9) return true; // the usual case, without a regular expression
  if (code < 0x0b || (code > 0x0c && code < 0xa0)) return false;
  return BLANK.test(String.fromCharCode(code));
}

export function trimEndBlanks(s: string): string {
  return s.replace(TRAILING, '');
}

export function trimBlanks(s: string): string {
  return s.replace(LEADING, '').replace(TRAILING, '');
}
