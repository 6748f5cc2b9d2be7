import type { Rule } from '../context';

export const duplicateItem: Rule = {
  code: 'IMR106',
  name: 'duplicate-item',
  defaultSeverity: 'warning',
  description: 'No disputed item is listed twice.',
  check(ctx) {
    const seen = new Map<string, number>();
    for (const item of ctx.letter.items) {
      const text = item.field.value?.text.replace(/\s+/g, ' ').trim().toLowerCase();
      if (!text) continue;
      const first = seen.get(text);
      if (first === undefined) { seen.set(text, item.field.range.start.line); continue; }
      ctx.report(this.code, this.defaultSeverity, item.field.value!.range,
        `This item is listed twice (first on line ${first + 1}); each disputed item is decided once.`);
    }
  },
};
