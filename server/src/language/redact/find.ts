/**
 * Finds personal information in letter text by its shape, the kinds DWC removes before posting a letter: person
 * names after a title or before a degree, phone numbers, SSNs, dates of birth, claim numbers, street addresses and
 * e-mail addresses. The public copy removes what it finds; a validation warning can point at it in the editor.
 * Patterns lean towards finding too much: a redacted word costs less than a published name.
 */

export type PersonalDataKind = 'name' | 'phone' | 'ssn' | 'date-of-birth' | 'claim-number' | 'address' | 'email';

/** UTF-16 offsets into the text: `text.slice(start, end)` is the personal part (a title or keyword before it is kept). */
export interface PersonalDataMatch { start: number; end: number; kind: PersonalDataKind }

interface Pattern {
  kind: PersonalDataKind;
  /** with the `d` flag; group `pii`, when present, is the part to remove */
  re: RegExp;
  accept?: (found: string) => boolean;
  /** a cheap test the whole text must pass before the pattern is run at all */
  cue?: RegExp;
}

const DIGIT = /\d/;

const NAME_WORD = String.raw`(?:[A-Z][A-Za-z'\u2019-]+|[A-Z]\.)`;
const NAME = String.raw`${NAME_WORD}(?:[ \t]+(?:(?:de|del|de la|van|von|da|di|le|la)[ \t]+)?${NAME_WORD}){0,3}`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const DATE = String.raw`(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|${MONTH}[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4}|\d{1,2}[ \t]+${MONTH},?[ \t]+\d{4}|${MONTH}[ \t]+\d{4}|\d{4})`;
/** street suffixes, as written in addresses (capitalised or upper case, so "CT scan" is not a court) */
const SUFFIXES = ['Street', 'St', 'Avenue', 'Ave', 'Boulevard', 'Blvd', 'Road', 'Rd', 'Drive', 'Dr', 'Lane', 'Ln', 'Way',
  'Court', 'Ct', 'Place', 'Pl', 'Parkway', 'Pkwy', 'Highway', 'Hwy', 'Circle', 'Cir', 'Terrace', 'Ter', 'Trail', 'Plaza',
  'Square', 'Sq', 'Loop', 'Alley', 'Expressway', 'Freeway', 'Pike', 'Center', 'Centre'];
const SUFFIX = `(?:${SUFFIXES.flatMap((s) => (s.length > 2 ? [s, s.toUpperCase()] : [s])).join('|')})`;
const UNIT = String.raw`(?:,?[ \t]*(?:Suite|Ste\.?|SUITE|STE|Apt\.?|Apartment|APT|Unit|UNIT|Bldg\.?|Building|Floor|Fl\.?|#)[ \t]*#?[A-Za-z0-9-]+)?`;
const CITY_STATE_ZIP = String.raw`(?:,?[ \t]*(?:[A-Z][A-Za-z.'-]*[ \t]+){0,3}[A-Z][A-Za-z.'-]*,[ \t]*(?:[A-Z]{2}|California)[ \t]+\d{5}(?:-\d{4})?)?`;
const DEGREE = String.raw`(?:M\.D\.|MD|D\.O\.|DO|D\.C\.|DC|Ph\.D\.|PhD|Psy\.?D\.?|DPM|DDS|PA-C|NP|RN|LCSW|MFT|PT|DPT|OTR)`;
const ROLES = ['physician', 'doctor', 'surgeon', 'chiropractor', 'therapist', 'psychologist', 'attorney', 'adjuster',
  'adjustor', 'examiner', 'provider', 'applicant', 'claimant', 'employee', 'patient', 'worker', 'nurse', 'case manager',
  'representative'];
/** "the patient John Smith", "Patient: John Smith"; a capitalised role without a colon starts a title ("Patient Treatment Agreement") */
const ROLE = `(?:(?:${ROLES.join('|')})[:,]?|(?:${ROLES.map((w) => w[0].toUpperCase() + w.slice(1)).join('|')}):)`;

