import { ownEntry } from '../../text/own-entry';
import type { Rule } from '../context';

export type CaseOutcome = 'Upheld' | 'Overturned' | 'Partially Overturned';

const SPELLINGS: Record<string, CaseOutcome> = {
  upheld: 'Upheld', uphold: 'Upheld', overturned: 'Overturned', overturn: 'Overturned',
  'partially overturned': 'Partially Overturned', 'partially overturn': 'Partially Overturned',
};

/** The case outcome the items add up to: all upheld, all overturned, or some of each. */
export function derivedOutcome(decisions: ('Upheld' | 'Overturned' | undefined)[]): CaseOutcome | undefined {
  if (!decisions.length || decisions.some((d) => !d)) return undefined;
  if (decisions.every((d) => d === 'Upheld')) return 'Upheld';
  if (decisions.every((d) => d === 'Overturned')) return 'Overturned';
  return 'Partially Overturned';
}

export const caseOutcome: Rule = {
  code: 'IMR503',
  name: 'case-outcome',
  defaultSeverity: 'error',
  description: 'A stated case outcome agrees with the items\' decisions.',
  check(ctx) {
    const value = ctx.valueField('caseOutcome')?.value;
    if (!value) return;
    const stated = ownEntry(SPELLINGS, value.text.toLowerCase().replace(/\s+/g, ' '));
    const derived = derivedOutcome(ctx.letter.items.map((i) => i.decision?.word));
    if (!stated) {
      ctx.report(this.code, this.defaultSeverity, value.range,
        `'${value.text}' is not a case outcome: write 'Upheld', 'Overturned' or 'Partially Overturned'.`,
        derived ? [{ title: `Write '${derived}'`, edits: [{ range: value.range, newText: derived }], isPreferred: true }] : undefined);
      return;
    }
    if (!derived || stated === derived) return;
    const counts = ctx.letter.items.reduce((n, i) => (i.decision?.word === 'Upheld' ? { ...n, up: n.up + 1 } : { ...n, over: n.over + 1 }), { up: 0, over: 0 });
    ctx.report(this.code, this.defaultSeverity, value.range,
      `The case outcome is stated as ${stated}, but ${counts.up} item(s) are upheld and ${counts.over} overturned: that is ${derived}.`,
      [{ title: `Write '${derived}'`, edits: [{ range: value.range, newText: derived }], isPreferred: true }]);
  },
};
