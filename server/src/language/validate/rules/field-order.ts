import type { Rule } from '../context';

/** The letter reads header, credentials, summary, then items: letter-level fields after the items are misplaced. */
export const fieldOrder: Rule = {
  code: 'IMR107',
  name: 'field-order',
  defaultSeverity: 'warning',
  description: 'Header, credentials and summary come before the disputed items.',
  check(ctx) {
    const firstItem = ctx.letter.items[0];
    if (!firstItem) return;
    // (a range is made each time it is read: the item's once, not once a field)
    const itemLine = firstItem.range.start.line;
    for (const field of Object.values(ctx.letter.letterFields)) {
      if (!field || field.range.start.line < itemLine) continue;
      ctx.report(this.code, this.defaultSeverity, field.label.range,
        `'${field.spec.label}:' comes after the disputed items; move it above the first 'Item:' (line ${itemLine + 1}).`);
    }
  },
};