const PATTERNS: readonly Pattern[] = [
  { kind: 'email', re: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/dg, cue: /@/ },
  { kind: 'ssn', re: /(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])/dg, cue: DIGIT },
  {
    kind: 'ssn',
    re: /\b(?:SSN|SS#|S\.S\.N\.?|[Ss]ocial [Ss]ecurity(?: [Nn](?:umber|o\.?))?|SOCIAL SECURITY(?: NUMBER| NO\.?)?)[ \t]*(?:[:#]|is)?[ \t]*(?<pii>(?:\d{3}|[Xx*]{3})[ -]?(?:\d{2}|[Xx*]{2})[ -]?\d{4})(?!\d)/dg,
  },
  {
    kind: 'date-of-birth',
    re: new RegExp(String.raw`\b(?:DOB|D\.O\.B\.?|[Dd]ate [Oo]f [Bb]irth|DATE OF BIRTH|[Bb]irth ?[Dd]ate|[Bb]irthday|[Bb]orn(?:[ \t]+(?:on|in))?)[ \t]*(?:[:#,-]|is|was)?[ \t]*(?:on[ \t]+)?(?<pii>${DATE})(?!\d)`, 'dg'),
  },
  {
    kind: 'phone',
    re: /(?<![\w/.-])(?:\+?1[ .-]?)?(?:\(\d{3}\)[ ]?|\d{3}[ .-])\d{3}[ .-]\d{4}(?:[ ]?(?:x|ext\.?|extension)[ ]?\d{1,6})?(?![\w/-])/dg,
    cue: DIGIT,
  },
  {
    kind: 'phone',
    re: /\b(?:[Pp]hone|PHONE|[Tt]el(?:ephone)?|TEL|[Ff]ax|FAX|[Cc]ell|[Mm]obile)(?:[ \t]+(?:[Nn]umber|[Nn]o\.?|#))?[ \t]*[:#]?[ \t]*(?<pii>\+?\d{10,11})\b/dg,
  },
  {
    kind: 'claim-number',
    re: /\b(?:[Cc]laim|CLAIM)(?:[ \t]+(?:[Nn]umber|NUMBER|[Nn]o\.?|NO\.?|#|ID))?[ \t]*(?:[:#]|is)?[ \t]*(?<pii>[A-Za-z0-9][A-Za-z0-9-]{3,}[A-Za-z0-9])/dg,
    // a claim number has a digit, and the IMR case number (CM16-0213037) is not one
    accept: (s) => /\d/.test(s) && !/^CM\d{2}-\d{7}$/.test(s),
  },
  { kind: 'claim-number', re: /\bADJ\d{6,8}\b/dg, cue: /ADJ/ },
  {
    kind: 'address',
    re: new RegExp(String.raw`(?<![\w/.-])\d{1,6}[A-Z]?[ \t]+(?:[NSEW]\.?[ \t]+)?(?:[A-Z0-9][A-Za-z0-9'.-]*[ \t]+){1,4}${SUFFIX}\b\.?${UNIT}${CITY_STATE_ZIP}`, 'dg'),
    cue: DIGIT,
  },
  { kind: 'address', re: new RegExp(String.raw`\b[Pp]\.?[ \t]?[Oo]\.?[ \t]*(?:[Bb]ox|BOX)[ \t]+\d+${CITY_STATE_ZIP}`, 'dg') },
  { kind: 'address', re: /\b[A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+){0,3},[ \t]*(?:CA|California)[ \t]+\d{5}(?:-\d{4})?\b/dg },
  {
    kind: 'name',
    re: new RegExp(String.raw`\b(?:Dr\.?|DR\.|Mr\.?|Mrs\.?|MRS\.|Ms\.?|Miss|Mx\.|Prof\.?|Doctor)[ \t]+(?<pii>${NAME})`, 'dg'),
  },
  { kind: 'name', re: new RegExp(String.raw`\b(?<pii>[A-Z][a-z'\u2019-]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][A-Za-z'\u2019-]+){1,2}),?[ \t]+${DEGREE}(?![A-Za-z])`, 'dg') },
  { kind: 'name', re: new RegExp(String.raw`\b(?:[Nn]ame|NAME)[ \t]*(?::|is)[ \t]*(?<pii>${NAME})`, 'dg') },
  {
    kind: 'name',
    re: new RegExp(String.raw`\b${ROLE}[ \t]+(?<pii>[A-Z][a-z'\u2019-]+(?:[ \t]+(?:[A-Z]\.|[A-Z][a-z'\u2019-]+)){1,3})`, 'dg'),
    // "the patient Norco" is not a name: two capitalised words are
    accept: (s) => s.split(/[ \t]+/).length >= 2,
  },
];

/** Sorted, overlapping or touching matches merged (the first kind wins). */
export function mergeMatches(found: PersonalDataMatch[]): PersonalDataMatch[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PersonalDataMatch[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start <= last.end) last.end = Math.max(last.end, m.end);
    else out.push({ ...m });
  }
  return out;
}

export function findPersonalData(text: string): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  for (const p of PATTERNS) {
    if (p.cue && !p.cue.test(text)) continue;
    p.re.lastIndex = 0;
    for (const m of text.matchAll(p.re)) {
      const span = m.indices?.groups?.pii ?? m.indices?.[0];
      if (!span) continue;
      const [start, end] = span;
      if (end <= start || (p.accept && !p.accept(text.slice(start, end)))) continue;
      found.push({ start, end, kind: p.kind });
    }
  }
  return mergeMatches(found);
}
