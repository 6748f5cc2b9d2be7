import { findPersonalData, type PersonalDataKind } from '../../redact/find';
import type { Range } from '../../syntax/ast';
import { proseText } from '../prose-map';
import type { Rule } from '../context';

const WHAT: Record<PersonalDataKind, string> = {
  name: 'a person\'s name', phone: 'a phone number', ssn: 'a Social Security number', 'date-of-birth': 'a date of birth',
  'claim-number': 'a claim number', 'record-number': 'a record, account, member or policy number', 'wcab-case': 'a WCAB case number',
  address: 'a street address', email: 'an e-mail address',
};

/**
 * DWC publishes every determination with personal information removed, and letters are written de-identified
 * ("the injured worker"). The public copy removes what these patterns find; this warns where the prose or an
 * item's text (the item line and the modified-request lines, printed in the letter) still holds some, so the
 * reviewer can rephrase it. Declared parties are meant to be there and are not flagged.
 */
export const personalData: Rule = {
  code: 'IMR701',
  name: 'personal-data',
  defaultSeverity: 'warning',
  description: 'Prose and item text hold no probable personal information (names, phone numbers, SSNs, dates of birth, addresses, record numbers).',
  check(ctx) {
    const warn = (kind: PersonalDataKind, range: Range) => ctx.report(this.code, this.defaultSeverity, range,
      `This looks like ${WHAT[kind]}; letters are de-identified, and the public copy will show '[redacted]' here. Describe instead (e.g. 'the treating physician').`);
    for (const field of ctx.letter.fields) {
      if (field.shape === 'prose') {
        const prose = proseText(field);
        for (const m of findPersonalData(prose.text)) warn(m.kind, prose.rangeOf(m.start, m.end));
      } else if (field.shape === 'value' && field.value && field.spec.scope === 'item') {
        const value = field.value;
        // (the value's range is made when asked: only for a text that holds something)
        for (const m of findPersonalData(value.text)) {
          const { start } = value.range;
          warn(m.kind, { start: { line: start.line, character: start.character + m.start }, end: { line: start.line, character: start.character + m.end } });
        }
      }
    }
  },
};
