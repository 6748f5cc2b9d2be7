/**
 * The guideline catalogue: typed facts about what IMR letters cite (MTUS guidelines by era, ODG chapters,
 * other Non-MTUS sources, US states, board specialties) and lookups over them. Pure data and functions,
 * no I/O, so it bundles into the extension, the language server and the CLI alike.
 */

export type {
  AcoemChapter,
  BoardSpecialty,
  CorpusCitations,
  DrugFormulary,
  FormularyListVersion,
  FormularyPart,
  Guideline,
  GuidelineSection,
  InForce,
  MtusEra,
  NonMtusSource,
  OdgChapter,
  OdgEditionMarker,
  PageCitation,
  PageRange,
  UsJurisdiction,
  Verified,
} from './types';

export { SOURCES } from './sources';
export { acoem2004Chapters, mtus2009Guidelines } from './mtus-2009';
export { mtus2016Guidelines } from './mtus-2016';
export { mtus2017Guidelines } from './mtus-2017';
export { drugFormularyGuideline, mtusDrugFormulary } from './formulary';
export { odgChapters, odgEditionMarkers } from './odg';
export { nonMtusSources } from './non-mtus';
export { jurisdictionAliases, usJurisdictions } from './states';
export { boardSpecialties } from './specialties';

export {
  editDistance,
  findGuideline,
  findGuidelineByChapter,
  findGuidelineById,
  findNonMtusSource,
  findNonMtusSources,
  namesNonMtusSource,
  findOdgChapter,
  findSection,
  findSpecialty,
  findState,
  guidelines,
  guidelinesInForce,
  guidelinesWithTitle,
  guidelineVersions,
  isInForce,
  longestKnownTitlePrefix,
  normalise,
  versionOf,
  readSectionList,
  suggest,
} from './lookup';
export type { SectionReading, TitleMatch } from './lookup';
