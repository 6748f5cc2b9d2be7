/** "Did you mean": closeness of short names by edit distance, for suggestions in messages and quick fixes. */

/** Edit distance counting insertions, deletions, substitutions and adjacent transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let beforePrevious = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, beforePrevious[j - 2] + 1);
      current[j] = d;
    }
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[b.length];
}

/** Share of the longer string that may differ for a candidate to count as close. */
const THRESHOLD = 0.3;

/**
 * Candidates close to `name`, compared by `key` (lower case unless given), closest first, at most `max`.
 * An empty list means nothing was close enough to suggest.
 */
export function closeCandidates(name: string, candidates: readonly string[], max = 3, key: (s: string) => string = (s) => s.toLowerCase()): string[] {
  const query = key(name);
  const scored: { candidate: string; score: number; order: number }[] = [];
  candidates.forEach((candidate, order) => {
    const k = key(candidate);
    const longest = Math.max(query.length, k.length);
    if (longest === 0 || Math.abs(query.length - k.length) / longest > THRESHOLD) return;
    const score = editDistance(query, k) / longest;
    if (score <= THRESHOLD) scored.push({ candidate, score, order });
  });
  scored.sort((a, b) => a.score - b.score || a.order - b.order);
  const picked: string[] = [];
  for (const { candidate } of scored) {
    if (picked.length >= max) break;
    if (!picked.includes(candidate)) picked.push(candidate);
  }
  return picked;
}
