/**
 * Finds personal information in letter text by its shape, the kinds DWC removes before posting a letter: person
 * names after a title, a role or before a degree, phone numbers, SSNs, dates of birth, claim, record and WCAB case
 * numbers, street addresses and e-mail addresses, in the forms they take in medical-legal text. The public copy
 * removes what it finds; IMR701 points at it in the editor. Pure regular expressions: no NLP here, so validation
 * stays fast (names without a cue are found in names.ts, where the public copy is made).
 * Patterns lean towards finding too much where the shape is unambiguous (nine digits in SSN groups), and need a
 * label where it is not (a record number is just a number without one).
 */

export type PersonalDataKind =
  | 'name' | 'phone' | 'ssn' | 'date-of-birth' | 'claim-number' | 'record-number' | 'wcab-case' | 'address' | 'email';

export const PERSONAL_DATA_KINDS: readonly PersonalDataKind[] = [
  'name', 'phone', 'ssn', 'date-of-birth', 'claim-number', 'record-number', 'wcab-case', 'address', 'email',
];

/** UTF-16 offsets into the text: `text.slice(start, end)` is the personal part (a title or keyword before it is kept). */
export interface PersonalDataMatch { start: number; end: number; kind: PersonalDataKind }

export interface Pattern {
  kind: PersonalDataKind;
  /** with the `d` flag; group `pii`, when present, is the part to remove */
  re: RegExp;
  accept?: (found: string, text: string, start: number) => boolean;
  /**
   * a cheap test the whole text must pass before the pattern is run at all, from the one pass (`scan`): made from
   * `cueBit` and `cueText`, which a pattern writes instead (the search reads those two; this is for the tests)
   */
  cue?: (text: string, cues: number) => boolean;
  /** the cue, as the `Cue` the one pass must have set (any of these bits), and a regular expression the text must hold */
  cueBit?: number;
  cueText?: RegExp;
  /**
   * Where a match can start, as the one pass over the text (`scan`) lists them: every place the pattern matches
   * must be among them (more is fine). The pattern is then tried only there, anchored, instead of at every
   * character: its lookbehinds and long alternations are what checking spent its time on.
   */
  starts?: 'number' | 'keyword' | 'role' | 'verb';
  /**
   * Tried at every start, also inside an earlier match (the person's-verb pattern was written so); otherwise
   * the search goes on after a match, exactly as a global search does.
   */
  overlapping?: boolean;
  /** a keyword pattern's words (see `keyword`) */
  lead?: string;
  /** a keyword pattern's bit in `keywordTable`, or a number pattern's `Shape`s (which starts it can match at); 0 for others */
  bit?: number;
  /** `re` anchored (sticky), for a pattern with `starts` */
  anchored?: RegExp;
  /** `starts` as a `Family`, and the bits of its places that it can start at (every bit for a role or verb start) */
  family?: Family;
  need?: number;
}

/**
 * A pattern that starts with a word from a short list (a label, a title): `boundary` (a lookbehind that puts a
 * word boundary before the word's first letter), then `lead` (the words), then `rest`. These patterns are tried
 * only where one of their words can stand, by its first characters (`keywordTable`, looked up in the one pass).
 */
function keyword(kind: PersonalDataKind, boundary: string, lead: string, rest: string, more: Omit<Pattern, 'kind' | 're' | 'lead'> = {}, ahead?: string): Pattern {
  // `ahead`: what `rest` must start with (kept in the lead, which is the pattern's own beginning)
  return { kind, re: new RegExp(boundary + lead + rest, 'dg'), lead: ahead ? `${lead}(?=${ahead})` : lead, starts: 'keyword', ...more };
}

import { isClinicalPhrase, isEponymUse, isLetterWord } from './vocabulary';
import { filterKey, PrefixTable } from './lead-prefixes';

/** hyphen, en dash, em dash, minus, non-breaking hyphen */
const DASH = '\\-\u2010\u2011\u2012\u2013\u2014\u2212';
/** one separator between digit groups: a dash of any kind, a dot, a space, or none */
const SEP = `(?:[ \\t]?[${DASH}.][ \\t]?|[ \\t\u00a0])?`;
/** not inside a longer number, word or date */
const BEFORE = `(?<![\\w${DASH}./])`;
const AFTER = `(?![\\w${DASH}]|[./]\\d)`;

