import { fieldSpec } from '../../syntax/fields';
import { HEADER_DATE_KEYS, type Rule } from '../context';

/**
 * Injury, then the UR decision, then the application, then assignment, then the determination: each step
 * needs the one before it (no real letter breaks this order).
 */
export const dateOrder: Rule = {
  code: 'IMR203',
  name: 'date-order',
  defaultSeverity: 'error',
  description: 'Date of Injury <= UR Denial Date <= Application Received <= Date Assigned <= Decision Date.',
  check(ctx) {
    const known = HEADER_DATE_KEYS.map((k) => ctx.dates[k]).filter((d) => d?.date);
    for (let i = 1; i < known.length; i++) {
      const earlier = known[i - 1]!;
      const later = known[i]!;
      if (later.date!.iso >= earlier.date!.iso) continue;
      ctx.report(this.code, this.defaultSeverity, later.field.value!.range,
        `${fieldSpec(later.key).label} (${later.field.value!.text}) is before ${fieldSpec(earlier.key).label} (${earlier.field.value!.text}); it cannot come first.`);
    }
  },
};
