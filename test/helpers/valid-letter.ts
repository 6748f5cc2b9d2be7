/** A small letter that passes every rule: tests change one thing in it and expect one problem. */
import { letter } from './snippets';

export const VALID = letter(
  'Case Number: CM16-0213037',
  'Date Assigned: 11/09/2016',
  'Date of Injury: 10/13/2016',
  'Decision Date: 12/09/2016',
  'UR Denial Date: 11/03/2016',
  'Priority: Standard',
  'Application Received: 11/03/2016',
  '',
  'State(s) of Licensure: California,North Carolina',
  'Certification(s)/Specialty: Family Practice',
  '',
  'Clinical Case Summary:',
  '  The injured worker is a 48 year old male with neck and right shoulder pain after a fall at work.',
  '',
  'Item: MRI of the right shoulder without contrast',
  '  Decision: Upheld',
  '  Claims Administrator guideline: MTUS Shoulder Complaints 2004',
  '  MAXIMUS guideline: MTUS Shoulder Complaints 2004, Section(s): Special Studies',
  '  Decision rationale:',
  '    The guidelines support imaging when red flags are present. None are documented here.',
  '    Therefore the request for an MRI of the shoulder is not medically necessary.',
);

/** VALID with `from` replaced by `to` (exactly once; throws when `from` is absent, so a test cannot go stale). */
export function validWith(from: string, to: string): string {
  if (!VALID.includes(from)) throw new Error(`the valid letter has no '${from}'`);
  return VALID.replace(from, to);
}
