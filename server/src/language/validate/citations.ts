/** Walks every citation of every guideline block, for the citation rules. */
import type { Citation, CitationField, DisputedItem } from '../syntax/ast';

export interface CitationSite { item: DisputedItem; field: CitationField; citation: Citation }

export function* citationSites(items: readonly DisputedItem[]): Generator<CitationSite> {
  for (const item of items) {
    for (const field of [item.claimsAdministratorGuideline, item.reviewerGuideline]) {
      if (!field) continue;
      for (const citation of field.citations) yield { item, field, citation };
    }
  }
}
