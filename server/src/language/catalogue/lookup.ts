/**
 * Lookups over the catalogue. Indexes are built once when the module loads, keyed by normalise(), so each
 * call is a map read or a short scan: validating a letter takes a few hundred of them at most.
 */

import { mtus2009Guidelines } from './mtus-2009';
import { mtus2016Guidelines } from './mtus-2016';
import { mtus2017Guidelines } from './mtus-2017';
import { drugFormularyGuideline } from './formulary';
import { nonMtusSources } from './non-mtus';
import { keyWords, normalise } from './normalise';
import { closeCandidates } from '../text/similar';
import { odgChapters } from './odg';
import { boardSpecialties } from './specialties';
import { jurisdictionAliases, usJurisdictions } from './states';
import type { BoardSpecialty, Guideline, GuidelineSection, NonMtusSource, OdgChapter, UsJurisdiction } from './types';

/** Every MTUS guideline version the catalogue knows, oldest era first. */
export const guidelines: readonly Guideline[] = [...mtus2009Guidelines, ...mtus2016Guidelines, ...mtus2017Guidelines, drugFormularyGuideline];

// ---------------------------------------------------------------------------------------------------------
// Guidelines by title, id and chapter

const byId = new Map<string, Guideline>();
/** Normalised title or alias -> every version with that title, oldest (then earliest in force) first. */
const byTitle = new Map<string, Guideline[]>();
const byChapter = new Map<number, Guideline>();

for (const g of guidelines) {
  byId.set(g.id, g);
  for (const spelling of [g.title, ...g.titleAliases]) {
    const key = normalise(spelling);
    const versions = byTitle.get(key) ?? [];
    if (!versions.includes(g)) versions.push(g);
    byTitle.set(key, versions);
  }
  for (const chapter of [...(g.chapter === undefined ? [] : [g.chapter]), ...(g.chapters ?? [])]) {
    if (!byChapter.has(chapter)) byChapter.set(chapter, g);
  }
}
for (const versions of byTitle.values()) {
  versions.sort((a, b) => a.year - b.year || a.inForce.from.localeCompare(b.inForce.from));
}

/** Title spellings as word lists, longest first, for prefix matching. */
const titleSpellings: ReadonlyArray<{ words: string[]; key: string }> = [...byTitle.keys()]
  .map((key) => ({ key, words: key.split(' ') }))
  .sort((a, b) => b.words.length - a.words.length || b.key.length - a.key.length);

export function findGuidelineById(id: string): Guideline | undefined {
  return byId.get(id);
}

/**
 * The guideline a letter names by title (or alias) and year. With a year, only the version of that year;
 * without one, the oldest version, as year-less citations come from the 2013-2015 "Page(s):" letters.
 */
export function findGuideline(title: string, year?: number): Guideline | undefined {
  return versionOf(byTitle.get(normalise(title)), year);
}

/** Of one title's versions (`guidelineVersions`), the one `findGuideline` picks for a year, or for none. */
export function versionOf(versions: readonly Guideline[] | undefined, year?: number): Guideline | undefined {
  if (versions === undefined) return undefined;
  return year === undefined ? versions[0] : versions.find((g) => g.year === year);
}

/**
 * Every version with this title, oldest first, as the catalogue keeps them (not to be changed), or undefined: what
 * `findGuideline` picks from, for a caller that asks about several years of one title with one lookup.
 */
export function guidelineVersions(title: string): readonly Guideline[] | undefined {
  return byTitle.get(normalise(title));
}

/** Every version sharing a title (e.g. Chronic Pain Medical Treatment 2009 and 2016), oldest first. */
export function guidelinesWithTitle(title: string): Guideline[] {
  return [...(byTitle.get(normalise(title)) ?? [])];
}

/** The MTUS guideline for an ACOEM 2nd ed. (2004) chapter number ('ACOEM Chapter 12' -> Low Back Complaints). */
export function findGuidelineByChapter(chapter: number): Guideline | undefined {
  return byChapter.get(chapter);
}

