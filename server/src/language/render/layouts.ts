/**
 * The fixed wording of each letter layout: headings and the standard paragraphs a reviewer never types.
 * `2016` is the layout of the 2016-17 public letters (also used for letters citing the current MTUS);
 * `2014` is the layout of the seed letter (reviewer statement inline, no credentials block).
 */
import type { LayoutName } from '../syntax/ast';

export interface LetterLayout {
  name: LayoutName;
  headings: { how: string; summary: string; issues: string };
  /** the paragraph under the first heading; `{reviewer}` marks where the 2014 layout names the reviewer */
  howDetermined: string;
  /** the 2014 reviewer sentence, with `{specialty}` and `{licensure}` */
  reviewerSentence?: string;
  /** the 2016 credentials block's lead-in line */
  credentialsIntro?: string;
  summaryIntroduction: string;
  issuesIntroduction: string;
  /** between an item's text and its decision word */
  decisionSeparator: string;
}

const HEADINGS = {
  how: 'HOW THE IMR FINAL DETERMINATION WAS MADE',
  summary: 'CLINICAL CASE SUMMARY',
  issues: 'IMR ISSUES, DECISIONS AND RATIONALES',
};

const SUMMARY_INTRODUCTION =
  'The expert reviewer developed the following clinical case summary based on a review of the case file, including all medical records:';
const ISSUES_INTRODUCTION =
  'The Final Determination was based on decisions for the disputed items/services set forth below:';

export const LAYOUTS: Record<LayoutName, LetterLayout> = {
  '2016': {
    name: '2016',
    headings: HEADINGS,
    howDetermined:
      'MAXIMUS Federal Services sent the complete case file to an expert reviewer. He/she has no affiliation with the ' +
      'employer, employee, providers or the claims administrator. He/she has been in active clinical practice for more ' +
      'than five years and is currently working at least 24 hours a week in active practice. The expert reviewer was ' +
      'selected based on his/her clinical experience, education, background, and expertise in the same or similar ' +
      'specialties that evaluate and/or treat the medical condition and disputed items/Service. He/she is familiar with ' +
      'governing laws and regulations, including the strength of evidence hierarchy that applies to Independent Medical ' +
      'Review determinations.',
    credentialsIntro: 'The Expert Reviewer has the following credentials:',
    summaryIntroduction: SUMMARY_INTRODUCTION,
    issuesIntroduction: ISSUES_INTRODUCTION,
    decisionSeparator: ': ',
  },
  '2014': {
    name: '2014',
    headings: HEADINGS,
    howDetermined:
      'MAXIMUS Federal Services sent the complete case file to an expert reviewer. He/she has no affiliation with the ' +
      'employer, employee, providers or the claims administrator. {reviewer} He/she has been in active clinical practice ' +
      'for more than five years and is currently working at least 24 hours a week in active practice. The expert ' +
      'reviewer was selected based on his/her clinical experience, education, background, and expertise in the same or ' +
      'similar specialties that evaluate and/or treat the medical condition and disputed items/services. He/she is ' +
      'familiar with governing laws and regulations, including the strength of evidence hierarchy that applies to ' +
      'Independent Medical Review determinations.',
    reviewerSentence: 'The expert reviewer is Board Certified in {specialty}, and is licensed to practice in {licensure}.',
    summaryIntroduction: SUMMARY_INTRODUCTION,
    issuesIntroduction: ISSUES_INTRODUCTION,
    decisionSeparator: ':  ',
  },
};

/** Letters decided before 2016 used the 2014 layout; the stated `Layout:` always wins. */
export function layoutFor(stated: LayoutName | undefined, decisionYear: number | undefined): LetterLayout {
  if (stated) return LAYOUTS[stated];
  if (decisionYear !== undefined && decisionYear < 2016) return LAYOUTS['2014'];
  return LAYOUTS['2016'];
}
