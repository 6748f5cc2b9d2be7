import { closeCandidates } from '../text/similar';
import { FIELDS } from './fields';

const LABEL_OF_SPELLING = new Map<string, string>();
for (const f of FIELDS) for (const s of [f.label, ...f.aliases]) LABEL_OF_SPELLING.set(s.toLowerCase(), f.label);

/** Canonical labels whose spelling (or an alias's) is close to `typed`. */
export function closestLabels(typed: string): string[] {
  const spellings = closeCandidates(typed, [...LABEL_OF_SPELLING.keys()], 5);
  return [...new Set(spellings.map((s) => LABEL_OF_SPELLING.get(s) as string))].slice(0, 2);
}
