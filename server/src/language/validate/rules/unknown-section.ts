import { findSection, readSectionList, suggest } from '../../catalogue';
import { sectionSplits } from '../section-splits';
import type { Rule } from '../context';

/**
 * Sections are the headings or topics of the guideline cited. A warning: the catalogue knows the sections real
 * letters use, not every heading of every guideline.
 */
export const unknownSection: Rule = {
  code: 'IMR404',
  name: 'unknown-section',
  defaultSeverity: 'warning',
  description: 'Each Section(s) topic is known for the guideline cited.',
  check(ctx) {
    for (const site of ctx.citationSites()) {
      const { citation } = site;
      if (citation.kind !== 'mtus' || !citation.sections) continue;
      const reading = ctx.mtusReading(site);
      if (reading.kind !== 'resolved') continue;
      const g = reading.guideline;
      if (!g.sections.length) continue;
      for (const topic of citation.sections.topics) {
        if (findSection(g, topic.text) || /^\d+(?:\s*-\s*\d+)?$/.test(topic.text)) continue;
        // several known sections written with commas: they are separated by ';' in .imr
        const pieces = readSectionList(g, topic.text);
        if (pieces.length > 1 && pieces.every((p) => p.section)) {
          // one way to read the list: the separators are form only; more than one: the reviewer picks
          const splits = sectionSplits(g, topic.text);
          const unique = splits.length === 1;
          const fixes = (unique ? splits : [pieces.map((p) => p.text), ...splits.filter((s) => s.join('; ') !== pieces.map((p) => p.text).join('; '))])
            .map((names) => ({
              title: unique ? 'Separate the sections with \';\'' : `Separate the sections with ';' as ${names.map((n) => `'${n}'`).join(', ')}`,
              edits: [{ range: topic.range, newText: names.join('; ') }],
              ...(unique ? { isPreferred: true, safe: true } : {}),
            }));
          ctx.report(this.code, 'information', topic.range,
            `These are ${pieces.length} sections of ${g.title} ${g.year}; separate them with ';' so each is checked${unique ? '' : ' (the commas can be read more than one way: pick the reading meant)'}.`,
            fixes);
          continue;
        }
        const names = g.sections.flatMap((s) => [s.name, ...s.aliases]);
        const meant = [...new Set(suggest(topic.text, names, 5).map((n) => findSection(g, n)?.name ?? n))].slice(0, 3);
        ctx.report(this.code, this.defaultSeverity, topic.range,
          `'${topic.text}' is not a section of ${g.title} ${g.year} that we know.${meant.length ? ` Did you mean ${meant.map((m) => `'${m}'`).join(' or ')}?` : ''}`,
          meant.map((m, i) => ({ title: `Change to '${m}'`, edits: [{ range: topic.range, newText: m }], isPreferred: i === 0 })));
      }
    }
  },
};
