/** Every validation rule, in the order of the letter's anatomy. Codes are stable; never reuse one. */
import type { Rule } from '../context';
import { applicationTimeliness } from './application-timeliness';
import { calendarDate } from './calendar-date';
import { caseNumber } from './case-number';
import { caseNumberYear } from './case-number-year';
import { caseOutcome } from './case-outcome';
import { caseSummary } from './case-summary';
import { dateAfterDecision } from './date-after-decision';
import { dateOrder } from './date-order';
import { decisionConclusion } from './decision-conclusion';
import { decisionDeadline } from './decision-deadline';
import { disputedItem } from './disputed-item';
import { duplicateItem } from './duplicate-item';
import { fieldOrder } from './field-order';
import { guidelineInForce } from './guideline-in-force';
import { guidelineNotCited } from './guideline-not-cited';
import { guidelineMismatch } from './guideline-mismatch';
import { itemFields } from './item-fields';
import { itemRequest } from './item-request';
import { licensureState } from './licensure-state';
import { noneCitedAlone } from './none-cited-alone';
import { opioidWeaning } from './opioid-weaning';
import { outsideMtusAlone } from './outside-mtus-alone';
import { outsideMtusStatement } from './outside-mtus-statement';
import { pageRange } from './page-range';
import { personalData } from './personal-data';
import { plainAbbreviations } from './plain-abbreviations';
import { priority } from './priority';
import { rationaleConclusion } from './rationale-conclusion';
import { requiredHeader } from './required-header';
import { reviewerAnonymous } from './reviewer-anonymous';
import { reviewerCredentials } from './reviewer-credentials';
import { specialty } from './specialty';
import { unknownGuideline } from './unknown-guideline';
import { unknownSection } from './unknown-section';
import { verbatimCitation } from './verbatim-citation';

export const RULES: readonly Rule[] = [
  requiredHeader, reviewerCredentials, caseSummary, disputedItem, itemFields, duplicateItem, fieldOrder,
  caseNumber, calendarDate, dateOrder, priority, decisionDeadline, applicationTimeliness,
  licensureState, specialty, reviewerAnonymous,
  unknownGuideline, guidelineMismatch, guidelineInForce, unknownSection, pageRange, outsideMtusStatement, noneCitedAlone, outsideMtusAlone,
  decisionConclusion, rationaleConclusion, caseOutcome,
  plainAbbreviations, personalData,
  // the QA cross-checks (issue 10), appended so the codes above keep their order
  caseNumberYear, dateAfterDecision, guidelineNotCited, verbatimCitation, itemRequest, opioidWeaning,
];
