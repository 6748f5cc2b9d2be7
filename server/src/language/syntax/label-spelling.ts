/**
 * Misspelt labels: `Decison rationale:`, `Maximus guidline:`, `Date of Injry:`. A label-like word that is
 * close to one field's spellings and clearly closer to it than to any other field is read as that field
 * (the lexer gives it that field's token), so one slip costs one problem, with a rename fix, and the
 * lines under it keep their meaning. Anything less clear stays an unknown label.
 */
import { editDistance } from '../text/similar';
import { FIELDS, type FieldSpec } from './fields';

/** A label's words as compared: lower case, single blanks. */
export function labelKey(typed: string): string {
  return typed.trim().replace(/\s+/g, ' ').toLowerCase();
}

const SPELLINGS: { key: string; spelling: string; spec: FieldSpec }[] = FIELDS.flatMap((spec) =>
  [spec.label, ...spec.aliases].map((spelling) => ({ key: labelKey(spelling), spelling, spec })));

/** Share of the spelling's length that may differ (as for "did you mean"). */
const THRESHOLD = 0.3;

export interface LabelSpelling {
  spec: FieldSpec;
  /** the spelling it is closest to (the label or an alias), as the fix writes it */
  spelling: string;
}

const cache = new Map<string, LabelSpelling | null>();

/**
 * The one field a misspelt label means, or undefined when the typed words are a real spelling, are close to no
 * field, or are about as close to two fields. Short words get no second guess: a three-letter alias must be exact.
 */
export function misspeltField(typed: string): LabelSpelling | undefined {
  const key = labelKey(typed);
  const cached = cache.get(key);
  if (cached !== undefined) return cached ?? undefined;
  // the closest spelling of each field, then the closest field and the next one
  const byField = new Map<FieldSpec, { d: number; spelling: string }>();
  const words = key.split(' ').length;
  const joined = key.replace(/ /g, '');
  for (const entry of SPELLINGS) {
    // a slip changes letters, not words: 'UR decision' is not 'Decision', 'Guideline' not 'CA guideline'
    // (a dropped or doubled blank is a slip: 'Decisionrationale')
    if (entry.key.split(' ').length !== words && editDistance(joined, entry.key.replace(/ /g, '')) > 1) continue;
    const longest = Math.max(key.length, entry.key.length);
    if (Math.abs(key.length - entry.key.length) / longest > THRESHOLD) continue;
    const d = editDistance(key, entry.key);
    if (d / longest > THRESHOLD) continue;
    const seen = byField.get(entry.spec);
    if (!seen || d < seen.d) byField.set(entry.spec, { d, spelling: entry.spelling });
  }
  const ranked = [...byField].sort((a, b) => a[1].d - b[1].d);
  const [first, second] = ranked;
  const found = first && first[1].d > 0 && (!second || first[1].d < second[1].d) ? { spec: first[0], spelling: first[1].spelling } : null;
  if (cache.size < 1000) cache.set(key, found);
  return found ?? undefined;
}
