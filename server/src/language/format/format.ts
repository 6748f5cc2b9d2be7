/**
 * The formatter: one canonical layout for an `.imr` letter. Labels get their canonical spelling, item
 * fields are indented two spaces and block text two more than its label, a guideline block with one
 * citation sits on the label's line, runs of blank lines shrink to one, and every disputed item and
 * every top-level prose section starts after a blank line. It keeps every word, every line break inside
 * prose and every comment. Idempotent.
 *
 * A letter with a structural syntax problem (a line that belongs to no field, an item field without an item)
 * is returned unchanged: moving lines that the parser could not place would change which block they fall
 * in, and so what the letter says. The caller says why (see `unformattableReason`).
 *
 * Whatever the layout rules, the result is parsed again and compared with the letter (meaning.ts): if a field,
 * an item, a citation, a comment or a word of prose would read differently, the letter is left unchanged and
 * `formatLetterResult` says why. Blanks are those of blanks.ts, as the parser reads them.
 */
import type { IToken } from 'chevrotain';
import type { FieldSpec } from '../syntax/fields';
import { fieldOfLabelToken, isNewlineToken, tokenize } from '../syntax/lexer';
import { parseLetter } from '../syntax/parse';
import type { Letter, Problem } from '../syntax/ast';
import { applyEdits } from '../text/edits';
import { trimBlanks, trimEndBlanks } from '../syntax/blanks';
import { meaningChange } from './meaning';

/** Problems that make a letter's structure uncertain, so formatting could change its meaning. */
const STRUCTURAL = new Set(['IMR000', 'IMR001', 'IMR002', 'IMR004']);

export function structuralProblems(letter: Letter): Problem[] {
  const runs = new Set((letter.misplacedProse ?? []).map((r) => `${r.range.start.line}:${r.range.start.character}`));
  // prose typed too shallow after its block can only be that block's text: the formatter indents it
  return letter.problems.filter((p) => STRUCTURAL.has(p.code) && !(p.code === 'IMR001' && runs.has(`${p.range.start.line}:${p.range.start.character}`)));
}

/** Why a letter is left as it is, or undefined when it can be formatted. */
export function unformattableReason(letter: Letter): string | undefined {
  const [first, ...rest] = structuralProblems(letter);
  if (!first) return undefined;
  return `line ${first.range.start.line + 1}: ${first.message}${rest.length ? ` (and ${rest.length} more)` : ''}`;
}

type OutLine = { text: string; blank?: false } | { blank: true };

function indentOf(spec: FieldSpec): string {
  return spec.scope === 'item' && spec.key !== 'item' ? '  ' : '';
}

/** Fields that open a visual section, so a blank line goes before them. */
function startsSection(spec: FieldSpec): boolean {
  return spec.key === 'item' || (spec.shape === 'prose' && spec.scope !== 'item');
}


/** The formatted text, or the text as it was and why it was left so. */
export interface FormatResult { text: string; unchanged?: string }

export function formatLetter(text: string, letter: Letter = parseLetter(text)): string {
  return formatLetterResult(text, letter).text;
}

export function formatLetterResult(text: string, letter: Letter = parseLetter(text)): FormatResult {
  const reason = unformattableReason(letter);
  if (reason) return { text, unchanged: `fix this first: ${reason}` };
  if (letter.misplacedProse?.length) {
    // prose typed too shallow is indented into its block first; the runs must read the same once indented
    const indented = applyEdits(text, letter.misplacedProse.flatMap((r) => r.fix.edits));
    const again = parseLetter(indented);
    if (again.misplacedProse?.length || unformattableReason(again)) return { text, unchanged: 'the lines typed too shallow could not be indented into their block unambiguously; left as written' };
    const result = formatLetterResult(indented, again);
    if (result.unchanged) return { text, unchanged: result.unchanged };
    const change = meaningChange(letter, parseLetter(result.text));
    return change ? { text, unchanged: `formatting would change what the letter says (${change}); left as written` } : result;
  }
  const formatted = layOut(text);
  if (formatted === text) return { text };
  const change = meaningChange(letter, parseLetter(formatted));
  if (change) return { text, unchanged: `formatting would change what the letter says (${change}); left as written` };
  return { text: formatted };
}

function layOut(text: string): string {
  const { tokens } = tokenize(text);
  const out: OutLine[] = [];
  const blank = () => out.push({ blank: true });
  const line = (s: string) => {
    const text = trimEndBlanks(s);
    out.push(text ? { text } : { blank: true });
  };
  let i = 0;
  let lineOpen = false; // a comment line was written and its newline not yet seen
  while (i < tokens.length) {
    const t = tokens[i];
    const name = t.tokenType.name;
    if (name === 'Newline') {
      if (lineOpen) lineOpen = false;
      else blank();
      i++;
      continue;
    }
    if (name === 'Comment') { line(t.image); lineOpen = true; i++; continue; }
    const spec = fieldOfLabelToken.get(t.tokenType);
    if (!spec) { i++; continue; }
    if (startsSection(spec)) {
      // comments right above a section belong to it: the blank line goes above them
      let at = out.length;
      while (at > 0 && !out[at - 1].blank && (out[at - 1] as { text: string }).text.startsWith('#')) at--;
      out.splice(at, 0, { blank: true });
    }
    const indent = indentOf(spec);
    const head = `${indent}${spec.label}:`;
    i++;
    // gather the field's own tokens up to the newline that ends it
    const body: IToken[] = [];
    while (i < tokens.length) {
      const b = tokens[i];
      const bn = b.tokenType.name;
      if (bn === 'Value' || bn === 'ProseText' || bn === 'CitationText' || bn === 'ProseContinue' || bn === 'CitationContinue' || bn === 'Comment') {
        body.push(b);
        i++;
        continue;
      }
      if (bn === 'ValueEnd' || bn === 'ProseEnd' || bn === 'CitationEnd') i++;
      break;
    }
    if (spec.shape === 'value') {
      const value = body.find((b) => b.tokenType.name === 'Value');
      const written = value ? trimBlanks(value.image) : '';
      line(written ? `${head} ${written}` : head);
      continue;
    }
    const blockIndent = `${indent}  `;
    // block lines: text lines, comment lines, and blank lines between them (never leading or trailing)
    const block: OutLine[] = [];
    let newlines = 0;
    for (const b of body) {
      if (isNewlineToken(b)) { newlines++; continue; }
      if (newlines >= 2 && block.length) block.push({ blank: true });
      newlines = 0;
      if (b.tokenType.name === 'Comment') block.push({ text: trimEndBlanks(b.image) });
      else block.push({ text: `${blockIndent}${trimBlanks(b.image)}` });
    }
    const texts = block.filter((l): l is { text: string } => !l.blank);
    const onlyOne = texts.length === 1 && !texts[0].text.startsWith('#');
    if (spec.shape === 'citations' && onlyOne) {
      line(`${head} ${trimBlanks(texts[0].text)}`);
      continue;
    }
    line(head);
    for (const l of block) out.push(l);
  }
  // collapse blank runs, drop leading and trailing blanks
  const lines: string[] = [];
  let pendingBlank = false;
  for (const l of out) {
    if (l.blank) { pendingBlank = lines.length > 0; continue; }
    if (pendingBlank) lines.push('');
    pendingBlank = false;
    lines.push(l.text);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
