/**
 * What a treatment description names, in the words disputed items and rationales use: the kind of treatment
 * (modality), the body parts, the drugs and the quantities. Each is a set of canonical names, so two
 * descriptions can be compared ("MRI of the lumbar spine" and "the requested lumbar MRI" agree; "#60" and "#90"
 * do not).
 */
import { allMatches } from './all-matches';

export interface TreatmentReading {
  modalities: Set<string>;
  bodyParts: Set<string>;
  drugs: Set<string>;
  /** pill counts (`#60`) and session counts (`12 sessions`), as `#60` and `12 sessions` */
  quantities: Set<string>;
}

/**
 * A name, its pattern (case-insensitive, starting at a word boundary), and what a match must begin with, in lower
 * case, at the start of a word: the first word of each alternative, or enough of it ('#' standing for a digit);
 * `within`: what a match of an alternative that may start anywhere in a word (`\w+ectomy`) must contain.
 */
type Pattern = [name: string, re: RegExp, starts: string[], within?: string[]];

const MODALITIES: Pattern[] = [
  ['MRI', /\b(?:MRI|MRA|magnetic\s+resonance)\b/i, ['mri', 'mra', 'magnetic']],
  ['CT', /\b(?:CT|CAT\s+scan|computed\s+tomography)\b/i, ['ct', 'cat', 'computed']],
  ['x-ray', /\b(?:x-?rays?|radiographs?|plain\s+films?)\b/i, ['x', 'radiograph', 'plain']],
  ['EMG/NCV', /\b(?:EMG|NCV|NCS|electromyograph\w*|nerve\s+conduction)\b/i, ['emg', 'ncv', 'ncs', 'electromyograph', 'nerve']],
  ['physical therapy', /\b(?:physical\s+therapy|physiotherapy|PT\s+(?:visits?|sessions?)|aquatic\s+therapy|physical\s+medicine)\b/i, ['physical', 'physiotherapy', 'pt', 'aquatic']],
  ['occupational therapy', /\b(?:occupational\s+therapy)\b/i, ['occupational']],
  ['chiropractic', /\b(?:chiropract\w*|chiro|spinal\s+manipulation|manipulation\s+therapy)\b/i, ['chiro', 'spinal', 'manipulation']],
  ['acupuncture', /\bacupuncture\b/i, ['acupuncture']],
  ['injection', /\b(?:injections?|ESI|epidural|nerve\s+blocks?|facet\s+blocks?|trigger\s+points?|radiofrequency)\b/i, ['injection', 'esi', 'epidural', 'nerve', 'facet', 'trigger', 'radiofrequency']],
  ['TENS', /\b(?:TENS|H-wave|interferential|E-stim|electrical\s+(?:muscle\s+)?stimulation)\b/i, ['tens', 'h-wave', 'interferential', 'e-stim', 'electrical']],
  ['surgery', /\b(?:surgery|surgical|arthroscop\w*|\w+ectomy|\w+plasty|fusion|repair|decompression|release)\b/i, ['surg', 'arthroscop', 'fusion', 'repair', 'decompression', 'release'], ['ectomy', 'plasty']],
  ['urine drug test', /\b(?:urine\s+drug|UDS|drug\s+(?:screen|test)\w*|toxicology)\b/i, ['urine', 'uds', 'drug', 'toxicology']],
  ['psychotherapy', /\b(?:psycho\w*|cognitive\s+behavio\w*|CBT)\b/i, ['psycho', 'cognitive', 'cbt']],
  ['durable equipment', /\b(?:brace|wheelchair|walker|cane|commode|hospital\s+bed|orthotic\w*|cold\s+therapy|hot\s+and\s+cold|pillow|shower\s+chair|sling)\b/i, ['brace', 'wheelchair', 'walker', 'cane', 'commode', 'hospital', 'orthotic', 'cold', 'hot', 'pillow', 'shower', 'sling']],
];

