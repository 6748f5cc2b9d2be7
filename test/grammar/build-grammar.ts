/**
 * Builds `syntaxes/imr.tmLanguage.json` from the field table (`server/src/language/syntax/fields.ts`), so the
 * highlighter knows every label and alias the parser knows. `grammar.test.ts` fails when the committed grammar
 * differs from what this builds; after changing fields.ts or this file, regenerate it with
 * `npx tsc -p tsconfig.test.json && node out/test/grammar/build-grammar.js`.
 *
 * The grammar mirrors the lexer's line rules (docs/language.md §14): a label starts a line; a prose or guideline
 * block runs while lines are blank, comments in column 1, or indented deeper than the label (a TextMate `while`
 * rule with the label's indentation as a back-reference); a guideline block also ends at a line that starts with
 * a label. Prose is left plain. Two simplifications, since TextMate sees one line at a time: blank lines and
 * comments after a block's last line are taken into the block (they carry no scope either way), and indentation
 * is compared as text, so a block indented with tabs under a label indented with spaces ends early.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIELDS, type FieldKey, type FieldSpec } from '../../server/src/language/syntax/fields';
import { repoRoot } from '../helpers/corpus';

type Captures = Record<string, { name?: string; patterns?: Rule[] }>;
interface Rule {
  name?: string;
  contentName?: string;
  match?: string;
  begin?: string;
  end?: string;
  while?: string;
  captures?: Captures;
  beginCaptures?: Captures;
  endCaptures?: Captures;
  whileCaptures?: Captures;
  patterns?: Rule[];
  include?: string;
}

export const GRAMMAR_PATH = path.join(repoRoot(), 'syntaxes', 'imr.tmLanguage.json');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** `Date of Injury` and its aliases as one case-insensitive alternation, blanks free between the words. */
function labelAlternation(spellings: string[]): string {
  const alternatives = [...spellings]
    .sort((a, b) => b.length - a.length)
    .map((s) => s.trim().split(/\s+/).map(escape).join('[ \\t]+'));
  return `(?i:${alternatives.join('|')})`;
}

const spellingsOf = (f: FieldSpec) => [f.label, ...f.aliases];
const labelsOf = (keys: FieldKey[]) => labelAlternation(FIELDS.filter((f) => keys.includes(f.key)).flatMap(spellingsOf));
const ANY_LABEL = `${labelAlternation(FIELDS.flatMap(spellingsOf))}[ \\t]*:`;

/** What a label is, for its scope: the field's place in the letter, with the item's fields told apart. */
function labelKind(f: FieldSpec): string {
  switch (f.key) {
    case 'decision': return 'decision';
    case 'originalRequest': case 'authorized': case 'authorizedInstead': return 'request';
    case 'claimsAdministratorGuideline': case 'reviewerGuideline': return 'guideline';
    case 'rationale': return 'rationale';
    default: return f.scope;
  }
}

const labelCaptures = (kind: string): Captures => ({
  2: { name: `entity.name.tag.label.${kind}.imr` },
  3: { name: 'punctuation.separator.key-value.imr' },
});

/** Values with a meaning of their own; any other value of the field is plain text of the field's kind. */
const DATE = { match: '\\d{1,2}/\\d{1,2}/\\d{4}', name: 'constant.numeric.date.imr' };
const SPECIAL_VALUES: Partial<Record<FieldKey, { match: string; name: string }[]>> = {
  layout: [{ match: '2014|2016', name: 'constant.numeric.layout.imr' }],
  caseNumber: [{ match: '(?i:CM)\\d{2}-\\d{7}', name: 'constant.other.case-number.imr' }],
  priority: [{ match: '(?i:standard|expedited)', name: 'constant.language.priority.imr' }],
  caseOutcome: [
    { match: '(?i:partially[ \\t]+overturned)', name: 'constant.language.outcome.partially-overturned.imr' },
    { match: '(?i:upheld)', name: 'constant.language.outcome.upheld.imr' },
    { match: '(?i:overturned)', name: 'constant.language.outcome.overturned.imr' },
  ],
  decision: [
    { match: '(?i:upheld)', name: 'constant.language.decision.upheld.imr' },
    { match: '(?i:overturned)', name: 'constant.language.decision.overturned.imr' },
  ],
  dateAssigned: [DATE], dateOfInjury: [DATE], decisionDate: [DATE], urDenialDate: [DATE], applicationReceived: [DATE],
};

