/**
 * Body regions, in the words requests and rationales use, and the guideline titles that cover each one, so
 * completion can offer the guidelines that fit a disputed item first ("MRI of the lumbar spine" → Low Back).
 * Guidelines are matched by title, not id, so every era's version of a chapter (Low Back Complaints 2004, Low
 * Back Disorders 2016/2019/2020) fits without a list to keep in step with the catalogue.
 */
import type { Guideline } from './types';

export interface BodyRegion {
  name: string;
  /** words of a request or rationale that point to the region (whole words, case-insensitive) */
  terms: RegExp;
  /** titles of the guidelines that cover it */
  titles: RegExp;
}

// spinal levels as requests write them: L4-5, L4-L5, L5-S1, C5-6, C5-C6, T12-L1
const LUMBAR_LEVEL = String.raw`L[1-5]\s*-\s*(?:L?[1-5]|S1)|T12\s*-\s*L1`;
const CERVICAL_LEVEL = String.raw`C[1-7]\s*-\s*(?:C?[1-7]|T1)`;

function words(...alternatives: string[]): RegExp {
  return new RegExp(String.raw`\b(?:${alternatives.join('|')})\b`, 'gi');
}

export const BODY_REGIONS: readonly BodyRegion[] = [
  {
    name: 'Low Back',
    terms: words('lumbar', 'lumbosacral', 'lumbo-sacral', 'thoracolumbar', 'low(?:er)? back', 'sciatica', 'sacroiliac', 'SI joints?', 'sacrum', 'coccyx',
      'LSO', 'lumbar support', 'back brace', LUMBAR_LEVEL),
    titles: /\blow back\b/i,
  },
  {
    name: 'Neck and Upper Back',
    terms: words('cervical', 'neck', 'thoracic', 'upper back', 'mid back', 'cervicothoracic', 'whiplash', 'cervical collar', 'trapezius', CERVICAL_LEVEL),
    titles: /\bneck\b|\bcervical\b/i,
  },
  {
    name: 'Shoulder',
    terms: words('shoulders?', 'rotator cuff', 'subacromial', 'acromioplasty', 'acromioclavicular', 'AC joint', 'glenohumeral', 'labral', 'SLAP', 'impingement',
      'adhesive capsulitis', 'frozen shoulder', 'biceps tenodesis', 'clavicle'),
    titles: /\bshoulder\b/i,
  },
  {
    name: 'Elbow',
    terms: words('elbows?', 'epicondylitis', 'epicondyle', 'cubital tunnel', 'tennis elbow', 'golfer\'s elbow', 'olecranon', 'ulnar nerve transposition'),
    titles: /\belbow\b/i,
  },
  {
    name: 'Wrist and Hand',
    terms: words('wrists?', 'hands?', 'carpal tunnel', 'carpal', 'fingers?', 'thumbs?', 'trigger finger', 'de ?quervain\'?s?', 'forearms?', 'metacarpal',
      'CTS', 'thenar', 'ganglion'),
    titles: /\bwrist\b|\bhand\b/i,
  },
  {
    name: 'Hip and Groin',
    terms: words('hips?', 'groin', 'femoroacetabular', 'acetabular', 'trochanteric', 'inguinal'),
    titles: /\bhip\b/i,
  },
  {
    name: 'Knee',
    terms: words('knees?', 'menisc(?:us|al|ectomy)', 'patell(?:a|ar)', 'ACL', 'anterior cruciate', 'chondromalacia', 'total knee', 'arthroscopy of the knee'),
    titles: /\bknee\b/i,
  },
  {
    name: 'Ankle and Foot',
    terms: words('ankles?', 'foot', 'feet', 'heels?', 'plantar', 'achilles', 'toes?', 'orthotics?', 'metatarsal', 'bunion', 'calcaneus', 'fasciitis'),
    titles: /\bankle\b|\bfoot\b/i,
  },
  {
    name: 'Eye',
    terms: words('eyes?', 'ocular', 'ophthalmolog(?:y|ic|ist)', 'vision', 'visual', 'retina[l]?', 'cornea[l]?', 'cataract', 'glaucoma', 'glasses'),
    titles: /\beye\b/i,
  },
  {
    name: 'Chronic Pain',
    terms: words('chronic pain', 'opioids?', 'opiates?', 'narcotics?', 'medications?', 'analgesics?', 'NSAIDs?', 'anti-inflammator(?:y|ies)', 'muscle relaxants?',
      'topical', 'compounded', 'compound', 'creams?', 'patch(?:es)?', 'lidoderm', 'lidocaine', 'tramadol', 'ultram', 'norco', 'hydrocodone', 'oxycodone',
      'oxycontin', 'percocet', 'morphine', 'fentanyl', 'methadone', 'buprenorphine', 'tapentadol', 'nucynta', 'codeine', 'gabapentin', 'neurontin',
      'pregabalin', 'lyrica', 'cyclobenzaprine', 'flexeril', 'tizanidine', 'baclofen', 'carisoprodol', 'soma', 'methocarbamol', 'naproxen', 'ibuprofen',
      'meloxicam', 'celecoxib', 'diclofenac', 'omeprazole', 'duloxetine', 'cymbalta', 'amitriptyline', 'urine drug (?:screen|test)(?:ing)?s?', 'TENS',
      'functional restoration', 'spinal cord stimulat(?:or|ion)', 'trigger point injections?', String.raw`\d+(?:\.\d+)?\s*mg`),
    titles: /\bchronic pain\b|\bopioid|\bformulary\b/i,
  },
  {
    name: 'Mental health',
    terms: words('psycholog(?:y|ical|ist)', 'psychiatr(?:y|ic|ist)', 'psychotherapy', 'cognitive behavio(?:u)?ral', 'CBT', 'depression', 'depressive', 'anxiety',
      'PTSD', 'post-?traumatic stress', 'stress(?! fractures?)', 'insomnia', 'biofeedback', 'antidepressants?', 'sertraline', 'zolpidem', 'ambien', 'trazodone'),
    titles: /\bstress\b|\bmental health\b|\bdepressive\b|\banxiety\b/i,
  },
  {
    name: 'Acupuncture',
    terms: words('acupuncture', 'electroacupuncture'),
    titles: /\bacupuncture\b/i,
  },
  {
    name: 'After surgery',
    terms: words('post-?operative(?:ly)?', 'post-?op', 'post-?surgical', 'after surgery', 'following surgery'),
    titles: /\bpostsurgical\b/i,
  },
  {
    name: 'Head',
    terms: words('brain injury', 'TBI', 'concussion', 'post-?concussive', 'head injury', 'head trauma'),
    titles: /\bbrain injury\b/i,
  },
  {
    name: 'Lungs',
    terms: words('asthma', 'pulmonary', 'lungs?', 'pulmonologist', 'inhalers?', 'spirometry'),
    titles: /\basthma\b|\blung\b/i,
  },
];

/** How often each region's words occur in `text`, the most mentioned first; regions not mentioned are left out. */
export function bodyRegionsIn(text: string): { region: BodyRegion; mentions: number }[] {
  return BODY_REGIONS
    .map((region) => ({ region, mentions: text.match(region.terms)?.length ?? 0 }))
    .filter((r) => r.mentions > 0)
    .sort((a, b) => b.mentions - a.mentions);
}

/** The region a guideline covers, if any (General Approaches and the like cover none). */
export function regionOfGuideline(g: Guideline): BodyRegion | undefined {
  return BODY_REGIONS.find((r) => r.titles.test(g.title) || g.titleAliases.some((a) => r.titles.test(a)));
}
