import { findState, suggest, usJurisdictions } from '../../catalogue';
import { listEntries } from '../list';
import type { Rule } from '../context';

const STATE_NAMES = usJurisdictions.map((j) => j.name);

/** Reviewers hold a nonrestricted licence in a US state (Labor Code 139.5); not necessarily California. */
export const licensureState: Rule = {
  code: 'IMR301',
  name: 'licensure-state',
  defaultSeverity: 'error',
  description: 'Each state of licensure is a US state, district or territory.',
  check(ctx) {
    const value = ctx.valueField('licensure')?.value;
    if (!value) return;
    for (const entry of listEntries(value, /,|;|\s+and\s+/g)) {
      if (findState(entry.text)) continue;
      const meant = suggest(entry.text, STATE_NAMES, 3);
      ctx.report(this.code, this.defaultSeverity, entry.range,
        `'${entry.text}' is not a US state.${meant.length ? ` Did you mean ${meant.map((m) => `'${m}'`).join(' or ')}?` : ''}`,
        meant.map((m, i) => ({ title: `Change to '${m}'`, edits: [{ range: entry.range, newText: m }], isPreferred: i === 0 })));
    }
  },
};