function valueScope(f: FieldSpec): string {
  if (f.key === 'item') return 'entity.name.section.item.imr';
  return `string.unquoted.value.${labelKind(f)}.imr`;
}

/** `Label: value` on one line; a special value counts only when it is the whole value (`Upheld # check` is text). */
function valueRule(f: FieldSpec): Rule {
  const special = SPECIAL_VALUES[f.key] ?? [];
  const alternatives = [...special.map((s) => `(${s.match})`), '(.*?)'].join('|');
  const captures: Captures = { ...labelCaptures(labelKind(f)) };
  special.forEach((s, i) => { captures[4 + i] = { name: s.name }; });
  captures[4 + special.length] = { name: valueScope(f) };
  return {
    name: `meta.field.${f.key}.imr`,
    match: `^([ \\t]*)(${labelAlternation(spellingsOf(f))})[ \\t]*(:)[ \\t]*(?:${alternatives})[ \\t]*$`,
    captures,
  };
}

/** A block: from its label to the last line indented deeper than the label (blank lines and comments inside). */
function blockRule(name: string, keys: FieldKey[], kind: string, contentName: string, patterns: Rule[], endsAtLabel: boolean): Rule {
  const deeper = endsAtLabel ? `\\1[ \\t]+(?!${ANY_LABEL})(?=\\S)` : '\\1[ \\t]+(?=\\S)';
  return {
    name,
    contentName,
    begin: `^([ \\t]*)(${labelsOf(keys)})[ \\t]*(:)[ \\t]*`,
    beginCaptures: labelCaptures(kind),
    while: `^(?:${deeper}|[ \\t]*$|(?=#))`,
    patterns,
  };
}

// Citation keywords as the citation parser reads them (server/src/language/syntax/citation.ts).
const SECTIONS_KEYWORD = 'Sections?(?:[ \\t]*\\(s\\))?[ \\t]*:';
const PAGES_KEYWORD = '(?:Pages?(?:[ \\t]*\\(s\\))?[ \\t]*:|pg\\.|pp?\\.)';
const BEFORE_SECTIONS_OR_PAGES = `(?i:,?[ \\t]*\\b(?:${SECTIONS_KEYWORD}|${PAGES_KEYWORD}))`;
const BEFORE_PAGES = `(?i:,?[ \\t]*\\b${PAGES_KEYWORD})`;