// ---------------------------------------------------------------------------------------------------------
// In force

/** Whether `text` is YYYY-MM-DD (/^\d{4}-\d{2}-\d{2}$/), read by character: every citation of a letter asks. */
export function isIsoDate(text: string): boolean {
  if (text.length !== 10) return false;
  for (let i = 0; i < 10; i++) {
    const c = text.charCodeAt(i);
    if (i === 4 || i === 7 ? c !== 45 : c < 48 || c > 57) return false;
  }
  return true;
}

/** Whether the MTUS included `g` on `isoDate` (YYYY-MM-DD; anything else is never in force). */
export function isInForce(g: Guideline, isoDate: string): boolean {
  if (!isIsoDate(isoDate)) return false;
  return g.inForce.from <= isoDate && (g.inForce.to === undefined || isoDate <= g.inForce.to);
}

export function guidelinesInForce(isoDate: string): Guideline[] {
  return guidelines.filter((g) => isInForce(g, isoDate));
}

// ---------------------------------------------------------------------------------------------------------
// Sections

interface SectionIndex {
  byKey: Map<string, GuidelineSection>;
  /** Most commas in any spelling, bounding how many comma pieces a section name can span. */
  maxCommas: number;
}

const sectionIndexes = new WeakMap<Guideline, SectionIndex>();

function sectionIndex(g: Guideline): SectionIndex {
  const cached = sectionIndexes.get(g);
  if (cached !== undefined) return cached;
  const byKey = new Map<string, GuidelineSection>();
  let maxCommas = 0;
  // Preferred names first, so that an alias never shadows another section's preferred name.
  for (const s of g.sections) byKey.set(normalise(s.name), s);
  for (const s of g.sections) {
    for (const spelling of [s.name, ...s.aliases, ...(s.number === undefined ? [] : [s.number])]) {
      const key = normalise(spelling);
      if (!byKey.has(key)) byKey.set(key, s);
      maxCommas = Math.max(maxCommas, spelling.split(',').length - 1);
    }
  }
  const index = { byKey, maxCommas };
  sectionIndexes.set(g, index);
  return index;
}
for (const g of guidelines) sectionIndex(g);

/** A section by its preferred name, an alias (typos included) or its heading number. */
export function findSection(g: Guideline, name: string): GuidelineSection | undefined {
  return sectionIndex(g).byKey.get(normalise(name));
}

/** One topic of a "Section(s):" list and where it sits in the text. */
export interface SectionReading {
  text: string;
  start: number;
  end: number;
  /** Undefined when the topic is not known for this guideline. */
  section?: GuidelineSection;
}

/**
 * Reads a comma-separated "Section(s):" list. Topic names may themselves contain commas ('NSAIDs, GI symptoms
 * & cardiovascular risk'), so at each point the longest run of comma pieces that names a known section wins;
 * an unknown piece is returned alone, without a section.
 */
export function readSectionList(g: Guideline, text: string): SectionReading[] {
  const pieces: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(/[^,]+/g)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim().replace(/[.;:]+$/, '').trimEnd();
    if (trimmed !== '') pieces.push({ start: (m.index ?? 0) + lead, end: (m.index ?? 0) + lead + trimmed.length });
  }
  const { maxCommas } = sectionIndex(g);
  const readings: SectionReading[] = [];
  let i = 0;
  while (i < pieces.length) {
    let reading: SectionReading | undefined;
    for (let j = Math.min(pieces.length - 1, i + maxCommas); j >= i && reading === undefined; j--) {
      const span = text.slice(pieces[i].start, pieces[j].end);
      const section = findSection(g, span);
      if (section !== undefined) {
        reading = { text: span, start: pieces[i].start, end: pieces[j].end, section };
        i = j + 1;
      }
    }
    if (reading === undefined) {
      reading = { text: text.slice(pieces[i].start, pieces[i].end), start: pieces[i].start, end: pieces[i].end };
      i += 1;
    }
    readings.push(reading);
  }
  return readings;
}

