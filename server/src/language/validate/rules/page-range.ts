import { guidelines } from '../../catalogue';
import { citationHead } from '../resolve-citation';
import type { Rule } from '../context';

/**
 * A cited page lies inside the chapter. Only checked where the chapter's page range is verified (today ACOEM
 * Chapter 12, pages 286-326); recalled ranges inform hovers, never this rule.
 */
export const pageRange: Rule = {
  code: 'IMR405',
  name: 'page-range',
  defaultSeverity: 'warning',
  description: 'Cited pages lie inside the chapter\'s verified page range.',
  check(ctx) {
    for (const site of ctx.citationSites()) {
      const { citation } = site;
      if (citation.kind !== 'mtus' || !citation.pages) continue;
      const reading = ctx.mtusReading(site);
      if (reading.kind !== 'resolved') continue;
      const pages = reading.guideline.pages;
      if (!pages?.verified) continue;
      for (const ref of citation.pages.refs) {
        if (ref.from >= pages.from && ref.to <= pages.to && ref.from <= ref.to) continue;
        // the chapter the page belongs to, by the catalogue's page ranges (recalled ones too: a fix is only offered)
        const home = guidelines.find((g) => g.chapter !== undefined && g.pages && ref.from >= g.pages.from && ref.to <= g.pages.to);
        const head = citation.title ? { start: citation.acoem?.start ?? citation.chapter?.keywordRange.start ?? citation.title.range.start, end: (citation.year ?? citation.title).range.end } : undefined;
        ctx.report(this.code, this.defaultSeverity, ref.range,
          `Page ${ref.from === ref.to ? ref.from : `${ref.from}-${ref.to}`} is outside ${reading.guideline.title} (pages ${pages.from}-${pages.to}, ${pages.source}).${home ? ` It falls in ${home.title} (Chapter ${home.chapter}, pages ${home.pages!.from}-${home.pages!.to}${home.pages!.verified ? '' : ', unverified'}).` : ''}`,
          home && head ? [{ title: `Cite ${citationHead(home, citation.year ? '2016' : '2014')}`, edits: [{ range: head, newText: citationHead(home, citation.year ? '2016' : '2014') }] }] : undefined);
      }
    }
  },
};
