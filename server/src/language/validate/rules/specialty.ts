import { boardSpecialties, findSpecialty, suggest } from '../../catalogue';
import { listEntries } from '../list';
import type { Rule } from '../context';

const NAMES = boardSpecialties.flatMap((s) => [s.name, ...s.aliases]);
const PREFERRED = new Map(boardSpecialties.flatMap((s) => [s.name, ...s.aliases].map((n) => [n, s.name] as const)));

/** A warning only: the pick-list is DWC's, and real letters print specialties it lacks. */
export const specialty: Rule = {
  code: 'IMR302',
  name: 'specialty',
  defaultSeverity: 'warning',
  description: 'Each certification or specialty is a known board specialty.',
  check(ctx) {
    const value = ctx.valueField('specialty')?.value;
    if (!value) return;
    for (const entry of listEntries(value, /,|;/g)) {
      if (findSpecialty(entry.text)) continue;
      const meant = [...new Set(suggest(entry.text, NAMES, 5).map((n) => PREFERRED.get(n) ?? n))].slice(0, 3);
      ctx.report(this.code, this.defaultSeverity, entry.range,
        `'${entry.text}' is not a board specialty we know.${meant.length ? ` Did you mean ${meant.map((m) => `'${m}'`).join(' or ')}?` : ''}`,
        meant.map((m, i) => ({ title: `Change to '${m}'`, edits: [{ range: entry.range, newText: m }], isPreferred: i === 0 })));
    }
  },
};
