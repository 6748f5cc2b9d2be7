/**
 * The sentences a guideline block renders to: consecutive MTUS citations share one
 * `Decision based on MTUS A, and B.` sentence; every Non-MTUS citation gets its own; the statements
 * (`None cited`, `Outside MTUS`) become the letter's standard sentences naming who relied on what.
 */
import type { Citation, CitationField, MtusCitation } from '../syntax/ast';

/** `Claims Administrator` or `Expert Reviewer`: who the statements speak of. */
export type GuidelineParty = 'Claims Administrator' | 'Expert Reviewer';

function withFullStop(text: string): string {
  return /[.]$/.test(text) ? text : `${text}.`;
}

/** The citation as the letter prints it after `MTUS `: as typed, with its sections joined by `, ` as letters print them. */
export function mtusCitationText(citation: MtusCitation): string {
  const text = citation.text.replace(/^MTUS\s*/i, '');
  const topics = citation.sections?.topics ?? [];
  if (!topics.length) return text;
  const skipped = citation.text.length - text.length;
  const at = (character: number) => character - citation.range.start.character - skipped;
  const first = at(topics[0].range.start.character);
  const last = at(topics[topics.length - 1].range.end.character);
  // what follows the last topic up to the pages (if any): a stray ';' is dropped
  const end = citation.pages ? at(citation.pages.keyword.range.start.character) : text.length;
  const between = text.slice(last, end).replace(/;/g, '');
  return (text.slice(0, first) + topics.map((t) => t.text).join(', ') + between + text.slice(end)).trimEnd();
}

export function guidelineSentences(citations: readonly Citation[], party: GuidelineParty): string[] {
  const sentences: string[] = [];
  let mtus: string[] = [];
  const flush = () => {
    if (mtus.length) sentences.push(withFullStop(`Decision based on MTUS ${mtus.join(', and ')}`));
    mtus = [];
  };
  for (const c of citations) {
    if (c.kind === 'mtus') { mtus.push(mtusCitationText(c)); continue; }
    flush();
    switch (c.kind) {
      case 'non-mtus':
        sentences.push(withFullStop(`Decision based on Non-MTUS Citation ${c.source?.text ?? ''}`.trimEnd()));
        break;
      case 'none-cited':
        sentences.push(`The ${party} did not cite any medical evidence for its decision.`);
        break;
      case 'outside-mtus':
        sentences.push(`The ${party} based their decision on recommendation(s) outside of the MTUS Guidelines.`);
        break;
      case 'verbatim':
      case 'unknown':
        sentences.push(c.text);
        break;
    }
  }
  flush();
  return sentences;
}

export function guidelineText(field: CitationField | undefined, party: GuidelineParty): string {
  return field ? guidelineSentences(field.citations, party).join(' ') : '';
}