const BODY_PARTS: Pattern[] = [
  ['cervical spine', /\b(?:cervical|neck|C\d-\d)\b/i, ['cervical', 'neck', 'c#']],
  ['thoracic spine', /\b(?:thoracic|upper\s+back|T\d{1,2}-\d{1,2})\b/i, ['thoracic', 'upper', 't#']],
  ['lumbar spine', /\b(?:lumbar|lumbosacral|low(?:er)?\s+back|L\d-\d|L\d-S\d)\b/i, ['lumbar', 'lumbosacral', 'low', 'l#']],
  ['shoulder', /\bshoulders?\b/i, ['shoulder']],
  ['elbow', /\belbows?\b/i, ['elbow']],
  ['wrist', /\bwrists?\b/i, ['wrist']],
  ['hand', /\b(?:hands?|fingers?|thumbs?)\b/i, ['hand', 'finger', 'thumb']],
  ['hip', /\bhips?\b/i, ['hip']],
  ['knee', /\bknees?\b/i, ['knee']],
  ['ankle', /\bankles?\b/i, ['ankle']],
  ['foot', /\b(?:foot|feet|toes?)\b/i, ['foot', 'feet', 'toe']],
  ['head', /\b(?:head|brain)\b/i, ['head', 'brain']],
];

/** Drugs disputed in IMR, by generic name, with the brand names letters use; opioids first. */
export const OPIOIDS: Record<string, string[]> = {
  hydrocodone: ['hydrocodone', 'norco', 'vicodin', 'lortab', 'hysingla', 'zohydro'],
  oxycodone: ['oxycodone', 'oxycontin', 'percocet', 'roxicodone', 'endocet', 'xtampza'],
  tramadol: ['tramadol', 'ultram', 'ultracet', 'conzip'],
  tapentadol: ['tapentadol', 'nucynta'],
  morphine: ['morphine', 'ms contin', 'kadian', 'avinza'],
  fentanyl: ['fentanyl', 'duragesic'],
  methadone: ['methadone', 'dolophine'],
  hydromorphone: ['hydromorphone', 'dilaudid', 'exalgo'],
  oxymorphone: ['oxymorphone', 'opana'],
  codeine: ['codeine', 'tylenol #3', 'tylenol with codeine', 'tylenol no. 3'],
  buprenorphine: ['buprenorphine', 'butrans', 'belbuca'],
  meperidine: ['meperidine', 'demerol'],
  levorphanol: ['levorphanol'],
};

