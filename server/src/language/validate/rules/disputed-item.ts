import type { Rule } from '../context';

export const disputedItem: Rule = {
  code: 'IMR104',
  name: 'disputed-item',
  defaultSeverity: 'error',
  description: 'The letter decides at least one disputed item.',
  check(ctx) {
    if (ctx.letter.items.length) return;
    const end = ctx.letter.range.end;
    const at = { start: end, end };
    ctx.report(this.code, this.defaultSeverity, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      'The letter has no disputed item: add an \'Item:\' with its decision, both guideline lines and a rationale.',
      [{ title: 'Add a disputed item', edits: [{ range: at, newText: `${end.character ? '\n' : ''}\n${NEW_ITEM}` }] }]);
  },
};

export const NEW_ITEM = [
  'Item: ',
  '  Decision: Upheld',
  '  Claims Administrator guideline: None cited',
  '  MAXIMUS guideline: None cited',
  '  Decision rationale:',
  '    ',
  '',
].join('\n');