// ---------------------------------------------------------------------------------------------------------
// Titles at the start of free text (2014 style: 'ACOEM Chapter 12 Low Back Complaints Page(s): 300')

export interface TitleMatch {
  /** The version named: by the year printed after the title when one matches, else the oldest. */
  guideline: Guideline;
  /** Where the title starts and ends in the input (after any 'MTUS', 'ACOEM', 'Chapter N' lead-in). */
  start: number;
  end: number;
  /** Chapter number printed before the title ('ACOEM Chapter 12 ...'). */
  chapter?: number;
  /** A year printed right after the title, whether or not a version of that year exists. */
  year?: { value: number; start: number; end: number };
}

interface Word {
  key: string;
  start: number;
  end: number;
}

/** Normalised words with their offsets in the original text (trailing punctuation excluded). */
function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const start = m.index ?? 0;
    const end = start + m[0].replace(/[.,;:]+$/, '').length;
    for (const key of keyWords(m[0])) words.push({ key, start, end });
  }
  return words;
}

const LEAD_INS = new Set(['mtus', 'acoem']);

/**
 * The longest known guideline title at the start of `text`, so the rest can be read as the topic, e.g.
 * 'Chronic Pain Medical Treatment Guidelines Opioids, criteria for use' -> Chronic Pain (2009), rest
 * 'Opioids, criteria for use'. A leading 'MTUS', 'ACOEM' and 'Chapter N' are skipped and the chapter kept.
 */
export function longestKnownTitlePrefix(text: string): TitleMatch | undefined {
  const words = wordsOf(text);
  let i = 0;
  let chapter: number | undefined;
  while (i < words.length) {
    if (LEAD_INS.has(words[i].key)) {
      i += 1;
    } else if (words[i].key === 'chapter' && /^\d+$/.test(words[i + 1]?.key ?? '')) {
      chapter = Number(words[i + 1].key);
      i += 2;
    } else {
      break;
    }
  }
  const spelling = titleSpellings.find(
    ({ words: title }) => i + title.length <= words.length && title.every((w, k) => words[i + k].key === w),
  );
  if (spelling === undefined) return undefined;
  const versions = byTitle.get(spelling.key) ?? [];
  const last = words[i + spelling.words.length - 1];
  const match: TitleMatch = { guideline: versions[0], start: words[i].start, end: last.end };
  if (chapter !== undefined) match.chapter = chapter;
  const next = words[i + spelling.words.length];
  if (next !== undefined && /^(19|20)\d\d$/.test(next.key)) {
    const value = Number(next.key);
    match.year = { value, start: next.start, end: next.end };
    match.guideline = versions.find((g) => g.year === value) ?? versions[0];
  }
  return match;
}

// ---------------------------------------------------------------------------------------------------------
// "Did you mean"

export { editDistance } from '../text/similar';

/** Candidates close to `name` after normalise(), closest first, at most `max`; empty when nothing is close. */
export function suggest(name: string, candidates: readonly string[], max = 3): string[] {
  return closeCandidates(name, candidates, max, normalise);
}

// ---------------------------------------------------------------------------------------------------------
// Whole-word search in free text

/** Index of the first whole-word occurrence of `needle` in `haystack` (both normalised), or -1. */
function wholeWordIndex(haystack: string, needle: string): number {
  // a-z or 0-9 (what /[a-z0-9]/ matches), by code: NaN, off either end, is neither
  const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (!isWordChar(haystack.charCodeAt(at - 1)) && !isWordChar(haystack.charCodeAt(at + needle.length))) return at;
  }
  return -1;
}

const odgSpellings: ReadonlyArray<{ key: string; chapter: OdgChapter }> = odgChapters.flatMap((chapter) =>
  [chapter.title, ...chapter.aliases].map((spelling) => ({ key: normalise(spelling), chapter })),
);
const odgByKey = new Map(odgSpellings.map(({ key, chapter }) => [key, chapter]));

