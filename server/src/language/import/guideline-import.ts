/**
 * Turns a letter's guideline line (`Decision based on MTUS A 2004, Section(s): x, and B 2016. Decision
 * based on Non-MTUS Citation C.`) back into `.imr` citation lines, one a line. Anything it cannot express
 * exactly is kept as one verbatim line, so an import never changes a word.
 */
import { parseCitation } from '../syntax/citation';
import { guidelineSentences, type GuidelineParty } from '../render/guideline-text';

/** Splits a section list on commas where the catalogue recognises the pieces; undefined keeps it whole. */
export type TopicSplitter = (title: string, year: number | undefined, topics: string) => string[] | undefined;

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

/** `A 2004, Section(s): x, and Forearm, Wrist, and Hand Complaints 2004` -> the guidelines it joins. */
export function splitMtusGuidelines(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (;;) {
    const yearRe = /\b(?:19|20)\d\d\b/g;
    yearRe.lastIndex = start;
    const year = yearRe.exec(text);
    if (!year) break;
    let split = -1;
    let from = year.index + 4;
    for (;;) {
      const q = text.indexOf(', and ', from);
      if (q < 0) break;
      const following = text.slice(q + 6);
      const nextYear = /\b(?:19|20)\d\d\b/.exec(following);
      if (nextYear) {
        const title = following.slice(0, nextYear.index);
        if (!/Section\(s\)|[.:;]/.test(title) && /^\s*(?:,|$)/.test(following.slice(nextYear.index + 4))) { split = q; break; }
      }
      from = q + 1;
    }
    if (split < 0) break;
    parts.push(text.slice(start, split));
    start = split + 6;
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

function mtusLine(guideline: string, splitTopics?: TopicSplitter): string {
  const m = /^(.*?)(?:\s((?:19|20)\d\d))?(,?\s*Section\(s\):\s*)(.*)$/s.exec(guideline);
  if (!m || !splitTopics) return `MTUS ${guideline}`;
  const topics = splitTopics(m[1], m[2] ? Number(m[2]) : undefined, m[4]);
  if (!topics || topics.length < 2) return `MTUS ${guideline}`;
  const head = guideline.slice(0, guideline.length - m[4].length);
  return `MTUS ${head}${topics.join('; ')}`;
}

function statementParty(text: string): GuidelineParty | undefined {
  const m = /^The (Claims Administrator|Expert Reviewer) /.exec(text);
  return m ? (m[1] as GuidelineParty) : undefined;
}

/** Sentences of a guideline line, each starting either `Decision based on` or `The ...`. */
function sentences(text: string): string[] {
  const out: string[] = [];
  const re = /(The (?:Claims Administrator|Expert Reviewer) (?:did not cite any medical evidence for its decision\.|based their decision on recommendation\(s\) outside of the MTUS Guidelines\.))|(Decision based on [\s\S]*?)(?=\s*(?:Decision based on |The (?:Claims Administrator|Expert Reviewer) (?:did not|based their))|$)/g;
  let m: RegExpExecArray | null;
  let last = 0;
  while ((m = re.exec(text))) {
    if (m[0] === '') { re.lastIndex++; continue; }
    const gap = text.slice(last, m.index).trim();
    if (gap) out.push(gap);
    out.push(m[0].trim());
    last = m.index + m[0].length;
  }
  const tail = text.slice(last).trim();
  if (tail) out.push(tail);
  return out;
}

function citationLinesFor(sentence: string, party: GuidelineParty, splitTopics?: TopicSplitter): string[] {
  if (/^The .* did not cite any medical evidence for its decision\.$/.test(sentence) && statementParty(sentence) === party) return ['None cited'];
  if (/^The .* based their decision on recommendation\(s\) outside of the MTUS Guidelines\.$/.test(sentence) && statementParty(sentence) === party) return ['Outside MTUS'];
  const mtus = /^Decision based on MTUS ([\s\S]*[^.])\.$/.exec(sentence);
  if (mtus) return splitMtusGuidelines(mtus[1]).map((g) => mtusLine(g, splitTopics));
  const nonMtus = /^Decision based on Non-MTUS Citation ([\s\S]*[^.])\.$/.exec(sentence);
  if (nonMtus && !/^Citation\b/i.test(nonMtus[1])) return [`Non-MTUS ${nonMtus[1]}`];
  return [/^Decision based on /.test(sentence) ? sentence : `Verbatim: ${sentence}`];
}

/** What a set of `.imr` citation lines renders to, to check an import word for word. */
export function renderCitationLines(lines: string[], party: GuidelineParty): string {
  const citations = lines.map((l) => parseCitation(l, 0));
  return guidelineSentences(citations, party).join(' ');
}

export function importGuidelineLine(text: string, party: GuidelineParty, splitTopics?: TopicSplitter): string[] {
  const body = normalise(text);
  if (!body) return [];
  const lines = sentences(body).flatMap((s) => citationLinesFor(s, party, splitTopics));
  if (normalise(renderCitationLines(lines, party)) === body) return lines;
  return [/^Decision based on /.test(body) && !/Decision based on/.test(body.slice(1)) ? body : `Verbatim: ${body}`];
}
