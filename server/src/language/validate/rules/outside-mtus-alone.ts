import { removeCitationFix } from '../citations';
import type { Rule } from '../context';

/** "outside of the MTUS Guidelines" contradicts an MTUS citation in the same block. */
export const outsideMtusAlone: Rule = {
  code: 'IMR408',
  name: 'outside-mtus-alone',
  defaultSeverity: 'error',
  description: '\'Outside MTUS\' is not combined with MTUS citations.',
  check(ctx) {
    for (const { field } of ctx.guidelineFields()) {
      const outside = field.citations.find((c) => c.kind === 'outside-mtus');
      if (!outside || !field.citations.some((c) => c.kind === 'mtus')) continue;
      ctx.report(this.code, this.defaultSeverity, outside.range,
        `'Outside MTUS' says the decision relied on sources outside the MTUS, but ${field.spec.label} also cites the MTUS.`,
        removeCitationFix(field, outside, 'Remove \'Outside MTUS\''));
    }
  },
};
