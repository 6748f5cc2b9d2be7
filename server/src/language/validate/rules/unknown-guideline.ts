import { findNonMtusSource, suggest } from '../../catalogue';
import { ALL_TITLES } from '../resolve-citation';
import type { Rule } from '../context';

/** An MTUS citation must name a guideline of the MTUS; a Non-MTUS source cited as MTUS is the usual slip. */
export const unknownGuideline: Rule = {
  code: 'IMR401',
  name: 'unknown-guideline',
  defaultSeverity: 'error',
  description: 'An MTUS citation names a guideline of the MTUS.',
  check(ctx) {
    for (const site of ctx.citationSites()) {
      const { citation } = site;
      if (citation.kind !== 'mtus') continue;
      const reading = ctx.mtusReading(site);
      if (reading.kind === 'unknown-chapter' && citation.chapter) {
        ctx.report(this.code, this.defaultSeverity, citation.chapter.range,
          `ACOEM Chapter ${citation.chapter.value} is not one of the chapters the MTUS adopted (1-3, 5, 8-16).`);
        continue;
      }
      if (reading.kind !== 'unknown') continue;
      const range = citation.title?.range ?? citation.range;
      const title = citation.title?.text ?? '';
      if (!title) {
        ctx.report(this.code, this.defaultSeverity, range, 'This MTUS citation names no guideline: write its title and year, e.g. \'MTUS Low Back Complaints 2004\'.');
        continue;
      }
      const meant = suggest(title, ALL_TITLES, 3);
      // a source outside the MTUS, named as such (ODG, UpToDate...), and no MTUS title it could be a slip for
      const nonMtus = meant.length ? undefined : /\bODG\b|Official Disability/i.test(title) ? 'ODG' : findNonMtusSource(title)?.name;
      if (nonMtus) {
        const source = citation.text.replace(/^MTUS\s*/i, '');
        ctx.report(this.code, this.defaultSeverity, range,
          `'${title}' is not part of the MTUS (it reads as ${nonMtus}); cite it as 'Non-MTUS ${source}'.`,
          [{ title: 'Cite it as Non-MTUS', edits: [{ range: citation.range, newText: `Non-MTUS ${source}` }], isPreferred: true }]);
        continue;
      }
      ctx.report(this.code, this.defaultSeverity, range,
        `'${title}' is not an MTUS guideline.${meant.length ? ` Did you mean ${meant.map((m) => `'${m}'`).join(' or ')}?` : ''}`,
        meant.map((m, i) => ({ title: `Change to '${m}'`, edits: [{ range, newText: m }], isPreferred: i === 0 })));
    }
  },
};