/** a capitalised name word: O'Neil, McKay, Gonzalez-Ruiz, Tran-Nguyen */
const WORD = String.raw`(?:Mc|Mac|O['\u2019])?[A-Z][a-z'\u2019]+(?:-(?:Mc|Mac)?[A-Z]?[a-z'\u2019]+)*`;
const NAME_WORD = String.raw`(?:[A-Z][a-z]*['\u2019][A-Z][a-z]+|${WORD}|[A-Z]\.)`;
const NAME_LINK = String.raw`(?:de|del|de la|van|van der|von|da|di|le|la|st\.|y)`;
const NAME = String.raw`(?:(?:de|del|de la|van|van der|von|da|di|le|la)[ \t]+)?${NAME_WORD}(?:[ \t]+(?:${NAME_LINK}[ \t]+)?${NAME_WORD}){0,3}`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[a-zA-Z]*\.?`;
const NUMERIC_DATE = String.raw`\d{1,2}[ \t]?[/.${DASH}][ \t]?\d{1,2}[ \t]?[/.${DASH}][ \t]?\d{2,4}`;
const DATE = String.raw`(?:${NUMERIC_DATE}|\d{4}[${DASH}/.]\d{1,2}[${DASH}/.]\d{1,2}|${MONTH}[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{2,4}|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?${MONTH},?[ \t]+\d{4}|${MONTH},?[ \t]+\d{4}|\d{1,2}[${DASH}]${MONTH}[${DASH}]\d{2,4}|\d{4})`;
/** street suffixes, as written in addresses (capitalised or upper case, so "CT scan" is not a court) */
const SUFFIXES = ['Street', 'St', 'Avenue', 'Ave', 'Av', 'Boulevard', 'Blvd', 'Road', 'Rd', 'Drive', 'Dr', 'Lane', 'Ln', 'Way',
  'Court', 'Ct', 'Place', 'Pl', 'Parkway', 'Pkwy', 'Highway', 'Hwy', 'Circle', 'Cir', 'Terrace', 'Ter', 'Trail', 'Trl', 'Plaza',
  'Square', 'Sq', 'Loop', 'Alley', 'Expressway', 'Freeway', 'Fwy', 'Pike', 'Center', 'Centre', 'Ctr', 'Row', 'Run', 'Path',
  'Crossing', 'Xing', 'Point', 'Pt', 'Ridge', 'Heights', 'Hts', 'Park', 'Walk', 'Crescent', 'Cres', 'Real', 'Mall', 'Glen',
  'Grove', 'Hollow', 'Landing', 'Meadow', 'Meadows', 'Oaks', 'Vista', 'View', 'Commons', 'Close'];
const SUFFIX = `(?:${SUFFIXES.flatMap((s) => (s.length > 2 ? [s, s.toUpperCase()] : [s])).join('|')})`;
const UNIT_WORD = String.raw`(?:Suite|Ste\.?|SUITE|STE\.?|Apt\.?|Apartment|APT\.?|Unit|UNIT|Bldg\.?|Building|BLDG\.?|Floor|Fl\.?|FL\.?|Room|Rm\.?|Space|Spc\.?|Lot|Trailer|#)`;
const UNIT = String.raw`(?:,?[ \t]*${UNIT_WORD}[ \t]*#?[ \t]*[A-Za-z]?\d[A-Za-z0-9-]*|,?[ \t]*${UNIT_WORD}[ \t]*[A-Z](?![a-z]))?`;
const STATE = String.raw`(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]|California|Calif\.|Nevada|Arizona|Oregon)`;
const ZIP = String.raw`\d{5}(?:[${DASH} ]?\d{4})?`;
const CITY_STATE_ZIP = String.raw`(?:,?[ \t]*(?:[A-Z][A-Za-z.'-]*[ \t]+){0,3}[A-Z][A-Za-z.'-]*,?[ \t]*${STATE}\.?[ \t]+${ZIP})?`;
const DEGREE = String.raw`(?:M\.D\.|MD|D\.O\.|DO|D\.C\.|DC|Ph\.D\.|PhD|Psy\.?D\.?|DPM|DDS|PA-C|PA|NP|FNP|FNP-C|RN|LVN|LCSW|MFT|LMFT|PT|DPT|OTR|OTR/L|OT|LAc|L\.Ac\.|QME|AME|PTP|Esq\.?)`;

/**
 * Roles that name a person right after them ("his supervisor Linda Chu", "Nurse Practitioner Henrietta Voss",
 * "attorney Sam Ruiz"). Lower case as in prose; a capitalised role counts too ("Physical Therapist Ann Lee").
 */
export const ROLES = ['physician', 'doctor', 'surgeon', 'orthopedist', 'orthopaedist', 'neurologist', 'psychiatrist',
  'chiropractor', 'therapist', 'physical therapist', 'occupational therapist', 'psychologist', 'acupuncturist',
  'pain management specialist', 'specialist', 'nurse', 'nurse practitioner', 'nurse case manager', 'case manager',
  'registered nurse', 'physician assistant', 'physician\'s assistant', 'medical assistant', 'pharmacist', 'radiologist',
  'attorney', 'lawyer', 'counsel', 'adjuster', 'adjustor', 'claims adjuster', 'claims examiner', 'examiner',
  'provider', 'applicant', 'claimant', 'employee', 'patient', 'worker', 'injured worker', 'representative',
  'supervisor', 'manager', 'foreman', 'forelady', 'boss', 'owner', 'coworker', 'co-worker', 'colleague', 'employer',
  'interpreter', 'translator', 'counselor', 'counsellor', 'social worker', 'investigator', 'witness', 'caregiver',
  'wife', 'husband', 'spouse', 'partner', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'friend',
  'neighbor', 'neighbour', 'girlfriend', 'boyfriend', 'fiance', 'fiancee', 'aunt', 'uncle', 'cousin', 'grandson',
  'granddaughter', 'grandmother', 'grandfather', 'stepson', 'stepdaughter', 'roommate', 'landlord', 'QME', 'AME',
  'PTP', 'NP', 'PA', 'PA-C', 'RN', 'LVN', 'DC', 'NCM', 'PT', 'DPT', 'OT', 'OTR', 'LCSW', 'MFT', 'LMFT', 'IME', 'PhD', 'PsyD',
  'daughter-in-law', 'son-in-law', 'mother-in-law', 'father-in-law', 'sister-in-law', 'brother-in-law', 'stepmother',
  'stepfather', 'niece', 'nephew', 'grandchild', 'child', 'case worker', 'caseworker', 'contact', 'employer contact', 'agent', 'guardian', 'parent'];
/** What a person does in a letter's prose, after a name. */
const PERSON_VERB_LIST = ['reported', 'stated', 'noted', 'observed', 'said', 'testified', 'indicated', 'explained', 'complained', 'denied',
  'admitted', 'described', 'recalled', 'witnessed', 'signed', 'wrote', 'called', 'drove', 'told', 'asked', 'confirmed', 'saw',
  'examined', 'treated', 'evaluated', 'documented', 'recommended', 'requested', 'prescribed', 'referred', 'declined', 'agreed',
  'reports', 'states', 'notes', 'says', 'indicates', 'explains', 'complains', 'denies', 'admits', 'describes', 'recalls', 'requests',
  'recommends', 'prescribes', 'refers', 'declines', 'agrees', 'confirms', 'was', 'were', 'is', 'has', 'had', 'who'];
const PERSON_VERBS = PERSON_VERB_LIST.join('|');

/** Titles written before a name. */
export const TITLES = ['Dr', 'DR', 'Dr.', 'DR.', 'Mr', 'Mr.', 'MR.', 'Mrs', 'Mrs.', 'MRS.', 'Ms', 'Ms.', 'MS.', 'Miss', 'Mx.',
  'Prof', 'Prof.', 'Doctor', 'Nurse', 'Sister', 'Father', 'Judge', 'Hon.', 'Honorable', 'Officer', 'Sgt.', 'Rev.'];

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const capitalised = (w: string) => w.replace(/(^|[ -])([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase());
/** "physical therapist" or "Physical Therapist", longest first so "nurse case manager" wins over "nurse" */
const ROLE_RE = [...ROLES].sort((a, b) => b.length - a.length)
  .flatMap((r) => (r === r.toLowerCase() ? [r, capitalised(r)] : [r])).map((r) => escapeRe(r).replace(/ /g, '[ \\t]+')).join('|');
/** every word of a role, lower case: never the start of a name ("Practitioner Henrietta Voss") */
export const ROLE_WORDS: ReadonlySet<string> = new Set(ROLES.flatMap((r) => r.toLowerCase().split(' ')));
const TITLE_RE = [...TITLES].sort((a, b) => b.length - a.length).map(escapeRe).join('|');

/** "a name" after a role: one to three capitalised words, an initial allowed ("Ann B. Lee") */
const ROLE_NAME = String.raw`(?:[A-Z]\.[ \t]*)?${WORD}(?:[ \t]+(?:${NAME_LINK}[ \t]+)?(?:[A-Z]\.|${WORD})){0,2}`;

/** WCAB district offices, in the older case numbers (SAC 123456) */
const DISTRICTS = 'AHM|ANA|BAK|EUR|FRE|GOL|LAO|LBO|MON|OAK|OXN|POM|RDG|RIV|SAC|SAL|SBA|SBR|SDO|SFO|SJO|SRO|STK|VNO|VEN|WCK';

/** Record-like numbers: at least four characters, a digit among them. */
const RECORD_VALUE = String.raw`[A-Za-z0-9](?:[A-Za-z0-9]|[${DASH}./][A-Za-z0-9]){3,24}`;
const NUMBER_WORD = String.raw`(?:[Nn]umber|NUMBER|[Nn]o\.?|NO\.?|[Nn]um\.?|#|ID|[Ii]d|I\.D\.)`;
const RECORD_LABELS = [
  String.raw`MRN`, String.raw`M\.R\.N\.?`, String.raw`[Mm]edical[ \t]+[Rr]ecords?`, String.raw`MEDICAL[ \t]+RECORD`, String.raw`[Mm]ed\.?[ \t]*[Rr]ec\.?`,
  String.raw`[Cc]hart`, String.raw`[Aa]ccount`, String.raw`ACCOUNT`, String.raw`[Aa]cct\.?`, String.raw`ACCT\.?`, String.raw`[Mm]ember`, String.raw`MEMBER`,
  String.raw`[Pp]olicy`, String.raw`POLICY`, String.raw`[Pp]olicyholder`, String.raw`[Ss]ubscriber`, String.raw`[Pp]atient`, String.raw`PATIENT`,
  String.raw`[Ee]mployee`, String.raw`[Gg]roup`, String.raw`[Rr]eference`, String.raw`[Rr]ef\.?`, String.raw`[Aa]uthorization`, String.raw`[Aa]uth\.?`,
  String.raw`[Cc]onfirmation`, String.raw`[Ii]nvoice`, String.raw`[Bb]ill`, String.raw`[Ll]icense`, String.raw`[Dd]river'?s[ \t]+[Ll]icense`,
  String.raw`DL`, String.raw`[Mm]edicare`, String.raw`[Mm]edi-?[Cc]al`, String.raw`[Hh]ealth[ \t]+[Pp]lan`, String.raw`[Ii]nsurance`, String.raw`[Ee]mployer`,
  String.raw`[Pp]ayer`, String.raw`[Pp]ayor`, String.raw`[Cc]ase`, String.raw`[Ff]ile`, String.raw`[Rr]ecord`, String.raw`[Pp]rescription`, String.raw`Rx`, String.raw`[Ee]nrollee`,
];
/** abbreviations that are only ever labels: a number right after them is a record number */
const RECORD_ABBREVIATIONS = String.raw`(?:MR(?=[ \t]*(?:#|[Nn]o\.?|[Nn]umber))|MRN|M\.R\.N\.?|[Mm]ed\.?[ \t]*[Rr]ec\.?|[Aa]cct\.?|ACCT\.?|ID|I\.D\.|UID|PID|[Mm]br\.?)`;

/** The last word of each role, lower case: a name after a role follows one of these. */
const ROLE_LAST_WORDS: ReadonlySet<string> = new Set(ROLES.map((r) => r.toLowerCase().split(' ').pop()!.replace(/^.*'/, '')));
/** the most words a role has ("nurse case manager") */
const ROLE_WORD_COUNT = Math.max(...ROLES.map((r) => r.split(' ').length));

/**
 * The one pass (`scan`) reads the text as bytes, one per UTF-16 unit (`bytesOf`): a typed array is read at about
 * half the cost of charCodeAt. ASCII stands for itself; of the other characters the pass tells only these apart,
 * each a byte above ASCII (so no ASCII test takes one for what it is not).
 */
const enum Byte { Apostrophe = 0x80 /* ’ */, Dash = 0x81 /* ‐-— − */, OpenQuote = 0x82 /* “ */, Nbsp = 0x83, Other = 0xff }

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isRoleWordChar = (c: number) => isLetter(c) || c === 39 || c === 45 || c === Byte.Apostrophe;
const isBlank = (c: number) => c === 32 || c === 9;

/**
 * Where a role followed by a name can start, given a capital `cap` after a blank (the name begins there). Before
 * the blanks stands the role's last word, or a colon or comma after it, or "named", "was" or "is" after blanks.
 * The role starts at that word (never after a letter, digit or hyphen) or at one of the words before it that a
 * longer role spans. Added to `out` (not in order: a longer role's first words can lie before an earlier start).
 */
function roleStartsAt(b: Uint8Array, text: string, cap: number, out: Places): void {
  let j = cap - 1;
  while (j > 0 && isBlank(b[j - 1])) j--;
  if (j === 0) return;
  const c = b[j - 1];
  if (c === 58 || c === 44) roleBefore(b, text, j - 1, out);
  else if (ROLE_LINK_ENDINGS[c]) {
    for (const link of ROLE_LINKS) {
      const at = j - link.length;
      if (at > 0 && isBlank(b[at - 1]) && text.startsWith(link, at)) {
        let e = at;
        while (e > 0 && isBlank(b[e - 1])) e--;
        roleBefore(b, text, e, out);
      }
    }
  }
  roleBefore(b, text, j, out);
}
/** A role whose last word ends at `e`: its start, and the starts of the words before it a longer role spans. */
function roleBefore(b: Uint8Array, text: string, e: number, out: Places): void {
  // (the last letter first: most words before a capital are no role, and need not be walked to say so)
  if (e === 0 || !ROLE_LAST_ENDINGS[(b[e - 1] | 0x20) & 0x7f]) return;
  let s = e;
  while (s > 0 && (isLetter(b[s - 1]) || b[s - 1] === 45)) s--;
  // (the first letter and length next, then the words of that shape, letter by letter: no copy made)
  if (s === e || e - s > 31 || !isRoleLastWord(b, s, e)) return;
  out.add(s, 1);
  for (let k = 1, at = s; k < ROLE_WORD_COUNT; k++) {
    let i = at;
    while (i > 0 && isBlank(b[i - 1])) i--;
    if (i === at || i === 0 || !isRoleWordChar(b[i - 1])) break;
    while (i > 0 && isRoleWordChar(b[i - 1])) {
      // a role can also start after an apostrophe in the word ("’registered nurse": not after a letter or hyphen)
      const c = b[i - 1];
      if (c === 39 || c === Byte.Apostrophe) out.add(i, 1);
      i--;
    }
    out.add(at = i, 1);
  }
}
/** the roles' last words by first letter and length (letter << 5 | length): their place in `ROLE_LAST_LISTS`, 0 for none */
const ROLE_LAST_SHAPES = new Uint8Array(128 << 5);
/** lists of the roles' last words of one shape (the first, none) */
const ROLE_LAST_LISTS: string[][] = [[]];
for (const w of ROLE_LAST_WORDS) {
  if (w.length > 31 || !/^[a-z-]+$/.test(w)) throw new Error(`a role's last word of more than 31 letters, or not of [a-z-]: ${w}`);
  const shape = (w.charCodeAt(0) << 5) | w.length;
  if (!ROLE_LAST_SHAPES[shape]) {
    if (ROLE_LAST_LISTS.length > 0xff) throw new Error('more shapes of a role\'s last word than a byte numbers');
    ROLE_LAST_SHAPES[shape] = ROLE_LAST_LISTS.push([]) - 1;
  }
  ROLE_LAST_LISTS[ROLE_LAST_SHAPES[shape]].push(w);
}
/**
 * Whether the letters and hyphens from `s` to `e` (at most 31) are a role's last word, in any case: what
 * `ROLE_LAST_WORDS.has(text.slice(s, e).toLowerCase())` says (`| 0x20` lowers a letter and keeps a hyphen).
 */
function isRoleLastWord(b: Uint8Array, s: number, e: number): boolean {
  const list = ROLE_LAST_SHAPES[(((b[s] | 0x20) & 0x7f) << 5) | (e - s)];
  if (!list) return false;
  for (const w of ROLE_LAST_LISTS[list]) {
    let q = 1;
    while (q < w.length && (b[s + q] | 0x20) === w.charCodeAt(q)) q++;
    if (q === w.length) return true;
  }
  return false;
}
/** the last letters of the roles' last words, lower case (a letter's code with 0x20 set) */
const ROLE_LAST_ENDINGS = new Uint8Array(128);
for (const w of ROLE_LAST_WORDS) ROLE_LAST_ENDINGS[w.charCodeAt(w.length - 1)] = 1;
/** what may stand between a role and the name after it */
const ROLE_LINKS = ['named', 'was', 'is'];
/**
 * The last three bytes before a single blank before a capital, by `filterKey` (any case alike): 1 where
 * `roleStartsAt` can find a role there, that is where a role's last word, a link or a colon or comma ends (a shorter
 * word or mark with any bytes before it).
 */
const ROLE_ENDS = new Uint8Array(1 << 15);
for (const end of [...ROLE_LAST_WORDS, ...ROLE_LINKS, ':', ',']) {
  const last = [...end.slice(-3)].map((ch) => ch.charCodeAt(0));
  // the bytes before a shorter one may be anything: each of the 32 values a byte has for filterKey (one key for a
  // word of three letters or more, so loading this module does not fill a thousand for each)
  const free = 3 - last.length;
  for (let x = 0; x < 1 << (5 * free); x++) {
    const [c1, c2, c3] = free === 0 ? last : free === 1 ? [x, ...last] : [x >> 5, x & 31, ...last];
    ROLE_ENDS[filterKey(c1, c2, c3)] = 1;
  }
}
/** their last letters, by byte: only a word ending in one can be a link (a letter, so the test above is implied) */
const ROLE_LINK_ENDINGS = new Uint8Array(256);
for (const l of ROLE_LINKS) ROLE_LINK_ENDINGS[l.charCodeAt(l.length - 1)] = 1;

/**
 * Places the one pass finds for one family of patterns, in order, each with a number (a number start's `Shape`s,
 * a keyword's patterns' bits). Kept between calls and reused: no arrays to grow for each text.
 */
class Places {
  // (room for the longest letters' texts at once: growing is rare, and a rare turn in `scan` costs it its compiled code)
  at = new Int32Array(1024);
  bits = new Int32Array(1024);
  count = 0;
  /** every place's bits together: a pattern none of them has is not tried at all */
  any = 0;

  constructor(any = 0) {
    this.any = any;
  }

  add(at: number, bits: number): void {
    if (this.count === this.at.length) this.grow();
    this.at[this.count] = at;
    this.bits[this.count++] = bits;
    this.any |= bits;
  }

  clear(): void {
    this.count = this.any = 0;
  }

  /** Back to the first size, after a text long enough to have grown it far. */
  shrink(): void {
    if (this.at.length <= KEPT) return;
    this.at = new Int32Array(1024);
    this.bits = new Int32Array(1024);
  }

  private grow(): void {
    const at = new Int32Array(this.at.length * 2);
    at.set(this.at);
    this.at = at;
    const bits = new Int32Array(at.length);
    bits.set(this.bits);
    this.bits = bits;
  }
}

/** What the one pass over a text finds: where each family of patterns can start, and the cues. */
interface Starts {
  /** a digit, `+` or `(` not inside a word, number or date (`BEFORE`), with its `Shape`s */
  numbers: Places;
  /** word starts where a keyword pattern's words can stand, with the patterns' bits */
  keywords: Places;
  /** where a role followed by a name can start (`roleStartsAt`) */
  roles: Places;
  /** where two capitalised words can start (`verbStartAt`) */
  verbs: Places;
  /** `Cue`s */
  cues: number;
  /** the lists by `Family` (the first, for the patterns searched for everywhere, empty and with every bit) */
  families: readonly Places[];
}
/** Which of the lists in `Starts` a pattern's starts are in. */
const enum Family { Everywhere, Number, Keyword, Role, Verb }
/** The same, as plain lists, for the tests. */
export interface StartLists {
  numbers: number[];
  shapes: number[];
  keywords: number[];
  masks: number[];
  roles: number[];
  verbs: number[];
  cues: number;
}
/**
 * What a number start is, for the number patterns: each is tried only at starts of the shapes its beginning
 * allows. A digit run's length is what it is, as the patterns' digit groups end at a separator or a non-digit:
 * - `Ssn`: 3, 5 or 9 digits (\d{3}SEP\d{2}SEP\d{4}, each SEP a non-digit or nothing, and no digit after);
 * - `Three`: 3 digits, a separator and a digit (a phone's \d{3}[ \t]?[DASH./\u00a0 ][ \t]?\d);
 * - `One`: a 1 alone or before three digits (a phone's 1 before a blank, dash, dot, bracket or the area code);
 * - `TenDigits`: 10 digits, or 11 starting with a 1 (\+?1(?=\d{10}\b)\d{10});
 * - `StreetNumber`: at most 6 digits (\d{1,6} takes the whole run), then a capital, or blanks and what a street
 *   line's next word can start with (see `STREET_WORD_STARTS`);
 * - `Plus`: a + where a number can start; `Paren`: a ( there, before three digits and a ) (a phone's \(\d{3}\)).
 */
const enum Shape { Ssn = 1, Plus = 2, One = 4, Paren = 8, TenDigits = 16, StreetNumber = 32, Three = 64 }
/**
 * What can follow a street number's blanks: a fraction's digit, a capital (N., North, a name, a number word's
 * digit) or the first letter of de, del, la, los, las, el.
 */
const STREET_WORD_STARTS = new Uint8Array(256);
/** [DASH./\u00a0 ], what a phone's digit groups are parted by (one of them, with blanks either side) */
const PHONE_SEPARATORS = new Uint8Array(256);
for (const c of [45, 46, 47, 32, Byte.Dash, Byte.Nbsp]) PHONE_SEPARATORS[c] = 1;
/** Whether [ \t]?[DASH./\u00a0 ][ \t]?\d matches at `i` (the separator is there, or after a blank). */
function phoneSeparatorAt(b: Uint8Array, i: number): boolean {
  for (let k = i; k <= i + 1; k++) {
    if (k > i && !isBlank(b[i])) break;
    if (PHONE_SEPARATORS[b[k]] && (isDigit(b[k + 1]) || (isBlank(b[k + 1]) && isDigit(b[k + 2])))) return true;
  }
  return false;
}
for (const c of '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZdle') STREET_WORD_STARTS[c.charCodeAt(0)] = 1;
const enum Cue { Digit = 1, Paren = 2, Email = 4, Adj = 8, FiveDigits = 16, Degree = 32 }

const STATE_ZIP = new RegExp(String.raw`${STATE}\.?[ \t]+\d{5}`);

let leads = 0;
const PATTERNS: Pattern[] = ([
  {
    kind: 'email', re: /[A-Za-z0-9._%+-]+[ \t]?(?:@|\[at\]|\(at\))[ \t]?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/dg,
    cueBit: Cue.Email,
  },
  // 123-45-6789, 123 45 6789, 123.45.6789, 123–45–6789, 123456789 (nine digits alone are never a dose, a date or a code)
  { kind: 'ssn', re: new RegExp(`${BEFORE}\\d{3}${SEP}\\d{2}${SEP}\\d{4}${AFTER}`, 'dg'), starts: 'number', bit: Shape.Ssn, accept: notCaseNumber },
  keyword('ssn', '\\b', String.raw`(?:SSN|SS#|SS[ \t]?No\.?|S\.S\.N?\.?|S\.S\.#|[Ss]ocial[ \t]+[Ss]ecurity(?:[ \t]+(?:[Nn]umber|[Nn]o\.?|#|[Cc]ard))?|SOCIAL[ \t]+SECURITY(?:[ \t]+(?:NUMBER|NO\.?|#))?)`,
    String.raw`[ \t]*(?:[:#]|is|was|of|ending[ \t]+in)?[ \t]*(?<pii>(?:\d{3}|[Xx*]{3})${SEP}(?:\d{2}|[Xx*]{2})${SEP}\d{4}|\d{4})(?!\d)`),
  keyword('date-of-birth', '\\b', String.raw`(?:DOB|D\.O\.B\.?|[Dd]\/[Oo]\/[Bb]|[Dd]ate[ \t]+[Oo]f[ \t]+[Bb]irth|DATE[ \t]+OF[ \t]+BIRTH|[Bb]irth[ \t]?[Dd]ate|BIRTH[ \t]?DATE|[Bb]irthday|[Bb]orn(?:[ \t]+(?:on|in))?|BORN|[Bb]\.)`,
    String.raw`[ \t]*(?:[:#,${DASH}]|is|was|of)?[ \t]*(?:on[ \t]+)?(?<pii>${DATE})(?!\d)`,
    { accept: (found, text, start) => !/(?:^|[^.\w])[Bb]\.\s*$/.test(text.slice(Math.max(0, start - 5), start)) || /\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}/.test(found) }),
  // (415) 555-0143, 415-555-0143, 415.555.0143, 415 555 0143, +1 415 555 0143, 1-415-555-0143, (415)5550143, with extensions
  {
    kind: 'phone',
    re: new RegExp(String.raw`${BEFORE}(?:\+?1[ \t]?[${DASH}. ]?[ \t]?)?(?:\(\d{3}\)[ \t]?[${DASH}.]?[ \t]?|\d{3}[ \t]?[${DASH}./\u00a0 ][ \t]?)\d{3}[ \t]?[${DASH}.\u00a0 ][ \t]?\d{4}(?:,?[ \t]*(?:x|X|ext\.?|Ext\.?|EXT\.?|extension|Extension|#)[ \t]*\d{1,6})?${AFTER}`, 'dg'),
    starts: 'number', bit: Shape.Plus | Shape.One | Shape.Paren | Shape.Three,
  },
  {
    kind: 'phone',
    re: new RegExp(String.raw`${BEFORE}(?:\+?1[ \t]?)?\(\d{3}\)[ \t]?\d{7}(?:,?[ \t]*(?:x|ext\.?|extension)[ \t]*\d{1,6})?${AFTER}`, 'dg'),
    cueBit: Cue.Paren, starts: 'number', bit: Shape.Plus | Shape.One | Shape.Paren,
  },
  // ten digits alone, or eleven starting with 1: a phone number (no dose, date or code is written so)
  { kind: 'phone', re: new RegExp(String.raw`${BEFORE}(?:\+1|\+?1(?=\d{10}\b))?\d{10}${AFTER}`, 'dg'), starts: 'number', bit: Shape.Plus | Shape.TenDigits },
  keyword('phone', '\\b', String.raw`(?:[Pp]hone|PHONE|[Tt]el(?:ephone)?\.?|TEL\.?|[Ff]ax|FAX|[Cc]ell(?:[ \t]+phone)?|CELL|[Mm]obile|[Pp]ager|[Cc]ontact[ \t]+number)`,
    String.raw`(?:[ \t]+(?:[Nn]umber|[Nn]o\.?|#))?[ \t]*[:#]?[ \t]*(?<pii>\+?[\d(][\d() .${DASH}]{8,16}\d(?:[ \t]*(?:x|ext\.?)[ \t]*\d{1,6})?)`,
    { accept: (s) => (s.match(/\d/g)?.length ?? 0) >= 7 }),
  keyword('claim-number', '\\b', String.raw`(?:[Cc]laim|CLAIM)`, String.raw`(?:[ \t]+${NUMBER_WORD})?[ \t]*(?:[:#]|is)?[ \t]*(?<pii>${RECORD_VALUE})`, {
    // a claim number has a digit, and the IMR case number (CM16-0213037) is not one
    accept: (s) => hasRecordDigits(s) && !/^CM\d{2}-\d{7}$/.test(s) && !/^(?:19|20)\d\d$/.test(s),
  }),
  // WCAB case numbers: ADJ1234567, and the older district office numbers (SAC 123456, LAO 0123456)
  { kind: 'wcab-case', re: new RegExp(`${BEFORE}ADJ[ \\t]?\\d{6,8}${AFTER}`, 'dg'), cueBit: Cue.Adj },
  keyword('wcab-case', BEFORE, `(?:${DISTRICTS})`, String.raw`[ \t]?\d{6,7}${AFTER}`, { cueBit: Cue.Digit }),
  keyword('wcab-case', '\\b', String.raw`(?:WCAB|W\.C\.A\.B\.|EAMS)`, String.raw`(?:[ \t]+[Cc]ase)?(?:[ \t]+${NUMBER_WORD})?[ \t]*[:#]?[ \t]*(?<pii>${RECORD_VALUE})`, {
    accept: hasRecordDigits,
  }),
  // a label that is an ordinary word needs a number word or a colon after it ("account number", "Member ID:"); the
  // labels are frequent words ("patient"), so the keyword pass looks for that too
  keyword('record-number', '\\b', String.raw`(?:${RECORD_LABELS.join('|')})`, String.raw`(?:[ \t]+${NUMBER_WORD}[ \t]*[:#]?|[ \t]*[:#])[ \t]*(?<pii>${RECORD_VALUE})`, {
    accept: (s) => hasRecordDigits(s) && !/^CM\d{2}-\d{7}$/.test(s) && !isDateLike(s),
  }, String.raw`[ \t]+${NUMBER_WORD}|[ \t]*[:#]`),
  keyword('record-number', '\\b', RECORD_ABBREVIATIONS, String.raw`(?:[ \t]+${NUMBER_WORD})?[ \t]*[:#]?[ \t]*(?<pii>${RECORD_VALUE})`, {
    accept: (s) => hasRecordDigits(s) && !/^CM\d{2}-\d{7}$/.test(s) && !isDateLike(s),
  }),
  {
    kind: 'address',
    re: new RegExp(String.raw`${BEFORE}\d{1,6}[A-Z]?(?:[ \t]+\d/\d)?[ \t]+(?:[NSEW]\.?[ \t]+|(?:North|South|East|West)[ \t]+)?(?:(?:[A-Z0-9][A-Za-z0-9'.-]*|de|del|la|los|las|el)[ \t]+){1,4}${SUFFIX}\b\.?(?:[ \t]+(?:[NSEW]|NE|NW|SE|SW)\b\.?)?${UNIT}${CITY_STATE_ZIP}`, 'dg'),
    starts: 'number', bit: Shape.StreetNumber,
  },
  keyword('address', '\\b', String.raw`(?:[Pp]\.?[ \t]?[Oo]\.?|POST[ \t]+OFFICE|[Pp]ost[ \t]+[Oo]ffice)[ \t]*(?:[Bb]ox|BOX|[Dd]rawer|DRAWER)`, String.raw`[ \t]*#?[ \t]*\d+${CITY_STATE_ZIP}`),
  // a unit written alone ("Apt. 4B", "Unit #12") where the street line is written elsewhere
  keyword('address', '\\b', String.raw`(?:Apt\.?|Apartment|APT\.?|Unit|UNIT)`, String.raw`[ \t]*#?[ \t]*(?<pii>[A-Za-z]?\d[A-Za-z0-9-]*)`, { cueBit: Cue.Digit }),
  {
    kind: 'address',
    re: new RegExp(String.raw`\b[A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+){0,3},?[ \t]*${STATE}\.?[ \t]+${ZIP}${AFTER}`, 'dg'),
    // the state and ZIP code end every match, and are rare (the ZIP code starts a number)
    cueBit: Cue.FiveDigits, cueText: STATE_ZIP,
  },
  keyword('address', '\\b', String.raw`(?:ZIP|Zip|zip)`, String.raw`(?:[ \t]+[Cc]ode)?[ \t]*[:#]?[ \t]*(?<pii>${ZIP})${AFTER}`),
  keyword('name', String.raw`(?<![\w.])`, String.raw`(?:${TITLE_RE})[ \t]+`, String.raw`(?<pii>${NAME}|[A-Z][A-Z'\u2019-]+(?:[ \t]+[A-Z][A-Z'\u2019-]+)?(?![a-z]))`, {
    // after a title even an eponym is a person ("Mr. O'Brien"), unless a test or sign follows or it is a cited author
    accept: (s, text, start) => !isCitedAuthor(text, start + s.length) && !isEponymUse(text, start + s.length) && !ROLE_WORDS.has(s.split(/[ \t]+/)[0].toLowerCase())
      // "Dr. SMITH", not "Dr. MRI"
      && !(s === s.toUpperCase() && s.split(/[ \t]+/).some(isLetterWord)),
  }),
  {
    kind: 'name',
    re: new RegExp(String.raw`\b(?<pii>${WORD}(?:[ \t]+[A-Z]\.)?(?:[ \t]+${WORD}){1,2}),?[ \t]+${DEGREE}(?![A-Za-z])`, 'dg'),
    // the degree after a name's last letter ends every match (looked for in the one pass: see `scan`)
    cueBit: Cue.Degree,
    // "Chiropractor Janet Reno, D.C.": the role stays (the role pattern takes the name)
    accept: (s) => !isClinicalTerm(s) && !ROLE_WORDS.has(s.split(/[ \t]+/)[0].toLowerCase()) && !isLetterWord(s.split(/[ \t]+/)[0]),
  },
  keyword('name', '\\b', String.raw`(?:[Nn]ame|NAME)[ \t]*(?::|is|was)`, String.raw`[ \t]*(?<pii>${NAME})`),
  {
    kind: 'name',
    re: new RegExp(String.raw`(?<![\w-])(?:${ROLE_RE})(?:[:,]|[ \t]+named|[ \t]+was|[ \t]+is)?[ \t]+(?<pii>${ROLE_NAME})`, 'dg'),
    starts: 'role',
    // after a role, two capitalised words are a name; one is a name unless it is a clinical or letter word ("the patient Norco")
    accept: (s, text, start) => {
      const words = s.split(/[ \t]+/);
      if (TITLES.includes(words[0]) || TITLES.includes(`${words[0]}.`)) return false;
      if (isClinicalTerm(s, text, start + s.length) || isCitedAuthor(text, start + s.length)) return false;
      if (isLetterWord(words[0])) return false;
      if (words.length >= 2) return true;
      return roleBeforeIsLowerCase(text, start);
    },
  },
  {
    kind: 'name',
    // no title or role, but a person's verb after two capitalised words ("Priya Raman observed", "seen by Diego Okafor")
    // where the two words can start: see `verbStartAt`
    starts: 'verb',
    overlapping: true,
    re: new RegExp(String.raw`(?<=(?:^|[^A-Za-z])[a-z]+,?[ \t]+|(?:^|[.!?:;][ \t]+|[("\u201c])(?:[A-Z][a-z]+,?[ \t]+)?|\b(?:seen|examined|evaluated|treated|interviewed|written|signed|prepared|authored|dictated|called|visited|accompanied|driven)[ \t]+by[ \t]+)(?<pii>${WORD}[ \t]+(?:[A-Z]\.[ \t]+)?${WORD})(?=[ \t]+(?:${PERSON_VERBS})\b|['\u2019]s[ \t]|[ \t]*[.,;)]|$)`, 'dg'),
    accept: (s, text, start) => {
      const words = s.split(/[ \t]+/);
      if (TITLES.includes(words[0]) || words.some(isLetterWord) || isClinicalTerm(s, text, start + s.length)) return false;
      // without a verb after it, only "by" before it names a person
      const after = text.slice(start + s.length);
      return PERSON_VERB_AFTER.test(after) || /\b(?:by|from|with)[ \t]+$/.test(text.slice(Math.max(0, start - 6), start));
    },
  },
] as Pattern[]).map((p) => {
  // a cue written as a function would never be read (the search reads the bit and the expression)
  if (p.cue) throw new Error(`personal-data pattern ${p.re.source.slice(0, 40)}: write its cue as cueBit and cueText`);
  // a keyword pattern's bit is its place among them (see `keywordTable`)
  const bit = p.lead ? 1 << leads++ : p.bit ?? 0;
  return {
    // every pattern with the same fields in the same order, so that reading one is as quick for each (a pattern
    // lacking one would be another shape, and the loops over them would look each field up the slow way)
    kind: p.kind, re: p.re, accept: p.accept, cue: cueOf(p.cueBit ?? 0, p.cueText), cueBit: p.cueBit ?? 0, cueText: p.cueText, starts: p.starts, overlapping: p.overlapping ?? false, lead: p.lead, bit,
    anchored: p.starts ? new RegExp(p.re.source, 'dy') : undefined,
    family: !p.starts ? Family.Everywhere : p.starts === 'number' ? Family.Number : p.starts === 'keyword' ? Family.Keyword : p.starts === 'role' ? Family.Role : Family.Verb,
    need: p.starts === 'number' || p.starts === 'keyword' ? bit : -1,
  };
});
/** A pattern's cue as one function (for the tests; `find` reads the bit and the expression itself). */
function cueOf(bit: number, text: RegExp | undefined): Pattern['cue'] {
  if (!bit) return text && ((t) => text.test(t));
  return (t, cues) => (cues & bit) !== 0 && (!text || text.test(t));
}

/**
 * The keyword patterns' words, looked up by their first characters at each word's start (one bit per pattern): ten
 * tell "patient No." from "patient was" (a lead's lookahead) and "medical" from "medically". Made on the first
 * search (a few milliseconds, mostly before the JIT compiles the making), not when the module loads.
 */
let keywordTable: PrefixTable | undefined;
const KEYWORD_DEPTH = 10;

const PERSON_VERB_AFTER = new RegExp(String.raw`^(?:[ \t]+(?:${PERSON_VERBS})\b|['\u2019]s[ \t]+(?:report|note|notes|records?|statement|testimony|evaluation|exam|examination|opinion|letter|deposition|request|findings|visit)\b)`);

function hasRecordDigits(s: string): boolean {
  return (s.match(/\d/g)?.length ?? 0) >= 3;
}

function isDateLike(s: string): boolean {
  return /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(s);
}

/** The IMR case number (CM16-0213037) and the header dates stay in the public letters. */
function notCaseNumber(_s: string, text: string, start: number): boolean {
  return !/CM\d{2}[-\u2013]?$/.test(text.slice(Math.max(0, start - 5), start));
}

/** "Waddell et al. (1980)", "(Fritz, 2012)": a cited author, a public name. */
function isCitedAuthor(text: string, end: number): boolean {
  return /^(?:,?[ \t]+et[ \t]+al\b|,?[ \t]*\(?(?:19|20)\d\d\b|,[ \t]+[A-Z]\.)/.test(text.slice(end, end + 12));
}

/** A single capitalised word after a capitalised role is a title ("Patient Treatment Agreement"), not a name. */
function roleBeforeIsLowerCase(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const m = /([A-Za-z-]+)[:,]?[ \t]+(?:named[ \t]+|was[ \t]+|is[ \t]+)?$/.exec(before);
  return !!m && m[1] === m[1].toLowerCase();
}

function isClinicalTerm(s: string, text?: string, end?: number): boolean {
  return isClinicalPhrase(s) || (text !== undefined && end !== undefined && isEponymUse(text, end));
}

/** Sorted, overlapping or touching matches merged (the first kind wins). */
export function mergeMatches<M extends { start: number; end: number }>(found: M[]): M[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: M[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start <= last.end) last.end = Math.max(last.end, m.end);
    else out.push({ ...m });
  }
  return out;
}


/** [A-Za-z0-9_], what `\w` and `\b` count as a word's */
const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isLower = (c: number) => c >= 97 && c <= 122;
const isUpper = (c: number) => c >= 65 && c <= 90;
/** [a-z'’] */
const isLowerOrApostrophe = (c: number) => isLower(c) || c === 39 || c === Byte.Apostrophe;
/** what `BEFORE` forbids before a number: a word character, a dash of any kind, a dot or a slash */
const blocksNumber = (c: number) => isWordCode(c) || c === 46 || c === 47 || c === 45 || c === Byte.Dash;
/** a degree's first characters (every degree starts with a capital), and the degree itself, anchored */
const DEGREES = new PrefixTable([DEGREE], 6);
const DEGREE_AT = new RegExp(String.raw`${DEGREE}(?![A-Za-z])`, 'y');

/** [A-Za-z'’-], what a name word is made of */
const isNameChar = (c: number) => isLetter(c) || c === 39 || c === Byte.Apostrophe || c === 45;
/** what can follow a name right after its last word for the person's-verb pattern: [.,;)], or the end (a zero) */
const AFTER_NAME = new Uint8Array(256);
for (const c of '.,;)\0') AFTER_NAME[c.charCodeAt(0)] = 1;
/** the person's verbs by their first letter's code */
const VERBS_BY_INITIAL: string[][] = Array.from({ length: 128 }, () => []);
for (const v of PERSON_VERB_LIST) VERBS_BY_INITIAL[v.charCodeAt(0)].push(v);
/** Whether /(?:PERSON_VERBS)\b/ matches at `at`. */
function verbAt(b: Uint8Array, at: number): boolean {
  const c = b[at];
  if (!isLower(c)) return false;
  for (const v of VERBS_BY_INITIAL[c]) {
    let k = 1;
    while (k < v.length && b[at + k] === v.charCodeAt(k)) k++;
    if (k === v.length && !isWordCode(b[at + k])) return true;
  }
  return false;
}

/**
 * Whether the person's-verb pattern can match at the capital `at`. Its two words must start there:
 * /[A-Z][a-z'’][A-Za-z'’-]*[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][a-z'’]/, what the `pii` group begins with (the blanks
 * cannot give back any: a blank is neither in a word nor a capital). And its lookahead must hold after the second
 * word, which is made of /[A-Za-z'’-]/ and so ends where their run does (before blanks, [.,;)] or the end), unless
 * it ends at an apostrophe in the run ('s): after the run then, [.,;)], the end, or blanks and [.,;)] or a verb
 * (a word of its own). Asked at the second word's capital `second` (after blanks): the first's run and blanks must
 * lead there.
 */
function verbStartAt(b: Uint8Array, at: number, second: number): boolean {
  if (!isLowerOrApostrophe(b[at + 1])) return false;
  let j = at + 2;
  while (isNameChar(b[j])) j++;
  let k = j;
  while (isBlank(b[k])) k++;
  if (k === j || k !== second || !isUpper(b[k])) return false;
  // the second word's capital: here, or after an initial ("Ann B. Lee")
  let w = k;
  if (!isLowerOrApostrophe(b[k + 1])) {
    if (b[k + 1] !== 46) return false;
    w = k + 2;
    while (isBlank(b[w])) w++;
    if (w === k + 2 || !isUpper(b[w]) || !isLowerOrApostrophe(b[w + 1])) return false;
  }
  let e = w + 1;
  let c = b[e];
  for (; isNameChar(c); c = b[++e]) if (c === 39 || c === Byte.Apostrophe) return true;
  if (AFTER_NAME[c]) return true;
  if (!isBlank(c)) return false;
  while (isBlank(b[++e]));
  return AFTER_NAME[b[e]] === 1 || verbAt(b, e);
}

/** reused by every call; longer than the text by the zero bytes that end it (see `bytesOf`) */
let bytes = new Uint8Array(1024);
/** `bytes` read four at a time (see `lowerRunEnd`) */
let view = new DataView(bytes.buffer);
/** how many zeros end the text in `bytes`: enough for `lowerRunEnd`'s eight-byte read at the text's end */
const PADDING = 8;
const encoder = new TextEncoder();

/**
 * The text as bytes, one per UTF-16 unit (`Byte`), then eight zeros: a look a few characters ahead finds a zero,
 * which no test takes for anything, as it found no character before. ASCII text is copied natively; other text
 * byte by byte.
 */
function bytesOf(text: string): Uint8Array {
  const n = text.length;
  if (bytes.length < n + PADDING) {
    bytes = new Uint8Array(Math.max(n + PADDING, bytes.length * 2));
    view = new DataView(bytes.buffer);
  }
  const b = bytes;
  // (all ASCII exactly when every character took one byte: any other takes two or more)
  const { read, written } = encoder.encodeInto(text, b);
  if (read !== n || written !== n) {
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      b[i] = c < 128 ? c : c === 0x2019 ? Byte.Apostrophe : (c >= 0x2010 && c <= 0x2014) || c === 0x2212 ? Byte.Dash : c === 0x201c ? Byte.OpenQuote : c === 0xa0 ? Byte.Nbsp : Byte.Other;
    }
  }
  // (stored one by one: a call to fill costs more than eight stores)
  b[n] = b[n + 1] = b[n + 2] = b[n + 3] = b[n + 4] = b[n + 5] = b[n + 6] = b[n + 7] = 0;
  return b;
}

/**
 * Where the run of [a-z] in `bytes` from `j` ends, reading eight bytes at once: a loop that tests a byte at a time
 * is mostly the cost of guessing wrong where each word ends, and most words end within the eight.
 */
function lowerRunEnd(v: DataView, j: number): number {
  for (;; j += 8) {
    const low = notLower(v.getUint32(j, true));
    const high = notLower(v.getUint32(j + 4, true));
    if (low | high) {
      // the first of the eight, without a guess at which half it is in (as wrong as often as right): `low` chosen
      // by a mask of its sign bits where it has a byte, else `high` (and its lowest bit's place is 32 more)
      const inLow = (low | -low) >> 31;
      return j + ((((31 - Math.clz32(low & -low)) & inLow) | ((63 - Math.clz32(high & -high)) & ~inLow)) >> 3);
    }
  }
}
/**
 * The high bit of each byte of `x` (four bytes) that is not [a-z]. With that bit set in every byte first, subtracting
 * borrows from no other byte: a byte's high bit then stays set where its low seven bits are at least the subtracted
 * byte's; a byte whose own high bit is set is no letter.
 */
function notLower(x: number): number {
  const y = x | 0x80808080;
  return ~(((y - 0x61616161) | 0) & ~((y - 0x7b7b7b7b) | 0) & ~x) & 0x80808080;
}

/** what `scan` finds, reused by every call (a search runs to its end before the next begins) */
const STARTS: Starts = { numbers: new Places(), keywords: new Places(), roles: new Places(), verbs: new Places(), cues: 0, families: [] };
STARTS.families = [new Places(-1), STARTS.numbers, STARTS.keywords, STARTS.roles, STARTS.verbs];

/**
 * One pass over the text, character by character, listing where each family of patterns can start and setting
 * the cues: a regular expression per family cost a pass each, and the keyword one (a hundred words after a
 * word boundary, tried at every character) more than all the matching.
 */
function scan(text: string): Starts {
  const b = bytesOf(text);
  const keywordsAt = (keywordTable ??= new PrefixTable(PATTERNS.flatMap((p) => (p.lead ? [p.lead] : [])), KEYWORD_DEPTH));
  const { numbers, keywords, roles, verbs } = STARTS;
  numbers.clear();
  keywords.clear();
  roles.clear();
  verbs.clear();
  STARTS.cues = 0;
  // the character before the first (none: not a word's, not a blank, not a number's)
  scanned = -1;
  capital = -1;
  // In parts of a few hundred characters: a call that loops long enough is compiled while it runs ("on-stack
  // replacement"), and V8 can then keep entering every later call through that slower code.
  const n = text.length;
  for (let i = 0; i < n;) i = scanPart(b, text, i, Math.min(n, i + PART), keywordsAt);
  // a longer role's first words can lie before an earlier start: in order, each once
  if (roles.count > 1) {
    const at = roles.at.subarray(0, roles.count).sort();
    let k = 1;
    for (let i = 1; i < at.length; i++) if (at[i] !== at[k - 1]) at[k++] = at[i];
    roles.count = k;
  }
  return STARTS;
}
const PART = 256;
/** the character before where `scanPart` starts */
let scanned = -1;
/**
 * The last capital after a blank, an opening bracket or quote, or at the text's start (where the person's-verb
 * pattern's first word can start), unless a blank and a lower-case letter came after it; -1 for none. The pattern's
 * second word is a capital after blanks that end the first word's run, so no such capital and no blank before a
 * lower-case letter can stand between the two: at each capital after a blank this is the one first word it can
 * follow, which is tried then (rather than trying each capital's next word, which most often is lower case).
 */
let capital = -1;

/** `scan` from `i` to about `end` (a word or number that goes on is read to its end): where it stopped. */
function scanPart(b: Uint8Array, text: string, i: number, end: number, keywordsAt: PrefixTable): number {
  const { numbers, keywords, roles, verbs } = STARTS;
  const { filter } = keywordsAt;
  // (the module's binding read once, not once a word)
  const v = view;
  let cues = STARTS.cues;
  // the character before `i`
  let prev = scanned;
  let first = capital;
  for (; i < end;) {
    const c = b[i];
    // (the commonest characters first, each kept to as few tests as can be: this loop is most of the cost)
    if (isLower(c)) {
      // a word's start if no word character is before it; then each next word after a single space, without going
      // round the loop again (one place that looks words up: a turn first taken after V8 has compiled this costs
      // the compiled code)
      if (isBlank(prev)) first = -1;
      for (let start = !isWordCode(prev); ; start = true) {
        // (the filter first: nine words in ten go no further)
        if (start && filter[filterKey(b[i], b[i + 1], b[i + 2])]) {
          const m = keywordsAt.at(b, i, b[i]);
          if (m) keywords.add(i, m);
        }
        // the rest of a lower-case run starts nothing (the zero after the text ends it)
        i = lowerRunEnd(v, i + 1);
        if (b[i] !== 32 || !isLower(b[i + 1])) break;
        i++;
        first = -1;
      }
      prev = 97;
      continue;
    }
    if (c === 32) {
      prev = c;
      i++;
      continue;
    }
    if (isUpper(c)) {
      if (!isWordCode(prev)) {
        const m = filter[filterKey(c, b[i + 1], b[i + 2])] ? keywordsAt.at(b, i, c) : 0;
        if (m) keywords.add(i, m);
        if (isBlank(prev)) {
          // (most words before a capital end as no role, link, colon or comma does: see `ROLE_ENDS`)
          if (i < 4 || isBlank(b[i - 2]) || ROLE_ENDS[filterKey(b[i - 4], b[i - 3], b[i - 2])]) roleStartsAt(b, text, i, roles);
          if (!(cues & Cue.Degree) && DEGREES.at(b, i, c) && degreeAfterName(b, text, i)) cues |= Cue.Degree;
        }
      }
      // the person's-verb pattern's lookbehind ends in a blank, an opening bracket or quote, or the text's start:
      // its first word can start here, and its second (see `capital`) if a blank is before it
      if (isBlank(prev) || prev === 40 || prev === 34 || prev === Byte.OpenQuote || prev === -1) {
        if (first >= 0 && isBlank(prev) && verbStartAt(b, first, i)) verbs.add(first, 1);
        first = i;
      }
      if (c === 65 && b[i + 1] === 68 && b[i + 2] === 74) cues |= Cue.Adj;
    } else if (isDigit(c)) {
      cues |= Cue.Digit;
      const start = i;
      // the rest of a digit run starts nothing (a digit before it)
      while (isDigit(b[++i]));
      if (!blocksNumber(prev)) {
        const run = i - start;
        if (run >= 5) cues |= Cue.FiveDigits;
        const after = b[i];
        let shape = run === 3 ? Shape.Ssn | (phoneSeparatorAt(b, i) ? Shape.Three : 0) : run === 5 || run === 9 ? Shape.Ssn : run === 10 ? Shape.TenDigits : 0;
        if (c === 49) shape |= run === 1 || run === 4 ? Shape.One : run === 11 ? Shape.TenDigits : 0;
        if (run <= 6) {
          if (isUpper(after)) shape |= Shape.StreetNumber;
          else if (isBlank(after)) {
            let k = i + 1;
            while (isBlank(b[k])) k++;
            if (STREET_WORD_STARTS[b[k]]) shape |= Shape.StreetNumber;
          }
        }
        if (shape) numbers.add(start, shape);
      }
      prev = 48;
      continue;
    } else if (c === 40 || c === 43) { // ( +
      if (!blocksNumber(prev)) {
        if (c === 43) numbers.add(i, Shape.Plus);
        else if (isDigit(b[i + 1]) && isDigit(b[i + 2]) && isDigit(b[i + 3]) && b[i + 4] === 41) numbers.add(i, Shape.Paren);
      }
      if (c === 40) {
        cues |= Cue.Paren;
        if (b[i + 1] === 97 && b[i + 2] === 116 && b[i + 3] === 41) cues |= Cue.Email; // (at)
      }
    } else if (c === 64) cues |= Cue.Email;
    else if (c === 91 && b[i + 1] === 97 && b[i + 2] === 116 && b[i + 3] === 93) cues |= Cue.Email; // [at]
    prev = c;
    i++;
  }
  scanned = prev;
  capital = first;
  STARTS.cues = cues;
  return i;
}

/**
 * The degree cue, at a capital after blanks where a degree's first characters stand: a name's last letter (and a
 * comma) before the blanks, and a degree there not followed by a letter. What
 * /DEGREE(?![A-Za-z])(?<=[a-z'’],?[ \t]+DEGREE)/ finds: its lookbehind's blanks are all those before the degree.
 */
function degreeAfterName(b: Uint8Array, text: string, at: number): boolean {
  let j = at - 1;
  while (j > 0 && isBlank(b[j - 1])) j--;
  if (j === 0) return false;
  let c = b[j - 1];
  if (c === 44) c = j > 1 ? b[j - 2] : 0;
  if (!isLowerOrApostrophe(c)) return false;
  DEGREE_AT.lastIndex = at;
  return DEGREE_AT.test(text);
}

/**
 * Each match of a pattern: everywhere, or anchored at each place it can start. Without `overlapping` the
 * matches are the global search's: the first match at or after the end of the previous one.
 */
function eachMatch(p: Pattern, text: string, starts: Starts | undefined, found: PersonalDataMatch[]): void {
  if (!starts) return eachMatchEverywhere(p, text, found);
  if (!p.starts) {
    p.re.lastIndex = 0;
    for (let m; (m = p.re.exec(text));) {
      take(p, m, text, found);
      if (!m[0].length) p.re.lastIndex++;
    }
    return;
  }
  const { at, bits, count } = starts.families[p.family!];
  const anchored = p.anchored!;
  // (the roles and verbs have no bits: every place is tried)
  const bit = p.bit!;
  let from = 0;
  for (let i = 0; i < count; i++) {
    if (at[i] < from || (bit && !(bits[i] & bit))) continue;
    anchored.lastIndex = at[i];
    const m = anchored.exec(text);
    if (!m) continue;
    take(p, m, text, found);
    // a global search goes on from the match's end (one further after an empty one)
    if (!p.overlapping) from = m.index + Math.max(m[0].length, 1);
  }
}
/** The same matches the slow way, for the tests: a global search, or (`overlapping`) an anchored try at every character. */
function eachMatchEverywhere(p: Pattern, text: string, found: PersonalDataMatch[]): void {
  if (!p.overlapping) {
    for (const m of text.matchAll(new RegExp(p.re.source, 'dg'))) take(p, m, text, found);
    return;
  }
  const anchored = new RegExp(p.re.source, 'dy');
  for (let at = 0; at < text.length; at++) {
    anchored.lastIndex = at;
    const m = anchored.exec(text);
    if (m) take(p, m, text, found);
  }
}

/** What a match of a pattern finds, when its pattern accepts it. */
function take(p: Pattern, m: RegExpExecArray, text: string, found: PersonalDataMatch[]): void {
  const span = m.indices?.groups?.pii ?? m.indices?.[0];
  if (!span) return;
  const [start] = span;
  let end = span[1];
  // "Ms. Marrow's knee": the possessive stays in the copy
  if (p.kind === 'name' && /['\u2019]s$/.test(text.slice(start, end))) end -= 2;
  if (end <= start || (p.accept && !p.accept(text.slice(start, end), text, start))) return;
  found.push({ start, end, kind: p.kind });
}

export function findPersonalData(text: string): PersonalDataMatch[] {
  return find(text, true);
}

/**
 * What `findPersonalData` must return, found without cues or starts (every pattern searched for everywhere):
 * the tests compare the two, so a start or cue that misses a place a pattern can match cannot go unnoticed.
 */
export function findPersonalDataEverywhere(text: string): PersonalDataMatch[] {
  return find(text, false);
}

/**
 * For the tests: the one pass, the patterns it gates (each with its starts, shapes or keyword bit, and cue), and
 * where a run of [a-z] from `from` ends in `text` as the pass reads it.
 */
export const GATING_FOR_TESTS: { scan: (text: string) => StartLists; patterns: readonly Pattern[]; lowerRunEnd: (text: string, from: number) => number } = {
  scan(text) {
    const s = scan(text);
    const list = (p: Places) => Array.from(p.at.subarray(0, p.count));
    const bits = (p: Places) => Array.from(p.bits.subarray(0, p.count));
    return { numbers: list(s.numbers), shapes: bits(s.numbers), keywords: list(s.keywords), masks: bits(s.keywords), roles: list(s.roles), verbs: list(s.verbs), cues: s.cues };
  },
  patterns: PATTERNS,
  lowerRunEnd(text, from) {
    bytesOf(text);
    return lowerRunEnd(view, from);
  },
};

function find(text: string, gated: boolean): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  const starts = gated ? scan(text) : undefined;
  // (no start of any family and no cue of a pattern searched for everywhere, as in most short texts: no pattern can
  // match, and none is looked at)
  const none = starts && !EVERYWHERE_UNCUED && !(starts.numbers.any | starts.keywords.any | starts.roles.any | starts.verbs.any) && !(starts.cues & EVERYWHERE_CUES);
  if (!none) for (const p of PATTERNS) {
    if (starts && (!(starts.families[p.family!].any & p.need!) || (p.cueBit && !(starts.cues & p.cueBit)) || (p.cueText && !p.cueText.test(text)))) continue;
    eachMatch(p, text, starts, found);
  }
  // the buffers a very long text grew are not kept for the next (a letter's prose is a few thousand characters)
  if (starts && bytes.length > KEPT) {
    bytes = new Uint8Array(1024);
    view = new DataView(bytes.buffer);
    for (const places of starts.families) places.shrink();
  }
  // (most texts hold nothing: no sorting and copying then)
  return found.length ? mergeMatches(found) : found;
}
/** the cue bits of the patterns searched for everywhere, and whether one has none (then every text tries them) */
const EVERYWHERE_CUES = PATTERNS.reduce((bits, p) => (p.family === Family.Everywhere ? bits | (p.cueBit ?? 0) : bits), 0);
const EVERYWHERE_UNCUED = PATTERNS.some((p) => p.family === Family.Everywhere && !p.cueBit);
/** the most bytes (and places) kept between searches */
const KEPT = 1 << 16;
