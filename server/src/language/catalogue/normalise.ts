/**
 * The comparison key every catalogue lookup uses, so that real-letter variation ('Neck & Upper Back',
 * 'Forearm, Wrist and Hand', 'Low Back -Lumbar', 'Bupropion (Wellbutrin®)', a trailing '.') still matches.
 * It is a key, not display text: commas vanish and '&' becomes 'and'.
 */
export function normalise(text: string): string {
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
