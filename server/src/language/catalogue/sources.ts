/**
 * Short names of the sources the catalogue's facts come from (as given in the project's domain notes),
 * shared so that every entry can say where it came from without repeating long strings.
 */

export const SOURCES = {
  corpus: '194 public IMR letters, Dec 2016-Feb 2017 (guidelines.json corpus counts)',
  seed: 'seed letter (2014, "Page(s):" style)',
  recollection: 'practitioner recollection, not found in stored sources (guidelines.md: unverified)',
  timeline: 'guidelines.md §0 timeline',
  regs2009: 'dir.ca.gov/t8 8 CCR 9792.20-9792.26 (2009 text; docsbay.net copy of 9792.20(b))',
  lowBack2009: 'dir.ca.gov/t8/9792_23_5.html',
  ngc: 'NGC guideline.gov summaries (webarchive.library.unt.edu eot2008)',
  cpmtg2009: 'DWC Chronic Pain MTG 2009 text (paperzz.com/doc/1150959); pvgov.com 2014-12 DWC release',
  interim2016: 'chemwatch.net (DIR release 2016-08-10); workcompacademy.com (ODG Pain chapter of 2015-04-06, 1062 pp.)',
  opioids2016: 'MTUS Opioids Treatment Guidelines Part 1, July 28 2016 (vdocuments.us copy)',
  mtus2017: 'dir.ca.gov DWC MTUS rulemaking page (Dec 1 2017 list, later AD orders); workcompwire.com 2017-11',
  maximusLookup: 'Maximus citation lookup (maximus-dp4bi/archive-maxdat, MAXDAT_CADR.GET_CITATION_DESC)',
  formulary: 'OAL notice 2017-1023-04 (fdocuments.in); 9792.27.13 text; MTUS Drug List v.3; workcompacademy 2019-12',
  odg: 'ODG chapter mentions in the 194-letter corpus (guidelines.md §4a)',
  odgUnseen: 'guidelines.md §4a: ODG chapters not seen in the corpus (unverified list)',
  nonMtus: 'non-MTUS sources in the 194-letter corpus (guidelines.md §4b)',
  pickList: 'DWC IMR search tool "IMRO Reviewer Board Specialty" pick-list (IMRCrawler WebSearch.Designer.cs)',
  specialtiesSeen: 'Certification(s)/Specialty lines of corpus letters (letter-structure.md §3; index.tsv)',
  usps: 'USPS state and territory abbreviations (general reference)',
} as const;