const citation: Rule[] = [
  {
    name: 'meta.citation.verbatim.imr',
    match: '\\G(?i:(decision based on))\\b(.*)$',
    captures: { 1: { name: 'keyword.other.citation.verbatim.imr' }, 2: { name: 'string.unquoted.verbatim.imr' } },
  },
  {
    name: 'meta.citation.verbatim.imr',
    match: '\\G(?i:(verbatim))[ \\t]*(:)[ \\t]*(.*)$',
    captures: {
      1: { name: 'keyword.other.citation.verbatim.imr' },
      2: { name: 'punctuation.separator.key-value.imr' },
      3: { name: 'string.unquoted.verbatim.imr' },
    },
  },
  {
    name: 'meta.citation.statement.imr',
    match: '\\G(?i:(none cited\\.?))[ \\t]*$',
    captures: { 1: { name: 'constant.language.statement.none-cited.imr' } },
  },
  {
    name: 'meta.citation.statement.imr',
    match: '\\G(?i:(outside (?:of )?(?:the )?MTUS(?: guidelines)?\\.?))[ \\t]*$',
    captures: { 1: { name: 'constant.language.statement.outside-mtus.imr' } },
  },
  {
    name: 'meta.citation.non-mtus.imr',
    match: '\\G(?i:(Non-MTUS(?:[ \\t]+Citation)?\\b:?))[ \\t]*(.*?)[ \\t]*$',
    captures: { 1: { name: 'keyword.other.citation.non-mtus.imr' }, 2: { name: 'entity.name.type.guideline.source.imr' } },
  },
  {
    name: 'meta.citation.mtus.imr',
    begin: '\\G(?i:(MTUS))\\b(?:[ \\t]+(?i:(ACOEM))\\b)?(?:[ \\t]+(?i:(Chapter))[ \\t]+(\\d+)\\b)?',
    beginCaptures: {
      1: { name: 'keyword.other.citation.mtus.imr' },
      2: { name: 'keyword.other.citation.acoem.imr' },
      3: { name: 'keyword.other.citation.chapter.imr' },
      4: { name: 'constant.numeric.chapter.imr' },
    },
    end: '$',
    patterns: [
      {
        // the title runs to the year, the sections keyword, the pages keyword or the end of the line
        match: `\\G[ \\t]*(.*?)(?:[ \\t]+((?:19|20)\\d\\d))?[ \\t]*(,)?[ \\t]*(?=${BEFORE_SECTIONS_OR_PAGES}|$)`,
        captures: {
          1: { name: 'entity.name.type.guideline.title.imr' },
          2: { name: 'constant.numeric.year.imr' },
          3: { name: 'punctuation.separator.comma.imr' },
        },
      },
      {
        name: 'meta.citation.sections.imr',
        begin: `(?i:(${SECTIONS_KEYWORD}))`,
        beginCaptures: { 1: { name: 'keyword.other.citation.sections.imr' } },
        end: `(?=${BEFORE_PAGES})|$`,
        patterns: [
          { match: ';', name: 'punctuation.separator.sections.imr' },
          { match: `[^;\\s][^;]*?(?=[ \\t]*(?:;|$)|${BEFORE_PAGES})`, name: 'string.unquoted.section-topic.imr' },
        ],
      },
      {
        name: 'meta.citation.pages.imr',
        begin: `(,)?[ \\t]*\\b(?i:(${PAGES_KEYWORD}))`,
        beginCaptures: { 1: { name: 'punctuation.separator.comma.imr' }, 2: { name: 'keyword.other.citation.pages.imr' } },
        end: '$',
        patterns: [
          { match: '\\d+(?:[ \\t]*(?:-|–|(?i:to))[ \\t]*\\d+)?', name: 'constant.numeric.page.imr' },
          { match: ',', name: 'punctuation.separator.pages.imr' },
        ],
      },
    ],
  },
];

const proseFields: FieldKey[] = FIELDS.filter((f) => f.shape === 'prose').map((f) => f.key);
const guidelineFields: FieldKey[] = FIELDS.filter((f) => f.shape === 'citations').map((f) => f.key);

export function buildGrammar(): object {
  const repository: Record<string, Rule> = {
    comment: {
      name: 'comment.line.number-sign.imr',
      match: '^(#).*$',
      captures: { 1: { name: 'punctuation.definition.comment.imr' } },
    },
    citation: { patterns: citation },
  };
  const top: Rule[] = [{ include: '#comment' }];
  // blocks before value fields: `Decision rationale:` must not be read as `Decision:` (it cannot be, but order documents intent)
  for (const key of proseFields) {
    const f = FIELDS.find((x) => x.key === key) as FieldSpec;
    repository[`prose-${key}`] = blockRule(`meta.field.${key}.imr`, [key], labelKind(f), 'meta.prose.imr', [{ include: '#comment' }], false);
    top.push({ include: `#prose-${key}` });
  }
  for (const key of guidelineFields) {
    repository[`guideline-${key}`] = blockRule(`meta.field.${key}.imr`, [key], 'guideline', 'meta.citations.imr', [{ include: '#comment' }, { include: '#citation' }], true);
    top.push({ include: `#guideline-${key}` });
  }
  for (const f of FIELDS.filter((x) => x.shape === 'value')) {
    repository[`field-${f.key}`] = valueRule(f);
    top.push({ include: `#field-${f.key}` });
  }
  return {
    name: 'IMR Determination',
    scopeName: 'source.imr',
    fileTypes: ['imr'],
    comment: 'Generated by test/grammar/build-grammar.ts from server/src/language/syntax/fields.ts: do not edit by hand.',
    patterns: top,
    repository,
  };
}

export function grammarText(): string {
  return `${JSON.stringify(buildGrammar(), null, 2)}\n`;
}

if (require.main === module) {
  fs.mkdirSync(path.dirname(GRAMMAR_PATH), { recursive: true });
  fs.writeFileSync(GRAMMAR_PATH, grammarText());
  process.stdout.write(`wrote ${GRAMMAR_PATH}\n`);
}
