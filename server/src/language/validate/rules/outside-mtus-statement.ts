import type { Citation } from '../../syntax/ast';
import type { Rule } from '../context';

/**
 * When a decision relies only on sources outside the MTUS, the letter says so before citing them (every
 * published letter does): the evidence hierarchy of Labor Code 4610.5(c)(2) puts the MTUS first.
 */
export const outsideMtusStatement: Rule = {
  code: 'IMR406',
  name: 'outside-mtus-statement',
  defaultSeverity: 'error',
  description: 'Non-MTUS citations without any MTUS citation come with the \'Outside MTUS\' statement.',
  check(ctx) {
    for (const { field } of ctx.guidelineFields()) {
      // one walk: the first Non-MTUS citation with a source, and whether any citation says the MTUS or is worded as typed
      let firstNonMtus: Citation | undefined;
      let covered = false;
      for (const c of field.citations) {
        if (c.kind === 'mtus' || c.kind === 'outside-mtus' || c.kind === 'verbatim') { covered = true; break; }
        if (!firstNonMtus && c.kind === 'non-mtus' && c.source) firstNonMtus = c;
      }
      if (!firstNonMtus || covered) continue;
      const line = firstNonMtus.range.start.line;
      const onLabelLine = line === field.label.range.start.line;
      // indentation copied from the text itself (tabs included), so the new line stays in the block
      const lineText = ctx.lines()[line] ?? '';
      const blockIndent = `${lineText.slice(0, field.label.range.start.character)}  `;
      const edits = onLabelLine
        ? [{ range: firstNonMtus.range, newText: `\n${blockIndent}Outside MTUS\n${blockIndent}${firstNonMtus.text}` }]
        : [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${lineText.slice(0, firstNonMtus.range.start.character)}Outside MTUS\n` }];
      ctx.report(this.code, this.defaultSeverity, firstNonMtus.range,
        `${field.spec.label} cites only sources outside the MTUS; say so first with an 'Outside MTUS' line.`,
        [{ title: 'Add \'Outside MTUS\'', edits, isPreferred: true }]);
    }
  },
};
