import { guidelinesInForce, guidelinesWithTitle, findGuidelineById, isInForce, type Guideline } from '../../catalogue';
import { citationHead } from '../resolve-citation';
import { fieldSpec } from '../../syntax/fields';
import type { Rule } from '../context';

/** The version in force on `iso` that replaced `g`: by its supersededBy chain, else a version of the same title. */
function replacement(g: Guideline, iso: string): Guideline | undefined {
  let next = g.supersededBy ? findGuidelineById(g.supersededBy) : undefined;
  while (next && !isInForce(next, iso) && next.supersededBy) next = findGuidelineById(next.supersededBy);
  if (next && isInForce(next, iso)) return next;
  return guidelinesWithTitle(g.title).find((v) => isInForce(v, iso))
    ?? guidelinesInForce(iso).find((v) => v.chapter !== undefined && v.chapter === g.chapter);
}

/**
 * The MTUS changed in July 2016 and December 2017: a citation should name the version in force on the letter's
 * dates. A warning only: real letters cite superseded versions (6 in 194), mostly in the claims
 * administrator's line, and the date of the request itself is not in the letter.
 */
export const guidelineInForce: Rule = {
  code: 'IMR403',
  name: 'guideline-in-force',
  defaultSeverity: 'warning',
  description: 'An MTUS citation names a guideline in force on the letter\'s dates (UR decision date).',
  check(ctx) {
    const date = ctx.effectiveDate;
    const dateField = ctx.effectiveDateField;
    if (!date || !dateField) return;
    const which = fieldSpec(dateField.key).label;
    for (const site of ctx.citationSites()) {
      const { citation } = site;
      if (citation.kind !== 'mtus') continue;
      const reading = ctx.mtusReading(site);
      if (reading.kind !== 'resolved' || isInForce(reading.guideline, date.iso)) continue;
      const g = reading.guideline;
      const range = citation.title && citation.year
        ? { start: citation.title.range.start, end: citation.year.range.end }
        : citation.title?.range ?? citation.range;
      const when = `${g.inForce.from}${g.inForce.to ? ` to ${g.inForce.to}` : ' on'}`;
      const better = replacement(g, date.iso);
      const layout = citation.year ? '2016' : '2014';
      ctx.report(this.code, this.defaultSeverity, range,
        `${g.title} ${g.year} was not in force on ${date.iso} (the ${which}); it was part of the MTUS from ${when}.${better ? ` The MTUS then had ${better.title} ${better.year}.` : ''}`,
        better && citation.title && citation.year
          ? [{ title: `Cite ${better.title} ${better.year}`, edits: [{ range, newText: citationHead(better, layout) }], isPreferred: true }]
          : undefined);
    }
  },
};
