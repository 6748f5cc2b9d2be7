/**
 * The comparison key every catalogue lookup uses, so that real-letter variation ('Neck & Upper Back',
 * 'Forearm, Wrist and Hand', 'Low Back -Lumbar', 'Bupropion (Wellbutrin®)', a trailing '.') still matches.
 * It is a key, not display text: commas vanish and '&' becomes 'and'.
 */
export function normalise(text: string): string {
  const n = text.length;
  // the kept keys by length and first, middle and last character (a small number, read without hashing the text),
  // then compared whole: the text is most often a fresh slice of the letter, which a Map hashed, and compared on a
  // hit, both by calls into the runtime; texts in one slot have one length, so each compare is a whole one, and
  // the middle character keeps them few
  const slot = n === 0 ? 0
    : ((n & 0x3ff) << 20) | ((text.charCodeAt(0) & 0x7f) << 13) | ((text.charCodeAt(n >> 1) & 0x7f) << 6) | (text.charCodeAt(n - 1) & 0x3f);
  let kept = keys.get(slot);
  if (kept !== undefined) for (let i = 0; i < kept.length; i += 2) if (kept[i] === text) return kept[i + 1];
  if (keyCount >= MAX_KEYS) { keys.clear(); keyCount = 0; kept = undefined; }
  const key = normaliseUncached(text);
  if (kept === undefined) keys.set(slot, (kept = []));
  else if (kept.length >= 2 * MAX_PER_SLOT) { keyCount -= kept.length / 2; kept.length = 0; } // texts much alike: a short list to compare
  kept.push(text, key);
  keyCount++;
  return key;
}

/**
 * Letters cite the same few titles, sections and states again and again, and every lookup normalises its text:
 * the keys are kept (a bounded cache, emptied when full, so an editing session cannot grow it without end), as
 * text, key, text, key... under their slot (above).
 */
const keys = new Map<number, string[]>();
let keyCount = 0;
const MAX_KEYS = 20_000;
const MAX_PER_SLOT = 32;

/** The key worked out afresh, without the kept ones (what `normalise` keeps; the tests compare the two). */
export function normaliseUncached(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u00ae\u2122\u00a9]/g, '')
    .replace(/&/g, ' and ')
    // Commas are dropped: letters are inconsistent about the serial comma ('Wrist, and Hand' / 'Wrist and Hand').
    .replace(/,/g, ' ')
    // Dashes lose their surrounding spaces: 'Low Back - Lumbar', 'Low Back- Lumbar', 'Electro- diagnostic'.
    .replace(/\s*[-\u2010-\u2015]\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.;:,-]+$/, '');
}

/** Words of a normalised key. */
export function keyWords(text: string): string[] {
  const key = normalise(text);
  return key === '' ? [] : key.split(' ');
}
