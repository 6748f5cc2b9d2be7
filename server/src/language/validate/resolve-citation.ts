/**
 * Which guideline an MTUS citation names, read against the catalogue: by title and year (2016-17 and current
 * style), by ACOEM chapter number (2014 style), or by the longest known title at the start of the title text
 * (2014 Chronic Pain style, `Chronic Pain Medical Treatment Guidelines Opioids, criteria for use`, where the
 * rest is the topic). Shared by the rules, hover and completion.
 */
import {
  findGuideline, findGuidelineByChapter, guidelines, guidelinesWithTitle, guidelineVersions, longestKnownTitlePrefix, versionOf,
  type Guideline,
} from '../catalogue';
import type { MtusCitation, Span } from '../syntax/ast';

export type CitationReading =
  | { kind: 'resolved'; guideline: Guideline; topic?: Span }
  /** the title is known but printed with a year none of its versions has */
  | { kind: 'wrong-year'; versions: Guideline[] }
  /** the chapter number and the title name different chapters */
  | { kind: 'wrong-chapter'; byChapter: Guideline; byTitle: Guideline }
  /** a chapter number no ACOEM 2004 chapter in the MTUS has */
  | { kind: 'unknown-chapter' }
  | { kind: 'unknown' };

export const ALL_TITLES: readonly string[] = [...new Set(guidelines.flatMap((g) => [g.title, ...g.titleAliases]))];

function byTitleText(title: Span | undefined, year: number | undefined): CitationReading {
  if (!title) return { kind: 'unknown' };
  // the title's versions looked up once, for both questions: what findGuideline(title.text) (any year) and
  // findGuideline(title.text, year) answer (every MTUS citation of every letter asks)
  const versions = guidelineVersions(title.text);
  const any = versions?.[0];
  if (any?.anyYear) return { kind: 'resolved', guideline: any };
  const exact = versionOf(versions, year);
  if (exact && (year === undefined || exact.year === year)) return { kind: 'resolved', guideline: exact };
  if (exact) return { kind: 'wrong-year', versions: guidelinesWithTitle(title.text) };
  const prefix = longestKnownTitlePrefix(title.text);
  if (!prefix) return { kind: 'unknown' };
  // a year printed inside the title text (`Chronic Pain Medical Treatment 2016 Guidelines`) names the version
  const printedYear = year ?? prefix.year?.value;
  const guideline = printedYear !== undefined ? findGuideline(prefix.guideline.title, printedYear) ?? prefix.guideline : prefix.guideline;
  if (printedYear !== undefined && guideline.year !== printedYear) return { kind: 'wrong-year', versions: guidelinesWithTitle(prefix.guideline.title) };
  const rest = title.text.slice(prefix.year?.end ?? prefix.end).replace(/^[\s,:-]+/, '').replace(/^Guidelines?\b[\s,:-]*/i, '');
  if (!rest) return { kind: 'resolved', guideline };
  const offset = title.text.length - rest.length;
  const start = { line: title.range.start.line, character: title.range.start.character + offset };
  return { kind: 'resolved', guideline, topic: { text: rest, range: { start, end: title.range.end } } };
}

/** Hover and completion ask about the same citation again and again: read each one once (the rules keep theirs with the context's citation sites, ctx.mtusReading). */
const readings = new WeakMap<MtusCitation, CitationReading>();

export function readMtusCitation(c: MtusCitation): CitationReading {
  let reading = readings.get(c);
  if (!reading) {
    reading = readUncached(c);
    readings.set(c, reading);
  }
  return reading;
}

/** The reading itself, not kept (the rules keep theirs with the letter's citation sites: see context.ts). */
export function readUncached(c: MtusCitation): CitationReading {
  const byTitle = byTitleText(c.title, c.year?.value);
  if (!c.chapter) return byTitle;
  const byChapter = findGuidelineByChapter(c.chapter.value);
  if (!byChapter) return { kind: 'unknown-chapter' };
  if (byTitle.kind === 'resolved' && byTitle.guideline.id !== byChapter.id && byTitle.guideline.title !== byChapter.title) {
    return { kind: 'wrong-chapter', byChapter, byTitle: byTitle.guideline };
  }
  if (byTitle.kind === 'resolved') return byTitle;
  if (!c.title) return { kind: 'resolved', guideline: byChapter };
  return byTitle.kind === 'unknown' ? { kind: 'resolved', guideline: byChapter, topic: c.title } : byTitle;
}

/** How a guideline is printed after `MTUS ` in the given layout. */
export function citationHead(g: Guideline, layout: '2014' | '2016'): string {
  if (layout === '2014' && g.chapter !== undefined) return `ACOEM Chapter ${g.chapter} ${g.title}`;
  if (layout === '2014') return `${g.title} Guidelines`;
  return `${g.title} ${g.year}`;
}
