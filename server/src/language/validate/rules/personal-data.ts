import { findPersonalData, type PersonalDataKind } from '../../redact';
import { proseText } from '../prose-map';
import type { Rule } from '../context';

const WHAT: Record<PersonalDataKind, string> = {
  name: 'a person\'s name', phone: 'a phone number', ssn: 'a Social Security number', 'date-of-birth': 'a date of birth',
  'claim-number': 'a claim number', address: 'a street address', email: 'an e-mail address',
};

/**
 * DWC publishes every determination with personal information removed, and letters are written de-identified
 * ("the injured worker"). The public copy removes what these patterns find; this warns where the prose still
 * holds some, so the reviewer can rephrase it. Declared parties are meant to be there and are not flagged.
 */
export const personalData: Rule = {
  code: 'IMR701',
  name: 'personal-data',
  defaultSeverity: 'warning',
  description: 'Prose holds no probable personal information (names, phone numbers, SSNs, dates of birth, addresses).',
  check(ctx) {
    for (const field of ctx.letter.fields) {
      if (field.shape !== 'prose') continue;
      const prose = proseText(field);
      for (const m of findPersonalData(prose.text)) {
        ctx.report(this.code, this.defaultSeverity, prose.rangeOf(m.start, m.end),
          `This looks like ${WHAT[m.kind]}; letters are de-identified, and the public copy will show '[redacted]' here. Describe instead (e.g. 'the treating physician').`);
      }
    }
  },
};
