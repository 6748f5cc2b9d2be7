import type { DisputedItem } from '../../syntax/ast';
import type { Rule } from '../context';

/** Two blanks in a row, or a blank other than a space: what /\s+/g would replace by something else. */
const ODD_BLANKS = /\s\s|[^\S ]/;

/**
 * An item as compared: blanks made single spaces, trimmed, lower case. The blanks are replaced only where there is a
 * run or another blank: elsewhere the replace changes nothing. (`ungated`: always replaced, for the tests.)
 */
export function itemKey(typed: string, ungated = false): string {
  return (ungated || ODD_BLANKS.test(typed) ? typed.replace(/\s+/g, ' ') : typed).trim().toLowerCase();
}

export const duplicateItem: Rule = {
  code: 'IMR106',
  name: 'duplicate-item',
  defaultSeverity: 'warning',
  description: 'No disputed item is listed twice.',
  check(ctx) {
    // (one item cannot be listed twice)
    if (ctx.letter.items.length < 2) return;
    // the first item of each key (its line is read only for a report: a range is made each time it is read)
    const seen = new Map<string, DisputedItem>();
    for (const item of ctx.letter.items) {
      const typed = item.field.value?.text;
      const text = typed && itemKey(typed);
      if (!text) continue;
      const first = seen.get(text);
      if (first === undefined) { seen.set(text, item); continue; }
      ctx.report(this.code, this.defaultSeverity, item.field.value!.range,
        `This item is listed twice (first on line ${first.field.range.start.line + 1}); each disputed item is decided once.`);
    }
  },
};
