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
    for (const field of Object.values(ctx.letter.letterFields)) {
      if (!field || field.range.start.line < firstItem.range.start.line) continue;
      ctx.report(this.code, this.defaultSeverity, field.label.range,
        `'${field.spec.label}:' comes after the disputed items; move it above the first 'Item:' (line ${firstItem.range.start.line + 1}).`);
    }
  },
};