const OTHER_DRUGS: Record<string, string[]> = {
  gabapentin: ['gabapentin', 'neurontin', 'gralise'],
  pregabalin: ['pregabalin', 'lyrica'],
  cyclobenzaprine: ['cyclobenzaprine', 'flexeril', 'amrix', 'fexmid'],
  tizanidine: ['tizanidine', 'zanaflex'],
  baclofen: ['baclofen'],
  methocarbamol: ['methocarbamol', 'robaxin'],
  carisoprodol: ['carisoprodol', 'soma'],
  naproxen: ['naproxen', 'naprosyn', 'anaprox', 'aleve'],
  ibuprofen: ['ibuprofen', 'motrin', 'advil'],
  meloxicam: ['meloxicam', 'mobic'],
  celecoxib: ['celecoxib', 'celebrex'],
  diclofenac: ['diclofenac', 'voltaren', 'flector', 'pennsaid'],
  ketoprofen: ['ketoprofen'],
  flurbiprofen: ['flurbiprofen'],
  lidocaine: ['lidocaine', 'lidoderm'],
  omeprazole: ['omeprazole', 'prilosec'],
  pantoprazole: ['pantoprazole', 'protonix'],
  esomeprazole: ['esomeprazole', 'nexium'],
  lansoprazole: ['lansoprazole', 'prevacid'],
  ranitidine: ['ranitidine', 'zantac'],
  zolpidem: ['zolpidem', 'ambien'],
  trazodone: ['trazodone'],
  duloxetine: ['duloxetine', 'cymbalta'],
  amitriptyline: ['amitriptyline', 'elavil'],
  nortriptyline: ['nortriptyline', 'pamelor'],
  venlafaxine: ['venlafaxine', 'effexor'],
  bupropion: ['bupropion', 'wellbutrin'],
  sertraline: ['sertraline', 'zoloft'],
  alprazolam: ['alprazolam', 'xanax'],
  diazepam: ['diazepam', 'valium'],
  clonazepam: ['clonazepam', 'klonopin'],
  lorazepam: ['lorazepam', 'ativan'],
  docusate: ['docusate', 'colace'],
  ondansetron: ['ondansetron', 'zofran'],
  topiramate: ['topiramate', 'topamax'],
  butalbital: ['butalbital', 'fioricet', 'fiorinal'],
  acetaminophen: ['acetaminophen'],
  sildenafil: ['sildenafil', 'viagra'],
  capsaicin: ['capsaicin'],
  ketorolac: ['ketorolac', 'toradol'],
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\#]/g, '\\$&');

/** One pattern for all spellings of a list of drugs, and the way back from a spelling to its generic name. */
function drugFinder(names: Record<string, string[]>): (text: string) => Set<string> {
  const generic = new Map<string, string>();
  for (const [name, spellings] of Object.entries(names)) for (const s of spellings) generic.set(s, name);
  const spellings = [...generic.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\w#])(?:${spellings.map(escape).join('|')})(?![\\w])`, 'gi');
  return (text) => new Set(allMatches(pattern, text).map((m) => generic.get(m[0].toLowerCase().replace(/\s+/g, ' ')) ?? m[0].toLowerCase()));
}
const findOpioids = drugFinder(OPIOIDS);
const findDrugs = drugFinder({ ...OPIOIDS, ...OTHER_DRUGS });

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, sixteen: 16, eighteen: 18, twenty: 20, twenty_four: 24 };

/** ASCII letters, digits and underscore: what `\w` and `\b` go by in a pattern without the u flag. */
const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** A list's patterns with, for each lower-case letter, the word starts that can begin a match of which pattern. */
interface PatternList { patterns: Pattern[]; byFirst: WordStart[][] }
/** A word start of a pattern: its text, its second character's code (-1: none; '#' is any digit), the pattern's index. */
interface WordStart { start: string; second: number; index: number }

function patternList(patterns: Pattern[]): PatternList {
  const byFirst: WordStart[][] = Array.from({ length: 128 }, () => []);
  patterns.forEach(([, re, starts], index) => {
    if (re.flags !== 'i') throw new Error('treatment: every pattern has the flags i alone');
    for (const start of starts) {
      if (!/^[a-z][a-z#-]*$/.test(start)) throw new Error(`treatment: '${start}' is not a lower-case word start`);
      byFirst[start.charCodeAt(0)].push({ start, second: start.length > 1 ? start.charCodeAt(1) : -1, index });
    }
  });
  return { patterns, byFirst };
}
const MODALITY_LIST = patternList(MODALITIES);
const BODY_PART_LIST = patternList(BODY_PARTS);
/** For the tests: each list's patterns with the word starts written beside them (checked against the patterns' sources). */
export const TREATMENT_PATTERNS_FOR_TESTS: { modalities: readonly Pattern[]; bodyParts: readonly Pattern[] } = { modalities: MODALITIES, bodyParts: BODY_PARTS };

function holdsAny(text: string, needles: string[]): boolean {
  for (const needle of needles) if (text.includes(needle)) return true;
  return false;
}

/** Whether `lower` has `start` at `at`, a '#' in `start` standing for any digit. */
function startsAt(lower: string, at: number, start: string): boolean {
  if (at + start.length > lower.length) return false;
  for (let i = 0; i < start.length; i++) {
    const want = start.charCodeAt(i);
    const c = lower.charCodeAt(at + i);
    if (want === 35 ? c < 48 || c > 57 : c !== want) return false;
  }
  return true;
}

/**
 * The names of the patterns that match `text`. A pattern is searched only when the text has a word that can begin
 * one of its matches (or, for `\w+ectomy`, holds what such a match must contain): most descriptions name one kind
 * of treatment, and this spares the searches for the others. The text is compared in lower case, which has a
 * pattern's ASCII letters wherever the case-insensitive pattern can match them (without the u flag, no other
 * character matches an ASCII letter); where lower case changes the length, every pattern is searched.
 * (`ungated`: every pattern searched, for the tests to compare.)
 */
function found(list: PatternList, text: string, ungated = false): Set<string> {
  const out = new Set<string>();
  const lower = text.toLowerCase();
  if (ungated || lower.length !== text.length) {
    for (const [name, re] of list.patterns) if (re.test(text)) out.add(name);
    return out;
  }
  let candidates = 0; // one bit per pattern (fewer than 32)
  const patterns = list.patterns;
  // each word's first character, where `\b` before a letter holds (the rest of the word is skipped)
  for (let at = 0; at < text.length;) {
    if (!isWordChar(text.charCodeAt(at))) { at++; continue; }
    const c = lower.charCodeAt(at);
    if (c >= 97 && c <= 122) {
      const starts = list.byFirst[c];
      // (the second character first: it rules out most starts without comparing the rest)
      const d = lower.charCodeAt(at + 1);
      for (let k = 0; k < starts.length; k++) {
        const w = starts[k];
        if (w.second >= 0 && (w.second === 35 ? d < 48 || d > 57 : d !== w.second)) continue;
        if (startsAt(lower, at, w.start)) candidates |= 1 << w.index;
      }
    }
    for (at++; at < text.length && isWordChar(text.charCodeAt(at)); at++);
  }
  for (let index = 0; index < patterns.length; index++) {
    const pattern = patterns[index];
    if ((candidates & (1 << index)) === 0 && !(pattern[3] && holdsAny(lower, pattern[3]))) continue;
    if (pattern[1].test(text)) out.add(pattern[0]);
  }
  return out;
}

const PILL_COUNT = /#\s?(\d{1,4})\b/g;
const SESSION_COUNT = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|sixteen|eighteen|twenty)\s*(?:\(\d+\)\s*)?(?:additional\s+|more\s+|further\s+)?(?:sessions?|visits?|treatments?)\b/gi;

/** What every match of SESSION_COUNT holds, in lower case. */
const SESSION_WORDS = ['session', 'visit', 'treatment'];

function quantitiesIn(text: string, ungated = false): Set<string> {
  const quantities = new Set<string>();
  // (searched by `allMatches`: `matchAll` copies its pattern at every call; each only where its match can be)
  if (ungated || text.includes('#')) for (const m of allMatches(PILL_COUNT, text)) quantities.add(`#${Number(m[1])}`);
  if (!ungated) {
    const lower = text.toLowerCase();
    if (lower.length === text.length && !holdsAny(lower, SESSION_WORDS)) return quantities;
  }
  for (const m of allMatches(SESSION_COUNT, text)) {
    const n = /^\d/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()];
    if (n) quantities.add(`${n} sessions`);
  }
  return quantities;
}

/**
 * One part of a reading, for a caller that may not need the others (each part is several searches).
 * (`ungated`: without the tests that spare searches, for the tests to compare.)
 */
export function readTreatmentPart(text: string, key: keyof TreatmentReading, ungated = false): Set<string> {
  switch (key) {
    case 'modalities': return found(MODALITY_LIST, text, ungated);
    case 'bodyParts': return found(BODY_PART_LIST, text, ungated);
    case 'drugs': return findDrugs(text);
    case 'quantities': return quantitiesIn(text, ungated);
  }
}

export function readTreatment(text: string): TreatmentReading {
  return {
    modalities: readTreatmentPart(text, 'modalities'),
    bodyParts: readTreatmentPart(text, 'bodyParts'),
    drugs: readTreatmentPart(text, 'drugs'),
    quantities: readTreatmentPart(text, 'quantities'),
  };
}

/** The opioids a treatment description names (generic names). */
export function opioidsIn(text: string): string[] {
  return [...findOpioids(text)];
}
