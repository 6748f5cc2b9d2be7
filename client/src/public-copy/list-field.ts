/**
 * Where a phrase goes when the user marks it in the review: the letter's `Redact:` or `Keep:` field, a `;`-separated
 * list on one line (docs/language.md, section 6). No `vscode` here, so it is tested as plain text.
 */

/** The letter-level list field (`Redact:` or `Keep:`) with the phrase added: appended to the line, or a new line. */
export function addToList(text: string, label: string, phrase: string): { line: number; character: number; insert: string } {
  const lines = text.split(/\r?\n/);
  const field = new RegExp(`^${label}[ \\t]*:`, 'i');
  const at = lines.findIndex((l) => field.test(l));
  if (at >= 0) {
    const current = lines[at].replace(/\s+$/, '');
    const empty = /:\s*$/.test(current);
    return { line: at, character: current.length, insert: `${empty ? ' ' : '; '}${phrase}` };
  }
  // a new line among the letter-level fields: before the case summary, or else before the first item
  let before = lines.findIndex((l) => /^(?:Clinical Case Summary|Summary|Case Summary)[ \t]*:/i.test(l));
  if (before < 0) before = lines.findIndex((l) => /^(?:Disputed )?Item[ \t]*:/i.test(l));
  if (before >= 0) return { line: before, character: 0, insert: `${label}: ${phrase}\n` };
  // else at the end, on a line of its own
  const last = lines.length - 1;
  return lines[last] ? { line: last, character: lines[last].length, insert: `\n${label}: ${phrase}` } : { line: last, character: 0, insert: `${label}: ${phrase}\n` };
}

