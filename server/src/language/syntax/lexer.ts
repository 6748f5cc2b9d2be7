/**
 * The `.imr` lexer. The language is line-oriented: every line is a field label with its value, a
 * comment, a blank line, or a continuation of the prose or citation block opened by the field above it.
 * Four lexer modes keep prose from being read as structure:
 *   structure  - the start of a line: labels, comments, anything else as a stray line;
 *   value      - the rest of a `Label: value` line;
 *   prose      - a prose block (summary, rationale), until a line indented no deeper than its label;
 *   citations  - a guideline block, one citation a line, with the same end rule, and ending also at any line
 *                that starts with a field label.
 */
// types only: the scan below needs nothing of chevrotain at run time (see `tokenType`)
import type { CustomPatternMatcherReturn, IToken, Lexer, TokenType } from 'chevrotain';
import { BLANK_CLASS, isBlank } from './blanks';
import { FIELDS, type FieldSpec } from './fields';
import { misspeltField } from './label-spelling';

/** Indentation of the label line that opened the current prose or citation block. */
let blockIndent = 0;

function isLineStart(text: string, offset: number): boolean {
  const previous = text.charCodeAt(offset - 1);
  // a byte-order mark (files saved by some Windows editors) stands before the first line's first column
  return offset === 0 || previous === 10 || previous === 13 || (offset === 1 && previous === 0xfeff);
}

/** Width of the blanks a line starts with (see blanks.ts); a tab counts as four columns, any other blank one. */
export function indentWidth(text: string, lineStart: number): number {
  let width = 0;
  for (let i = lineStart; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 9) width += 4;
    else if (isBlank(c)) width += 1;
    else break;
  }
  return width;
}

function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) i--;
  return i;
}

