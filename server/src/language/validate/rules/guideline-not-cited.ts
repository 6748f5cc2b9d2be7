import { findGuidelineByChapter, findOdgChapter, guidelinesWithTitle, namesNonMtusSource } from '../../catalogue';
import type { CitationField, DisputedItem, Severity } from '../../syntax/ast';
import { ALL_TITLES } from '../resolve-citation';
import { proseText } from '../prose-map';
import { splitSentences, type Sentence } from '../sentences';
import { allMatches } from '../all-matches';
import type { Rule, RuleContext } from '../context';

/** Titles distinctive enough to mean the guideline when a rationale writes them (not "Eye", "Opioids", "Chronic Pain"). */
const NAMED_TITLES = ALL_TITLES.filter((t) => t.split(/\s+/).length >= 3 && !/^(?:MTUS|Drug)\b/.test(t) && guidelinesWithTitle(t).length)
  .sort((a, b) => b.length - a.length);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TITLE_PATTERN = new RegExp(`\\b(?=[A-Z])(?:${NAMED_TITLES.map((t) => escapeRe(t).replace(/\s+/g, '\\s+')).join('|')})\\b`, 'y');
/**
 * Where a title can start: its first word, then a space (each has three words or more); far cheaper to look for.
 * The capital and the word boundary before it are tested by hand (`titlesIn`): written in front of the words,
 * they kept the search from skipping ahead to the words' letters, and it cost four times as much.
 */
const TITLE_STARTS = new RegExp(`(?:${[...new Set(NAMED_TITLES.map((t) => t.split(/\s+/)[0]))].map(escapeRe).join('|')})\\s`, 'g');
const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** The titles a text names, as a global search for them finds them (tried only where one can start). */
function titlesIn(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  TITLE_STARTS.lastIndex = 0;
  for (let start; (start = TITLE_STARTS.exec(text));) {
    const at = start.index;
    TITLE_STARTS.lastIndex = at + 1;
    // /\b(?=[A-Z])/ at the start: a capital, with no letter, digit or underscore before it
    const first = text.charCodeAt(at);
    if (first < 65 || first > 90 || (at > 0 && isWordChar(text.charCodeAt(at - 1)))) continue;
    if (at < from) continue;
    TITLE_PATTERN.lastIndex = start.index;
    const m = TITLE_PATTERN.exec(text);
    if (!m) continue;
    from = m.index + m[0].length;
    out.push(m);
  }
  TITLE_STARTS.lastIndex = 0;
  return out;
}
const ODG = /\b(?:ODG|Official\s+Disability\s+Guidelines?)\b/g;
const ACOEM_CHAPTER = /\bACOEM\b[^.;]{0,60}?\bChapter\s+(\d{1,2})\b|\bChapter\s+(\d{1,2})\b[^.;]{0,40}?\bACOEM\b/g;
/** Sentences that say what someone else relied on, or advise consulting a guideline, are not the reviewer's reliance. */
const NOT_RELIANCE = /\b(?:do|does|did)\s+not\s+address|\bnot\s+addressed\b|\bsilent\b|\b(?:utilization\s+review|UR|claims\s+administrator|carrier|prior\s+review(?:er)?|previous\s+review(?:er)?|non-?certified|denied|modified)\b|\b(?:consult|advised|taper\w*|wean\w*)\b/i;

/** The MTUS guidelines the lines cite, and their text in lower case (what a title the rationale names is looked for in). */
interface CitedTitles { titles: Set<string>; lowerText: string }
/** (the field's citations as the context's sites, which keep the readings the other rules made) */
function citedTitles(ctx: RuleContext, field: CitationField): CitedTitles {
  const titles = new Set<string>();
  let text = '';
  for (const site of ctx.citationSites()) {
    if (site.field !== field) continue;
    text += ` ${site.citation.text}`;
    if (site.citation.kind !== 'mtus') continue;
    const reading = ctx.mtusReading(site);
    if (reading.kind === 'resolved') titles.add(reading.guideline.title);
  }
  return { titles, lowerText: text.toLowerCase() };
}

/** Whether the lines cite ODG (an ODG chapter cited by its name alone, "Non-MTUS Low Back (Hyperstimulation analgesia)", is ODG too). */
function citesOdg(field: CitationField): boolean {
  for (const c of field.citations) {
    if (c.kind !== 'non-mtus' && c.kind !== 'verbatim') continue;
    const source = c.kind === 'non-mtus' ? c.source?.text ?? '' : c.text;
    if (namesNonMtusSource(source, (id) => id === 'odg') || (c.kind === 'non-mtus' && findOdgChapter(source))) return true;
  }
  return false;
}

