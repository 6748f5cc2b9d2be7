/**
 * Shapes of the guideline catalogue. Every fact group says where it came from (`source`) and, where the
 * source files flag a fact as practitioner recollection, carries `verified: false` so that a validator can
 * use it for hovers and completions but never turn it into an error.
 */

export type Verified = { verified: boolean; source: string };

export interface PageRange {
  from: number;
  to: number;
  verified: boolean;
  source: string;
}

/** A page (range) letters cite for a topic, e.g. Low Back p. 300 for SI-joint injections. */
export interface PageCitation {
  topic: string;
  pages: PageRange;
}

export interface GuidelineSection {
  /** Preferred spelling (never a typo; typos seen in letters go in `aliases`). */
  name: string;
  aliases: string[];
  pages?: PageRange;
  note?: string;
  /** Printed heading number, e.g. '3.3.9' in the 2016 Opioids guideline; findSection accepts it too. */
  number?: string;
  /** ACOEM 2nd ed. chapter a General Approaches section stands for. */
  chapter?: number;
  /** True when corpus letters cite this section with this guideline; false when only inferred. */
  seenInCorpus?: boolean;
}

export type MtusEra = 'mtus-2009' | 'mtus-2016' | 'mtus-2017';

/**
 * When the MTUS included a guideline: ISO dates, both ends inclusive, by the regulation's effective date.
 * `to` is absent while it is still part of the MTUS (or when its end is not known).
 */
export interface InForce extends Verified {
  from: string;
  to?: string;
  note?: string;
}

export interface Guideline {
  /** Stable id, e.g. 'acoem2004-ch12-low-back'. */
  id: string;
  /** As era-D letters print it, e.g. 'Low Back Complaints'. */
  title: string;
  /** Year printed after the title in letters, e.g. 2004. */
  year: number;
  /** Other spellings letters (or the Maximus lookup) use for the title. */
  titleAliases: string[];
  /** ACOEM 2nd ed. chapter number (2014 style 'ACOEM Chapter 12'). */
  chapter?: number;
  /** ACOEM 2nd ed. chapters a combined guideline stands for (General Approaches: 1, 2, 3, 5). */
  chapters?: number[];
  /** e.g. '8 CCR 9792.23.5'. */
  ccr: string;
  /** One plain sentence for hovers. */
  covers: string;
  inForce: InForce;
  eras: MtusEra[];
  /** Book page range, if known. */
  pages?: PageRange;
  /** Pages letters are known (or recalled) to cite, with their topic. */
  pagesCited?: PageCitation[];
  /** Sections/topics known, preferred spelling first. */
  sections: GuidelineSection[];
  /** How often the 194-letter corpus cites it on each guideline line (for ranking completions). */
  corpusCitations?: CorpusCitations;
  /**
   * No letter shows which year is printed after this title (the formulary is versioned by list, not by year):
   * any year is read as this guideline, so an unverified year never becomes an error.
   */
  anyYear?: boolean;
  /** Id of the guideline that replaced this one in the MTUS, if any. */
  supersededBy?: string;
  /** Publisher's date of this version where the sources give one (ISO, possibly only 'YYYY-MM' or 'YYYY'). */
  publishedOn?: string;
  note?: string;
  source: string;
}

export interface CorpusCitations {
  claimsAdministrator: number;
  maximus: number;
  source: string;
}

/** ACOEM Practice Guidelines 2nd ed. (2004) chapter list, with whether the 2009 MTUS adopted it. */
export interface AcoemChapter {
  chapter: number;
  title: string;
  inMtus: boolean | 'unclear';
  /** Catalogue guideline that carries it, when it is part of the MTUS. */
  guidelineId?: string;
  note?: string;
  verified: boolean;
  source: string;
}

export interface OdgChapter {
  id: string;
  /** Canonical ODG title as the most careful citations print it. */
  title: string;
  /** Other spellings seen in letters (matched after normalisation, as whole words). */
  aliases: string[];
  seenInCorpus: boolean;
  /** Chapter mentions in the 194-letter corpus (Claims Administrator + MAXIMUS lines). */
  corpusMentions?: number;
  verified: boolean;
  source: string;
}

/** An edition stamp letters attach to ODG citations, e.g. '(updated 11/23/16)'. */
export interface OdgEditionMarker {
  pattern: RegExp;
  example: string;
  source: string;
}

export interface NonMtusSource {
  id: string;
  name: string;
  /** Lower-case substrings that identify it in free text (matched as whole words after normalisation). */
  patterns: string[];
  /** Only reported when no other source matched (e.g. a bare web address). */
  fallback?: boolean;
  source: string;
}

export interface UsJurisdiction {
  /** USPS two-letter code. */
  code: string;
  name: string;
  kind: 'state' | 'district' | 'territory';
  source: string;
}

export interface BoardSpecialty {
  id: string;
  /** Preferred spelling (the DWC pick-list's, where it has one). */
  name: string;
  /** Spellings seen in letters, typos included, and common synonyms. */
  aliases: string[];
  /** In the DWC IMR search tool's "IMRO Reviewer Board Specialty" pick-list. */
  inPickList: boolean;
  seenInCorpus: boolean;
  source: string;
}

export interface FormularyPart extends Verified {
  name: string;
  ccr: string;
  summary: string;
}

export interface FormularyListVersion extends Verified {
  version: string;
  effective: string;
}

export interface DrugFormulary {
  title: string;
  ccr: string;
  inForce: InForce;
  /** Date the Office of Administrative Law approved the regulations. */
  approvedOn: string;
  parts: FormularyPart[];
  listVersions: FormularyListVersion[];
  /** Deadlines that touch IMR of a formulary dispute. */
  imrDeadlines: FormularyPart[];
  source: string;
}
