import { removeCitationFix } from '../citations';
import type { Rule } from '../context';

/** "did not cite any medical evidence" contradicts any citation beside it. */
export const noneCitedAlone: Rule = {
  code: 'IMR407',
  name: 'none-cited-alone',
  defaultSeverity: 'error',
  description: '\'None cited\' stands alone in its guideline block.',
  check(ctx) {
    for (const { field } of ctx.guidelineFields()) {
      if (field.citations.length < 2) continue;
      const none = field.citations.find((c) => c.kind === 'none-cited');
      if (!none) continue;
      ctx.report(this.code, this.defaultSeverity, none.range,
        `'None cited' says no medical evidence was cited, but ${field.spec.label} also cites ${field.citations.length - 1} source(s). Remove one or the other.`,
        removeCitationFix(field, none, 'Remove \'None cited\''));
    }
  },
};