/** Whether the lines cite an ACOEM source outside the MTUS. */
function citesAcoemOutsideMtus(field: CitationField): boolean {
  for (const c of field.citations) {
    if (c.kind !== 'non-mtus' && c.kind !== 'verbatim') continue;
    if (namesNonMtusSource(c.kind === 'non-mtus' ? c.source?.text ?? '' : c.text, (id) => id.includes('acoem'))) return true;
  }
  return false;
}

/**
 * The reviewer's guideline lines list the evidence relied on (8 CCR 9792.10.6(d): the determination refers to
 * the evidence relied on, recalled; Labor Code 4610.5(c)(2) ranks the MTUS first and other evidence after). A
 * rationale that rests on ODG, an ACOEM chapter or an MTUS guideline by name that the MAXIMUS guideline lines do
 * not list leaves the letter's citation incomplete. A warning: the reviewer may mention a guideline without
 * relying on it.
 */
export const guidelineNotCited: Rule = {
  code: 'IMR409',
  name: 'guideline-not-cited',
  defaultSeverity: 'warning',
  description: 'A guideline the rationale relies on (ODG, an ACOEM chapter, an MTUS guideline by name) is listed in the MAXIMUS guideline lines.',
  check(ctx) {
    for (const item of ctx.letter.items) checkItem(ctx, item, this.code, this.defaultSeverity);
  },
};

function checkItem(ctx: RuleContext, item: DisputedItem, code: string, severity: Severity): void {
  const rationale = item.rationale;
  if (!rationale?.paragraphs.length || !item.reviewerGuideline) return;
  // the guideline lines are read only when the rationale names a guideline these patterns find (most name none),
  // and their sources only when it names ODG or an ACOEM chapter
  const guidelines = item.reviewerGuideline;
  let titlesRead: CitedTitles | undefined;
  let odgRead: boolean | undefined;
  let acoemRead: boolean | undefined;
  const listedTitles = () => (titlesRead ??= citedTitles(ctx, guidelines));
  const listsOdg = () => (odgRead ??= citesOdg(guidelines));
  const listsAcoemOutsideMtus = () => (acoemRead ??= citesAcoemOutsideMtus(guidelines));
  const prose = proseText(rationale);
  const reported = new Set<string>();
  const report = (key: string, start: number, end: number, name: string) => {
    if (reported.has(key)) return;
    reported.add(key);
    ctx.report(code, severity, prose.rangeOf(start, end),
      `Cite ${name} in the MAXIMUS guideline lines, or reword: the rationale relies on it, but the reviewer's guideline lines do not list it (8 CCR 9792.10.6(d): the determination refers to the evidence relied on).`);
  };
  // each pattern runs once over the whole rationale; only a match's own sentence is then looked at (the
  // rationale is split only when a match needs it)
  let sentences: Sentence[] | undefined;
  const sentenceAt = (offset: number) => (sentences ??= splitSentences(prose.text)).find((x) => x.start <= offset && offset < x.end);
  const relied = (offset: number) => {
    const sentence = sentenceAt(offset);
    return !!sentence && !NOT_RELIANCE.test(sentence.text);
  };
  const text = prose.text;
  // (each search only where the words it needs are there: a substring test costs far less than the search; by
  // allMatches, as matchAll copies its pattern at every call)
  if (text.includes('ODG') || text.includes('Official')) {
    for (const m of allMatches(ODG, text)) {
      const at = m.index ?? 0;
      if (!listsOdg() && relied(at)) report('odg', at, at + m[0].length, 'the Official Disability Guidelines (ODG)');
    }
  }
  for (const m of titlesIn(text)) {
    const at = m.index ?? 0;
    const named = m[0].replace(/\s+/g, ' ');
    const title = guidelinesWithTitle(named)[0]?.title;
    if (!title || listedTitles().titles.has(title) || listedTitles().lowerText.includes(named.toLowerCase()) || !relied(at)) continue;
    report(`title:${title}`, at, at + m[0].length, `MTUS ${title}`);
  }
  if (text.includes('ACOEM') && text.includes('Chapter')) {
    for (const m of allMatches(ACOEM_CHAPTER, text)) {
      const at = m.index ?? 0;
      const chapter = Number(m[1] ?? m[2]);
      const g = findGuidelineByChapter(chapter);
      if (!g || listedTitles().titles.has(g.title) || listsAcoemOutsideMtus() || !relied(at)) continue;
      report(`chapter:${g.title}`, at, at + m[0].length, `ACOEM Chapter ${chapter} (MTUS ${g.title})`);
    }
  }
}
