/** Walks every citation of every guideline block, for the citation rules. */
import type { Citation, CitationField, DisputedItem, Fix } from '../syntax/ast';

export interface CitationSite { item: DisputedItem; field: CitationField; citation: Citation }

/** Every guideline block (claims administrator's and reviewer's) of every item. */
export function* guidelineFields(items: readonly DisputedItem[]): Generator<{ item: DisputedItem; field: CitationField }> {
  for (const item of items) {
    for (const field of [item.claimsAdministratorGuideline, item.reviewerGuideline]) if (field) yield { item, field };
  }
}

export function* citationSites(items: readonly DisputedItem[]): Generator<CitationSite> {
  for (const { item, field } of guidelineFields(items)) {
    for (const citation of field.citations) yield { item, field, citation };
  }
}

/** A fix that deletes a citation's line; none when the citation shares the label's line. */
export function removeCitationFix(field: CitationField, citation: Citation, title: string): Fix[] | undefined {
  const line = citation.range.start.line;
  if (line === field.label.range.start.line) return undefined;
  return [{ title, edits: [{ range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' } ] }];
}
