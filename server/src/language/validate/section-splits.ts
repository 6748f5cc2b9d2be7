/**
 * Sections typed with commas, as the letter prints them (`Special Studies, Surgical Considerations`), where `.imr`
 * separates them with `;`. Some section names hold a comma themselves, so a comma list may be read more than one
 * way; the `;` fix is safe only when the catalogue splits the list one way only.
 */
import { findSection, type Guideline } from '../catalogue';

/** The ways (at most `limit`) to read a comma list as known section names, each as the names typed. */
export function sectionSplits(g: Guideline, text: string, limit = 2): string[][] {
  const pieces: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^,]+/g)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) pieces.push({ start: (m.index ?? 0) + lead, end: (m.index ?? 0) + lead + trimmed.length });
  }
  const found: string[][] = [];
  const walk = (i: number, taken: string[]): void => {
    if (found.length >= limit) return;
    if (i === pieces.length) { found.push(taken); return; }
    for (let j = i; j < pieces.length; j++) {
      const span = text.slice(pieces[i].start, pieces[j].end);
      if (findSection(g, span)) walk(j + 1, [...taken, span]);
    }
  };
  walk(0, []);
  return found;
}
