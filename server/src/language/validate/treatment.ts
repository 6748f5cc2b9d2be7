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

const MODALITIES: [string, RegExp][] = [
  ['MRI', /\b(?:MRI|MRA|magnetic\s+resonance)\b/i],
  ['CT', /\b(?:CT|CAT\s+scan|computed\s+tomography)\b/i],
  ['x-ray', /\b(?:x-?rays?|radiographs?|plain\s+films?)\b/i],
  ['EMG/NCV', /\b(?:EMG|NCV|NCS|electromyograph\w*|nerve\s+conduction)\b/i],
  ['physical therapy', /\b(?:physical\s+therapy|physiotherapy|PT\s+(?:visits?|sessions?)|aquatic\s+therapy|physical\s+medicine)\b/i],
  ['occupational therapy', /\b(?:occupational\s+therapy)\b/i],
  ['chiropractic', /\b(?:chiropract\w*|chiro|spinal\s+manipulation|manipulation\s+therapy)\b/i],
  ['acupuncture', /\bacupuncture\b/i],
  ['injection', /\b(?:injections?|ESI|epidural|nerve\s+blocks?|facet\s+blocks?|trigger\s+points?|radiofrequency)\b/i],
  ['TENS', /\b(?:TENS|H-wave|interferential|E-stim|electrical\s+(?:muscle\s+)?stimulation)\b/i],
  ['surgery', /\b(?:surgery|surgical|arthroscop\w*|\w+ectomy|\w+plasty|fusion|repair|decompression|release)\b/i],
  ['urine drug test', /\b(?:urine\s+drug|UDS|drug\s+(?:screen|test)\w*|toxicology)\b/i],
  ['psychotherapy', /\b(?:psycho\w*|cognitive\s+behavio\w*|CBT)\b/i],
  ['durable equipment', /\b(?:brace|wheelchair|walker|cane|commode|hospital\s+bed|orthotic\w*|cold\s+therapy|hot\s+and\s+cold|pillow|shower\s+chair|sling)\b/i],
];

const BODY_PARTS: [string, RegExp][] = [
  ['cervical spine', /\b(?:cervical|neck|C\d-\d)\b/i],
  ['thoracic spine', /\b(?:thoracic|upper\s+back|T\d{1,2}-\d{1,2})\b/i],
  ['lumbar spine', /\b(?:lumbar|lumbosacral|low(?:er)?\s+back|L\d-\d|L\d-S\d)\b/i],
  ['shoulder', /\bshoulders?\b/i],
  ['elbow', /\belbows?\b/i],
  ['wrist', /\bwrists?\b/i],
  ['hand', /\b(?:hands?|fingers?|thumbs?)\b/i],
  ['hip', /\bhips?\b/i],
  ['knee', /\bknees?\b/i],
  ['ankle', /\bankles?\b/i],
  ['foot', /\b(?:foot|feet|toes?)\b/i],
  ['head', /\b(?:head|brain)\b/i],
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

/**
 * One search for any of a list's patterns (all case-insensitive, none global): it finds a match exactly where one
 * of them would, so a text that names none of the list (most texts, for most lists) costs one search, not one each.
 */
function anyOf(patterns: [string, RegExp][]): RegExp {
  if (patterns.some(([, re]) => re.flags !== 'i')) throw new Error('anyOf: every pattern must have the flags i alone');
  return new RegExp(patterns.map(([, re]) => `(?:${re.source})`).join('|'), 'i');
}
const ANY_MODALITY = anyOf(MODALITIES);
const ANY_BODY_PART = anyOf(BODY_PARTS);

function found(patterns: [string, RegExp][], any: RegExp, text: string): Set<string> {
  if (!any.test(text)) return new Set();
  return new Set(patterns.filter(([, re]) => re.test(text)).map(([name]) => name));
}

const PILL_COUNT = /#\s?(\d{1,4})\b/g;
const SESSION_COUNT = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|sixteen|eighteen|twenty)\s*(?:\(\d+\)\s*)?(?:additional\s+|more\s+|further\s+)?(?:sessions?|visits?|treatments?)\b/gi;

function quantitiesIn(text: string): Set<string> {
  const quantities = new Set<string>();
  // (searched by `allMatches`: `matchAll` copies its pattern at every call)
  for (const m of allMatches(PILL_COUNT, text)) quantities.add(`#${Number(m[1])}`);
  for (const m of allMatches(SESSION_COUNT, text)) {
    const n = /^\d/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()];
    if (n) quantities.add(`${n} sessions`);
  }
  return quantities;
}

/** One part of a reading, for a caller that may not need the others (each part is several searches). */
export function readTreatmentPart(text: string, key: keyof TreatmentReading): Set<string> {
  switch (key) {
    case 'modalities': return found(MODALITIES, ANY_MODALITY, text);
    case 'bodyParts': return found(BODY_PARTS, ANY_BODY_PART, text);
    case 'drugs': return findDrugs(text);
    case 'quantities': return quantitiesIn(text);
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
