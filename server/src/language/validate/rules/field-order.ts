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
    // (a range is made each time it is read, and a field's or an item's from its parts: where they start is where
    // the label starts, whose range is one line's)
    const itemLine = firstItem.field.label.range.start.line;
    const fields = ctx.letter.letterFields;
    for (const key in fields) {
      const field = fields[key as keyof typeof fields];
      if (!field || field.label.range.start.line < itemLine) continue;
      ctx.report(this.code, this.defaultSeverity, field.label.range,
        `'${field.spec.label}:' comes after the disputed items; move it above the first 'Item:' (line ${itemLine + 1}).`);
    }
  },
};
