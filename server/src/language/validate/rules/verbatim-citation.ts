import { guidelinesWithTitle, longestKnownTitlePrefix } from '../../catalogue';
import { allMatches } from '../all-matches';
import type { Rule } from '../context';

/** `MTUS <title ...>` inside a hand-worded guideline line, but not `Non-MTUS` or `MTUS Guidelines`. */
const MTUS_NAMED = /(?<!Non-?\s?)\bMTUS\s+(?!Guidelines?\b|does\b|is\b|and\b|or\b)([^;]+?)(?=,?\s*Section\(s\)|\s*Page\(s\)|;|,\s+and\s+|\s+Decision\s+based\s+on|\.\s*$|$)/g;
/** A title-like run of words followed by a year: what a citation of an unknown guideline looks like. */
const TITLE_AND_YEAR = /^((?:ACOEM\s+)?(?:Chapter\s+\d+\s+)?[A-Z][\w&,'/-]*(?:\s+[\w&,'/()-]+){0,8}?)\s+((?:19|20)\d\d)\b/;

/**
 * `Decision based on ...` and `Verbatim:` lines are printed as typed; when they name an MTUS guideline, it is
 * read against the catalogue like a structured citation (IMR401, IMR402), so a version that does not exist
 * (`MTUS Low Back Complaints 2016`) or a title that is not an MTUS guideline is found. A warning: the line is
 * free text, read without the structure a citation has.
 */
export const verbatimCitation: Rule = {
  code: 'IMR410',
  name: 'verbatim-citation',
  defaultSeverity: 'warning',
  description: 'An MTUS guideline named in a "Decision based on" or "Verbatim:" line exists in the catalogue, in the year given.',
  check(ctx) {
    for (const { citation } of ctx.citationSites()) {
      if (citation.kind !== 'verbatim') continue;
      // the text leaves out a `Verbatim:` keyword; where it stands on its line is found when a name needs a range
      const line = citation.range.start.line;
      let base: number | undefined;
      for (const m of allMatches(MTUS_NAMED, citation.text)) {
        if (base === undefined) {
          const at = ctx.lines()[line]?.indexOf(citation.text, citation.range.start.character) ?? -1;
          base = at >= 0 ? at : citation.range.start.character;
        }
        const named = m[1].trim();
        const offset = (m.index ?? 0) + m[0].indexOf(m[1]);
        const range = {
          start: { line, character: base + offset },
          end: { line, character: base + offset + named.length },
        };
        const known = longestKnownTitlePrefix(named);
        if (known) {
          const year = /^\W*((?:19|20)\d\d)\b/.exec(named.slice(known.end));
          if (!year) continue;
          const versions = guidelinesWithTitle(known.guideline.title);
          if (versions.some((g) => g.year === Number(year[1]) || g.anyYear)) continue;
          ctx.report(this.code, this.defaultSeverity, range,
            `Check the year: ${known.guideline.title} has no ${year[1]} version in the MTUS (its versions are ${versions.map((v) => v.year).join(', ')}).`);
          continue;
        }
        const unknown = TITLE_AND_YEAR.exec(named);
        if (unknown) {
          ctx.report(this.code, this.defaultSeverity, range,
            `Check the guideline: '${unknown[1]} ${unknown[2]}' is not an MTUS guideline we know; if it lies outside the MTUS, write 'Non-MTUS' before it.`);
        }
      }
    }
  },
};
