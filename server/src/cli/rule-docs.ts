/**
 * Every code `imr check` can report, with what a report needs to describe it: the syntax problems of the parser
 * (IMR000-IMR007, which have no rule object) and the validation rules. Links point into docs/rules.md, by the
 * anchor GitHub gives each heading.
 */
import { RULES, type Severity } from '../language';

export interface RuleDoc {
  code: string;
  /** the rule's name for configuration; syntax problems have none */
  name?: string;
  defaultSeverity: Severity;
  description: string;
  /** the heading's anchor in docs/rules.md */
  anchor: string;
}

/** The parser's problems, as docs/rules.md lists them (heading title, one-line description, default). */
const SYNTAX: readonly { code: string; title: string; description: string; defaultSeverity: Severity }[] = [
  { code: 'IMR000', title: 'input the reader could not handle', description: 'The lexer or parser failed on the input (a bug in the tools if it ever appears).', defaultSeverity: 'error' },
  { code: 'IMR001', title: 'a line that belongs to no field', description: 'A line belongs to no field.', defaultSeverity: 'error' },
  { code: 'IMR002', title: 'an unknown label', description: 'A line starts like a field, but the label is not one of the language\'s.', defaultSeverity: 'error' },
  { code: 'IMR003', title: 'a guideline line that is not a citation', description: 'A line of a guideline block is not a citation, or a Non-MTUS line names no source.', defaultSeverity: 'error' },
  { code: 'IMR004', title: 'an item field without an item', description: 'An item field with no Item: above it.', defaultSeverity: 'error' },
  { code: 'IMR005', title: 'a field given twice', description: 'A field given twice; the first one counts.', defaultSeverity: 'warning' },
  { code: 'IMR006', title: 'not a decision', description: 'A Decision: other than Upheld or Overturned.', defaultSeverity: 'error' },
  { code: 'IMR007', title: 'not a layout', description: 'A Layout: other than 2016 or 2014.', defaultSeverity: 'error' },
];

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
export function headingAnchor(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

let cached: readonly RuleDoc[] | undefined;

export function ruleDocs(): readonly RuleDoc[] {
  cached ??= [
    ...SYNTAX.map((s) => ({ code: s.code, defaultSeverity: s.defaultSeverity, description: s.description, anchor: headingAnchor(`${s.code}: ${s.title}`) })),
    ...RULES.map((r) => ({ code: r.code, name: r.name, defaultSeverity: r.defaultSeverity, description: r.description, anchor: headingAnchor(`${r.code} ${r.name}`) })),
  ];
  return cached;
}

/** Where a code is documented, relative to the repository's root. */
export const RULES_DOC = 'docs/rules.md';