/**
 * The ODG chapter a citation names: an exact title/alias, else the chapter mentioned first in the text
 * (longest spelling on a tie), e.g. 'Official Disability Guidelines (ODG) Low back, Lumbar & Thoracic'.
 */
export function findOdgChapter(text: string): OdgChapter | undefined {
  const key = normalise(text);
  const exact = odgByKey.get(key);
  if (exact !== undefined) return exact;
  let best: { at: number; length: number; chapter: OdgChapter } | undefined;
  for (const spelling of odgSpellings) {
    const at = wholeWordIndex(key, spelling.key);
    if (at === -1) continue;
    if (best === undefined || at < best.at || (at === best.at && spelling.key.length > best.length)) {
      best = { at, length: spelling.key.length, chapter: spelling.chapter };
    }
  }
  return best?.chapter;
}

const nonMtusPatterns: ReadonlyArray<{ source: NonMtusSource; keys: string[] }> = nonMtusSources.map((source) => ({
  source,
  keys: source.patterns.map(normalise),
}));

/** Every Non-MTUS source a citation names, in order of first mention; a bare web address only if nothing else. */
export function findNonMtusSources(text: string): NonMtusSource[] {
  const key = normalise(text);
  const found: Array<{ at: number; source: NonMtusSource }> = [];
  for (const { source, keys } of nonMtusPatterns) {
    // the first mention of any of its patterns (a loop: no arrays made for the many sources a citation never names)
    let first = -1;
    for (const k of keys) {
      const at = wholeWordIndex(key, k);
      if (at !== -1 && (first === -1 || at < first)) first = at;
    }
    if (first !== -1) found.push({ at: first, source });
  }
  const named = found.filter(({ source }) => source.fallback !== true);
  return (named.length > 0 ? named : found).sort((a, b) => a.at - b.at).map(({ source }) => source);
}

/**
 * Whether `findNonMtusSources(text)` names a source whose id passes `wanted`, looking only at the sources that can
 * decide it: a wanted named source found answers yes; a wanted fallback counts only when no named source is found.
 * (A rule asking whether a citation is ODG need not look for the other twelve sources.)
 */
export function namesNonMtusSource(text: string, wanted: (id: string) => boolean): boolean {
  const key = normalise(text);
  const found = (keys: string[]) => keys.some((k) => wholeWordIndex(key, k) !== -1);
  let wantedFallback = false;
  for (const { source, keys } of nonMtusPatterns) {
    if (!wanted(source.id)) continue;
    if (source.fallback !== true) { if (found(keys)) return true; } else if (!wantedFallback && found(keys)) wantedFallback = true;
  }
  if (!wantedFallback) return false;
  return !nonMtusPatterns.some(({ source, keys }) => source.fallback !== true && found(keys));
}

export function findNonMtusSource(text: string): NonMtusSource | undefined {
  return findNonMtusSources(text)[0];
}

// ---------------------------------------------------------------------------------------------------------
// States and specialties

const jurisdictionByKey = new Map<string, UsJurisdiction>();
for (const j of usJurisdictions) {
  for (const spelling of [j.name, j.code, ...(jurisdictionAliases[j.code] ?? [])]) {
    jurisdictionByKey.set(normalise(spelling), j);
  }
}

/** A US state, DC or territory by name or two-letter code, case-insensitive ('California', 'ca'). */
export function findState(text: string): UsJurisdiction | undefined {
  return jurisdictionByKey.get(normalise(text));
}

const specialtyByKey = new Map<string, BoardSpecialty>();
for (const s of boardSpecialties) {
  for (const spelling of [s.name, ...s.aliases]) specialtyByKey.set(normalise(spelling), s);
}

/** A board specialty by its name or a spelling letters use ('Chiropractor' -> Chiropractic). */
export function findSpecialty(text: string): BoardSpecialty | undefined {
  return specialtyByKey.get(normalise(text));
}

export { normalise };
