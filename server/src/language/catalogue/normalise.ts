/**
 * The comparison key every catalogue lookup uses, so that real-letter variation ('Neck & Upper Back',
 * 'Forearm, Wrist and Hand', 'Low Back -Lumbar', 'Bupropion (Wellbutrin®)', a trailing '.') still matches.
 * It is a key, not display text: commas vanish and '&' becomes 'and'.
 */
export function normalise(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    if (keys.size >= MAX_KEYS) keys.clear();
    key = normaliseUncached(text);
    keys.set(text, key);
  }
  return key;
}

/**
 * Letters cite the same few titles, sections and states again and again, and every lookup normalises its text:
 * the keys are kept (a bounded cache, emptied when full, so an editing session cannot grow it without end).
 */
const keys = new Map<string, string>();
const MAX_KEYS = 20_000;

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
