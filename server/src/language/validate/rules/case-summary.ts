import type { Rule } from '../context';

export const caseSummary: Rule = {
  code: 'IMR103',
  name: 'case-summary',
  defaultSeverity: 'error',
  description: 'The letter has a clinical case summary with some text.',
  check(ctx) {
    const summary = ctx.letter.letterFields.summary;
    if (summary && summary.shape === 'prose' && summary.paragraphs.length) return;
    if (!summary && ctx.misspeltAs('Clinical Case Summary')) return;
    const line = ctx.letter.items[0]?.range.start.line;
    const at = { start: { line: line ?? 0, character: 0 }, end: { line: line ?? 0, character: 0 } };
    ctx.report(this.code, this.defaultSeverity, summary ? summary.label.range : at,
      summary ? 'The clinical case summary is empty.' : 'The letter has no \'Clinical Case Summary:\'.',
      summary ? undefined : [{ title: 'Add a clinical case summary', edits: [ctx.insertLines(line, 'Clinical Case Summary:\n  \n\n')] }]);
  },
};