function onlySpaceBefore(text: string, lineStart: number, offset: number): boolean {
  for (let i = lineStart; i < offset; i++) {
    if (!isBlank(text.charCodeAt(i))) return false;
  }
  return true;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `Date of Injury` -> /Date[ ]+of[ ]+Injury[ ]*:/iy : any case, any run of blanks (blanks.ts) between words. */
function labelRegExp(spellings: string[]): RegExp {
  const blanks = `[${BLANK_CLASS}]`;
  const alternatives = [...spellings]
    .sort((a, b) => b.length - a.length)
    .map((s) => s.trim().split(/\s+/).map(escapeRegExp).join(`${blanks}+`));
  return new RegExp(`(?:${alternatives.join('|')})${blanks}*:`, 'iy');
}

function startChars(spellings: string[]): string[] {
  const chars = new Set<string>();
  for (const s of spellings) {
    chars.add(s[0].toLowerCase());
    chars.add(s[0].toUpperCase());
  }
  return [...chars];
}

/**
 * A token type of the letter: the properties chevrotain's `createToken` gives a type from its configuration, which
 * chevrotain's lexer and parser read, and `index`, its place among the letter's token types, which the builder
 * reads. Made here, not by `createToken`, so that nothing that only scans (the server, the CLI, the web worker) loads
 * chevrotain: its lexer (chevrotain-lexer.ts) adds its own properties (`tokenTypeIdx`, category matches) to these
 * same objects when it is made, as it does to any token type it is given; parser.ts makes it before the parser.
 */
export interface LetterTokenType extends TokenType {
  readonly index: number;
}

interface TokenConfig {
  categories?: LetterTokenType;
  pattern?: RegExp | ((text: string, offset: number) => CustomPatternMatcherReturn | null);
  push_mode?: string;
  pop_mode?: boolean;
  line_breaks?: boolean;
  start_chars_hint?: (string | number)[];
}

let tokenTypesMade = 0;

function tokenType(name: string, config: TokenConfig = {}): LetterTokenType {
  const type: LetterTokenType = { name, index: tokenTypesMade++ };
  if (config.pattern) type.PATTERN = config.pattern;
  if (config.categories) type.CATEGORIES = [config.categories];
  if (config.push_mode) type.PUSH_MODE = config.push_mode;
  if (config.pop_mode) type.POP_MODE = true;
  if (config.line_breaks !== undefined) type.LINE_BREAKS = config.line_breaks;
  if (config.start_chars_hint) type.START_CHARS_HINT = config.start_chars_hint;
  return type;
}

/** The categories of label (no pattern of their own: no mode lists them). */
const ValueLabel = tokenType('ValueLabel');
const ProseLabel = tokenType('ProseLabel');
const CitationLabel = tokenType('CitationLabel');

function labelToken(spec: FieldSpec): LetterTokenType {
  const spellings = [spec.label, ...spec.aliases];
  const re = labelRegExp(spellings);
  const opensBlock = spec.shape !== 'value';
  return tokenType(`Label_${spec.key}`, {
    categories: spec.shape === 'value' ? ValueLabel : spec.shape === 'prose' ? ProseLabel : CitationLabel,
    push_mode: spec.shape === 'value' ? 'value' : spec.shape,
    start_chars_hint: startChars(spellings),
    line_breaks: false,
    pattern: (text: string, offset: number): CustomPatternMatcherReturn | null => {
      const lineStart = lineStartOf(text, offset);
      if (!onlySpaceBefore(text, lineStart, offset)) return null;
      re.lastIndex = offset;
      const m = re.exec(text);
      if (!m) return null;
      if (opensBlock) blockIndent = indentWidth(text, lineStart);
      return [m[0]] as CustomPatternMatcherReturn;
    },
  });
}

export const labelTokens: readonly LetterTokenType[] = FIELDS.map(labelToken);

/** Label-like words at the start of a line: what a misspelt label looks like. */
const LABEL_LIKE = /([A-Za-z][A-Za-z ()/'-]{0,40}):/y;
const LETTERS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'];
/** The last line start looked at for a misspelt label, so the per-field tokens below read it once. */
let misspeltAt: { text: string; offset: number; key?: string; image?: string } = { text: '', offset: -1 };

function misspeltLabelAt(text: string, offset: number): { key?: string; image?: string } {
  if (misspeltAt.offset === offset && misspeltAt.text === text) return misspeltAt;
  misspeltAt = { text, offset };
  const lineStart = lineStartOf(text, offset);
  if (!onlySpaceBefore(text, lineStart, offset)) return misspeltAt;
  LABEL_LIKE.lastIndex = offset;
  const m = LABEL_LIKE.exec(text);
  const meant = m ? misspeltField(m[1]) : undefined;
  if (m && meant) misspeltAt = { text, offset, key: meant.spec.key, image: m[0] };
  return misspeltAt;
}

/**
 * A misspelt label read as the one field it clearly means (see label-spelling.ts): the same category and mode
 * as that field's label, so the lines under it keep their meaning; the builder reports the spelling.
 */
function misspeltLabelToken(spec: FieldSpec): LetterTokenType {
  const opensBlock = spec.shape !== 'value';
  return tokenType(`Misspelt_${spec.key}`, {
    categories: spec.shape === 'value' ? ValueLabel : spec.shape === 'prose' ? ProseLabel : CitationLabel,
    push_mode: spec.shape === 'value' ? 'value' : spec.shape,
    start_chars_hint: LETTERS,
    line_breaks: false,
    pattern: (text: string, offset: number): CustomPatternMatcherReturn | null => {
      const found = misspeltLabelAt(text, offset);
      if (found.key !== spec.key || !found.image) return null;
      if (opensBlock) blockIndent = indentWidth(text, lineStartOf(text, offset));
      return [found.image] as CustomPatternMatcherReturn;
    },
  });
}

export const misspeltLabelTokens: readonly LetterTokenType[] = FIELDS.map(misspeltLabelToken);

/** Any field label at the start of a line: ends a citation block even when indented deeper. */
const ANY_LABEL = labelRegExp(FIELDS.flatMap((f) => [f.label, ...f.aliases]));
export const fieldOfLabelToken: ReadonlyMap<TokenType, FieldSpec> = new Map([
  ...labelTokens.map((t, i) => [t, FIELDS[i]] as const), ...misspeltLabelTokens.map((t, i) => [t, FIELDS[i]] as const),
]);

const NEWLINE = /\r\n|\r|\n/y;

export const Newline = tokenType('Newline', { pattern: /\r\n|\r|\n/, line_breaks: true });
export const ValueEnd = tokenType('ValueEnd', { pattern: /\r\n|\r|\n/, line_breaks: true, pop_mode: true });
/**
 * Blanks (blanks.ts): a byte-order mark, a no-break space or a line separator counts as one. The scan skips them,
 * and so does chevrotain's lexer, where chevrotain-lexer.ts puts them in a skipped group.
 */
export const Whitespace = tokenType('Whitespace', { pattern: new RegExp(`[${BLANK_CLASS}]+`) });
export const Comment = tokenType('Comment', {
  start_chars_hint: ['#'],
  line_breaks: false,
  pattern: (text: string, offset: number): CustomPatternMatcherReturn | null => {
    if (text.charCodeAt(offset) !== 35 || !isLineStart(text, offset)) return null;
    let end = offset;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    return [text.slice(offset, end)] as CustomPatternMatcherReturn;
  },
});
/** A line in structure mode that is no field: reported by the AST builder, kept by the formatter. */
/**
 * The characters a rest-of-line token can start with: all but line breaks. chevrotain cannot work this out from
 * a complement set, and without it every mode loses its first-character optimisation: at each line start every
 * label's pattern would be tried in turn instead of only those starting with that character. chevrotain files
 * characters above 255 in ranges of 255, so one character of every 128 stands for them all (listing all 65,534
 * would cost milliseconds at start-up); the lexer tests feed every UTF-16 code unit through to prove it.
 */
const ANY_BUT_LINE_BREAK: number[] = [];
for (let c = 0; c < 256; c++) if (c !== 10 && c !== 13) ANY_BUT_LINE_BREAK.push(c);
for (let c = 256; c <= 0xffff; c += 128) ANY_BUT_LINE_BREAK.push(c);
ANY_BUT_LINE_BREAK.push(0xffff);

function restOfLine(name: string): LetterTokenType {
  return tokenType(name, { pattern: /[^\r\n]+/, start_chars_hint: ANY_BUT_LINE_BREAK });
}

export const Stray = restOfLine('Stray');
export const Value = restOfLine('Value');

/**
 * Does the line after the newline at `offset` continue the open block? It does when it is blank, a
 * comment, or indented deeper than the block's label; blank lines only continue it when a deeper line
 * follows them, so trailing blank lines close the block and the formatter can own them. A citation block
 * also ends at a line that starts with a field label, since no citation does.
 */
/**
 * The last answer and the stretch it holds for: every newline in a run of blank or comment lines gets the
 * same answer (the line after the run decides), so a long run is scanned once, not once per line.
 */
const lastAnswer = { from: -1, until: -1, indent: -1, labelEnds: false, continues: false };
/** Where the last scan decided (the start of the line that decided it), set by `scanBlockContinues`. */
let decidedAt = 0;

function blockContinues(text: string, newlineEnd: number, labelEnds: boolean): boolean {
  const a = lastAnswer;
  if (newlineEnd >= a.from && newlineEnd <= a.until && a.indent === blockIndent && a.labelEnds === labelEnds) return a.continues;
  const continues = scanBlockContinues(text, newlineEnd, labelEnds);
  // changed in place: this runs at every line of every block
  a.from = newlineEnd;
  a.until = decidedAt;
  a.indent = blockIndent;
  a.labelEnds = labelEnds;
  a.continues = continues;
  return continues;
}

function scanBlockContinues(text: string, newlineEnd: number, labelEnds: boolean): boolean {
  decidedAt = newlineEnd;
  let lineStart = newlineEnd;
  while (lineStart < text.length) {
    const width = indentWidth(text, lineStart);
    let i = lineStart;
    while (i < text.length && isBlank(text.charCodeAt(i))) i++;
    const c = i < text.length ? text.charCodeAt(i) : -1;
    const blank = c === -1 || c === 10 || c === 13;
    decidedAt = lineStart;
    if (c === -1) return false;
    if (!blank) {
      if (c === 35 && i === lineStart) {
        // a column-0 comment inside a block: look past it
      } else {
        if (width <= blockIndent) return false;
        if (!labelEnds) return true;
        ANY_LABEL.lastIndex = i;
        return !ANY_LABEL.test(text);
      }
    }
    while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
    NEWLINE.lastIndex = i;
    const nl = NEWLINE.exec(text);
    if (!nl) return false;
    lineStart = i + nl[0].length;
  }
  return false;
}

// One match for each line break, made once: chevrotain reads the image from it and keeps nothing else, and this
// pattern runs at every line of every block
const LF = ['\n'] as CustomPatternMatcherReturn;
const CR = ['\r'] as CustomPatternMatcherReturn;
const CRLF = ['\r\n'] as CustomPatternMatcherReturn;

/** The line break at `offset` (\r\n, \r or \n, as NEWLINE matches), or undefined. */
function lineBreakAt(text: string, offset: number): CustomPatternMatcherReturn | undefined {
  const c = text.charCodeAt(offset);
  if (c === 10) return LF;
  if (c === 13) return text.charCodeAt(offset + 1) === 10 ? CRLF : CR;
  return undefined;
}

function continuationNewline(name: string, labelEnds: boolean): LetterTokenType {
  return tokenType(name, {
    line_breaks: true,
    start_chars_hint: ['\n', '\r'],
    pattern: (text: string, offset: number): CustomPatternMatcherReturn | null => {
      const image = lineBreakAt(text, offset);
      if (!image) return null;
      return blockContinues(text, offset + image[0].length, labelEnds) ? image : null;
    },
  });
}

export const ProseContinue = continuationNewline('ProseContinue', false);
export const ProseEnd = tokenType('ProseEnd', { pattern: /\r\n|\r|\n/, line_breaks: true, pop_mode: true });
export const ProseText = restOfLine('ProseText');
export const CitationContinue = continuationNewline('CitationContinue', true);
export const CitationEnd = tokenType('CitationEnd', { pattern: /\r\n|\r|\n/, line_breaks: true, pop_mode: true });
export const CitationText = restOfLine('CitationText');

export const allTokens: LetterTokenType[] = [
  ValueLabel, ProseLabel, CitationLabel, ...labelTokens, ...misspeltLabelTokens,
  Newline, ValueEnd, Whitespace, Comment, Stray, Value,
  ProseContinue, ProseEnd, ProseText, CitationContinue, CitationEnd, CitationText,
];

/** The tokens each mode tries, in order: what chevrotain's lexer is made of (chevrotain-lexer.ts). */
export const LEXER_MODES = {
  defaultMode: 'structure',
  modes: {
    structure: [Newline, Whitespace, Comment, ...labelTokens, ...misspeltLabelTokens, Stray],
    value: [ValueEnd, Whitespace, Value],
    prose: [ProseContinue, ProseEnd, Whitespace, Comment, ProseText],
    citations: [CitationContinue, CitationEnd, Whitespace, Comment, CitationText],
  },
};

/** A token that is a line break (of any of the modes' newline kinds). */
export function isNewlineToken(t: IToken): boolean {
  const c = t.image.charCodeAt(0);
  return c === 10 || c === 13;
}

export interface LexResult {
  tokens: IToken[];
  errors: { offset: number; line: number; column: number; length: number; message: string }[];
}

/** The scanner's state between letters: set afresh before each scan. */
function resetScan(): void {
  blockIndent = 0;
  misspeltAt = { text: '', offset: -1 };
  Object.assign(lastAnswer, { from: -1, until: -1, indent: -1, labelEnds: false, continues: false });
}

export function tokenize(text: string, using?: Lexer): LexResult {
  resetScan();
  if (!using) return { tokens: scanTokens(text, undefined), errors: [] };
  const result = using.tokenize(text);
  return {
    tokens: result.tokens,
    errors: result.errors.map((e) => ({
      offset: e.offset, line: e.line ?? 1, column: e.column ?? 1, length: e.length, message: e.message,
    })),
  };
}

/**
 * The tokens of `text` from the scanner below, and where each of its lines starts (the offsets `LineIndex.of` finds):
 * every line break is a token of its own, so the scan finds them all, and a parse need not search for them again.
 */
export function tokenizeWithLines(text: string): { tokens: IToken[]; lineStarts: Uint32Array } {
  resetScan();
  const starts = [0];
  const tokens = scanTokens(text, starts);
  return { tokens, lineStarts: Uint32Array.from(starts) };
}

/** The scanner's tokens as chevrotain's lexer makes them (what the formatter, the tests and the plain parse read). */
function scanTokens(text: string, lineStarts: number[] | undefined): IToken[] {
  const tokens: IToken[] = [];
  scan(text, {
    token(_kind, type, image, startOffset, startLine, startColumn) {
      tokens.push({ image, startOffset, startLine, startColumn, tokenTypeIdx: type.tokenTypeIdx as number, tokenType: type });
    },
  }, lineStarts);
  return tokens;
}

/**
 * What a token is to the parser, told with each token the scan hands on, so that a reader of the scan can group
 * fields without looking its type up: these follow from the mode it was scanned in (see `scan`).
 */
export const enum TokenKind {
  /** a line break between fields (Newline) */
  Newline,
  /** a comment, between fields or inside a prose or citation block */
  Comment,
  /** a line that is no field (Stray) */
  Stray,
  /** a field label, spelt or misspelt: opens the field's mode */
  Label,
  /** the rest of a line inside a field: Value, ProseText, CitationText */
  Text,
  /** a line break that continues a prose or citation block */
  Continue,
  /** a line break that ends a field's mode: ValueEnd, ProseEnd, CitationEnd */
  End,
}

/** Where the scan hands each token, in document order (line and column 1-based, as chevrotain counts). */
export interface ScanSink {
  token(kind: TokenKind, type: LetterTokenType, image: string, offset: number, line: number, column: number): void;
}

/**
 * Scans `text` into `sink` (`scan` below), with the scanner's state set afresh: the parser reads the tokens as they
 * are scanned, with no token objects. `lineStarts` ([0] when given) gets the offset each further line starts at.
 */
export function scanInto(text: string, sink: ScanSink, lineStarts?: number[]): void {
  resetScan();
  scan(text, sink, lineStarts);
}

const STRUCTURE = 0;
const VALUE = 1;
const PROSE = 2;
const CITATIONS = 3;
/** The mode each field's label opens, by its index in FIELDS (an array read: looking a shape up by name cost more). */
const modeOfField: number[] = FIELDS.map((spec) => (spec.shape === 'value' ? VALUE : spec.shape === 'prose' ? PROSE : CITATIONS));

/** For each ASCII code, the fields whose label can start with it, in the order of FIELDS (the order chevrotain tries them). */
const labelsStartingWith: number[][] = [];
for (let c = 0; c < 128; c++) labelsStartingWith.push([]);
FIELDS.forEach((spec, i) => {
  for (const ch of startChars([spec.label, ...spec.aliases])) labelsStartingWith[ch.charCodeAt(0)].push(i);
});

/**
 * A label's words as its pattern reads them: runs of blanks as one space, ASCII letters in lower case, anything else
 * as typed (a case-insensitive pattern without the u flag never matches a character above 127 with one below).
 */
function labelWords(typed: string): string {
  let out = '';
  let blanks = false;
  for (let i = 0; i < typed.length; i++) {
    const c = typed.charCodeAt(i);
    if (isBlank(c)) { blanks = true; continue; }
    if (blanks) { out += ' '; blanks = false; }
    out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : typed[i];
  }
  return out; // blanks at the end (before the colon) are dropped, as the pattern's blanks* allows
}

/** Each spelling's words, with the first field (in FIELDS order) it is a spelling of. */
const fieldOfWords = new Map<string, number>();
FIELDS.forEach((spec, i) => {
  for (const spelling of [spec.label, ...spec.aliases]) {
    const words = labelWords(spelling);
    if (!fieldOfWords.has(words)) fieldOfWords.set(words, i);
  }
});

/**
 * What the text before a colon was read as (the label and its image, one string for each spelling met, or null), by
 * its length and first character: met again, it is found by comparing the text in place, with no new string to hash.
 */
const labelsMet = new Map<number, { typed: string; label: { field: number; image: string } | null }[]>();
let labelsMetCount = 0;

/**
 * The field label at `offset` (a line start after blanks; its character below 128) whose line has its first colon at
 * `colon` (or none, when `colon` is -1 or past `lineEnd`), as the label tokens' patterns read it, trying them in the
 * order of FIELDS: a field's pattern (its spellings' words with runs of blanks between, blanks, a colon) can only
 * match up to the first colon, none of its parts holding one, and it matches exactly when the text before that
 * colon has the words of one of its spellings; so the first field that matches is the first to have those words.
 * The tests compare the tokens with chevrotain's, which runs the patterns themselves.
 */
function labelAt(text: string, offset: number, lineEnd: number, colon: number): { field: number; image: string } | undefined {
  if (colon < 0 || colon >= lineEnd) return undefined;
  const key = (colon - offset) * 128 + text.charCodeAt(offset);
  let met = labelsMet.get(key);
  if (met) for (const m of met) if (text.startsWith(m.typed, offset)) return m.label ?? undefined;
  // copied, not sliced: a slice of the letter kept in this table would keep the whole letter alive
  const image = text.slice(offset, colon + 1).split('').join('');
  const typed = image.slice(0, -1);
  const field = fieldOfWords.get(labelWords(typed));
  const label = field === undefined ? null : { field, image };
  if (labelsMetCount < 4096) {
    if (!met) labelsMet.set(key, (met = []));
    met.push({ typed, label });
    labelsMetCount++;
  }
  return label ?? undefined;
}

const fieldIndex = new Map(FIELDS.map((spec, i) => [spec.key, i]));

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The lexer of the four modes above written out by hand: the tokens chevrotain's lexer makes of them, field for
 * field, at a fraction of its cost (it was half of parsing). chevrotain tries a mode's patterns in order and takes
 * the first that matches; so does this, in the same order, calling the same pattern functions' parts:
 *   structure  - a line break; blanks (skipped); '#' at a line start, a comment; a field label (FIELDS order, by the
 *                first character as the start-character hints restrict them); a misspelt label; else a stray line;
 *   value      - a line break (pops); blanks; else the rest of the line;
 *   prose, citations - a line break that continues the block or one that ends it (pops); blanks; a comment; else
 *                the rest of the line.
 * A pattern of any mode other than structure never opens a block, and every structure token but a blank run or a
 * line break runs to the line's end or pushes a mode, so a label is only ever tried after nothing but blanks on its
 * line (what the label patterns check). No character is left unmatched in any mode, so there are no lexing errors.
 * The tests compare every token (type, image, offset, line, column) with chevrotain's on letters, every UTF-16
 * code unit and random text.
 */
function scan(text: string, sink: ScanSink, lineStarts: number[] | undefined): void {
  const n = text.length;
  let offset = 0;
  let line = 1;
  let lineStart = 0;
  let mode = STRUCTURE;
  const push = (kind: TokenKind, image: string, type: LetterTokenType, at: number): void => {
    sink.token(kind, type, image, at, line, at - lineStart + 1);
  };
  // the next \n and \r at or after the offset, searched for natively (several times faster than reading each
  // character) and again only once passed: a text without \r is searched for one once
  let lf = -2;
  let cr = -2;
  // the next colon, likewise (where a label ends)
  let colon = -2;
  const lineEnd = (from: number): number => {
    if (lf !== -1 && lf < from) { lf = text.indexOf('\n', from); }
    if (cr !== -1 && cr < from) { cr = text.indexOf('\r', from); }
    const end = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
    return end < 0 ? n : end;
  };
  while (offset < n) {
    const c = text.charCodeAt(offset);
    if (c === 10 || c === 13) {
      const image = lineBreakAt(text, offset) as CustomPatternMatcherReturn;
      const next = offset + image[0].length;
      let type: LetterTokenType;
      let kind = TokenKind.End;
      if (mode === STRUCTURE) { type = Newline; kind = TokenKind.Newline; }
      else if (mode === VALUE) { type = ValueEnd; mode = STRUCTURE; }
      else if (mode === PROSE) {
        if (blockContinues(text, next, false)) { type = ProseContinue; kind = TokenKind.Continue; }
        else { type = ProseEnd; mode = STRUCTURE; }
      } else if (blockContinues(text, next, true)) { type = CitationContinue; kind = TokenKind.Continue; }
      else { type = CitationEnd; mode = STRUCTURE; }
      push(kind, image[0], type, offset);
      offset = next;
      line++;
      lineStart = offset;
      if (lineStarts) lineStarts.push(offset);
      continue;
    }
    if (isBlank(c)) {
      offset++;
      while (offset < n && isBlank(text.charCodeAt(offset))) offset++;
      continue;
    }
    if (c === 35 && mode !== VALUE && isLineStart(text, offset)) {
      const end = lineEnd(offset);
      push(TokenKind.Comment, text.slice(offset, end), Comment, offset);
      offset = end;
      continue;
    }
    if (mode === STRUCTURE && c < 128) {
      let matched: { image: string; field: number; type: LetterTokenType } | undefined;
      if (colon !== -1 && colon < offset) colon = text.indexOf(':', offset);
      const label = labelsStartingWith[c].length ? labelAt(text, offset, lineEnd(offset), colon) : undefined;
      if (label) matched = { image: label.image, field: label.field, type: labelTokens[label.field] };
      if (!matched && isAsciiLetter(c)) {
        const found = misspeltLabelAt(text, offset);
        if (found.key && found.image) {
          const i = fieldIndex.get(found.key as FieldSpec['key']) as number;
          matched = { image: found.image, field: i, type: misspeltLabelTokens[i] };
        }
      }
      if (matched) {
        const opened = modeOfField[matched.field];
        if (opened !== VALUE) blockIndent = indentWidth(text, lineStart);
        push(TokenKind.Label, matched.image, matched.type, offset);
        offset += matched.image.length;
        mode = opened;
        continue;
      }
    }
    const end = lineEnd(offset);
    if (mode === STRUCTURE) push(TokenKind.Stray, text.slice(offset, end), Stray, offset);
    else push(TokenKind.Text, text.slice(offset, end), mode === VALUE ? Value : mode === PROSE ? ProseText : CitationText, offset);
    offset = end;
  }
}
