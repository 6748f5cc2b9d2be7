import type { Rule } from '../context';

/** Title, year and chapter must name the same guideline: `Low Back Complaints 2016` or `Chapter 13 Low Back` do not. */
export const guidelineMismatch: Rule = {
  code: 'IMR402',
  name: 'guideline-mismatch',
  defaultSeverity: 'error',
  description: 'The title, year and ACOEM chapter of an MTUS citation belong together.',
  check(ctx) {
    for (const site of ctx.citationSites()) {
      const { citation } = site;
      if (citation.kind !== 'mtus') continue;
      const reading = ctx.mtusReading(site);
      if (reading.kind === 'wrong-year' && citation.year) {
        const years = reading.versions.map((v) => v.year);
        const title = reading.versions[0].title;
        ctx.report(this.code, this.defaultSeverity, citation.year.range,
          `${title} has no ${citation.year.value} version in the MTUS: ${years.length > 1 ? `its versions are ${years.join(', ')}` : `it is cited as ${title} ${years[0]}`}.`,
          years.map((y, i) => ({ title: `Change the year to ${y}`, edits: [{ range: citation.year!.range, newText: String(y) }], isPreferred: years.length === 1 && i === 0 })));
      } else if (reading.kind === 'wrong-year' && citation.title) {
        ctx.report(this.code, this.defaultSeverity, citation.title.range,
          `This title names a year ${reading.versions[0].title} has no version of (${reading.versions.map((v) => v.year).join(', ')}).`);
      } else if (reading.kind === 'wrong-chapter' && citation.chapter) {
        const { byChapter, byTitle } = reading;
        const fixes = [
          { title: `Change the chapter to ${byTitle.chapter ?? ''}`.trim(), edits: byTitle.chapter !== undefined ? [{ range: citation.chapter.range, newText: String(byTitle.chapter) }] : [] },
          { title: `Change the title to '${byChapter.title}'`, edits: citation.title ? [{ range: citation.title.range, newText: byChapter.title }] : [] },
        ].filter((f) => f.edits.length);
        ctx.report(this.code, this.defaultSeverity, citation.chapter.range,
          `ACOEM Chapter ${citation.chapter.value} is ${byChapter.title}, not ${byTitle.title}${byTitle.chapter !== undefined ? ` (Chapter ${byTitle.chapter})` : ''}.`,
          fixes);
      }
    }
  },
};
