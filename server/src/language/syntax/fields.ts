/**
 * Every field an `.imr` letter can hold, in one table: the lexer, the AST builder, the formatter and
 * completion, hover and the grammar generator all read it, so a field is added in one place.
 */

/** How the text after a field's label is read. */
export type FieldShape =
  /** the rest of the line, e.g. `Case Number: CM16-0213037` */
  | 'value'
  /** free text on the following, more deeply indented lines; blank lines separate paragraphs */
  | 'prose'
  /** one guideline citation a line, on the label's line and/or the following, more deeply indented lines */
  | 'citations';

/** Where a field belongs in the letter. */
export type FieldScope = 'letter' | 'header' | 'parties' | 'reviewer' | 'boilerplate' | 'summary' | 'item';

export type FieldKey =
  | 'layout'
  | 'caseNumber' | 'dateAssigned' | 'dateOfInjury' | 'decisionDate' | 'urDenialDate' | 'priority'
  | 'applicationReceived' | 'caseOutcome'
  | 'employee' | 'employer' | 'claimsAdministrator' | 'claimNumber' | 'requestingPhysician' | 'redact' | 'keep'
  | 'licensure' | 'specialty'
  | 'howDetermined' | 'summaryIntroduction' | 'issuesIntroduction'
  | 'summary'
  | 'item' | 'decision' | 'originalRequest' | 'authorized' | 'authorizedInstead'
  | 'claimsAdministratorGuideline' | 'reviewerGuideline' | 'rationale';

export interface FieldSpec {
  key: FieldKey;
  /** the label the formatter writes, as the letter itself words it */
  label: string;
  /** shorter or older spellings accepted as typed */
  aliases: string[];
  shape: FieldShape;
  scope: FieldScope;
  /** one line for hovers and completion details */
  doc: string;
}

export const FIELDS: readonly FieldSpec[] = [
  { key: 'layout', label: 'Layout', aliases: ['Era'], shape: 'value', scope: 'letter',
    doc: 'Which letter layout to render: `2016` (the 2016-17 public letters, also used for current-MTUS letters) or `2014` (inline reviewer statement, `Page(s):` citations). Inferred from the Decision Date when absent.' },
  { key: 'caseNumber', label: 'Case Number', aliases: ['IMR Case Number'], shape: 'value', scope: 'header',
    doc: 'The IMR case number: `CM` + two-digit year of receipt + `-` + seven digits, e.g. `CM16-0213037`.' },
  { key: 'dateAssigned', label: 'Date Assigned', aliases: [], shape: 'value', scope: 'header',
    doc: 'Date the case was assigned to the IMR organisation (MM/DD/YYYY).' },
  { key: 'dateOfInjury', label: 'Date of Injury', aliases: ['DOI'], shape: 'value', scope: 'header',
    doc: 'Date of the industrial injury (MM/DD/YYYY).' },
  { key: 'decisionDate', label: 'Decision Date', aliases: [], shape: 'value', scope: 'header',
    doc: 'Date of this final determination (MM/DD/YYYY).' },
  { key: 'urDenialDate', label: 'UR Denial Date', aliases: ['UR Date'], shape: 'value', scope: 'header',
    doc: 'Date of the utilization review decision that denied or modified the treatment (MM/DD/YYYY).' },
  { key: 'priority', label: 'Priority', aliases: [], shape: 'value', scope: 'header',
    doc: '`Standard` (decision due within 30 days) or `Expedited` (within 3 days), Labor Code 4610.6(d).' },
  { key: 'applicationReceived', label: 'Application Received', aliases: [], shape: 'value', scope: 'header',
    doc: 'Date the application for IMR was received (MM/DD/YYYY).' },
  { key: 'caseOutcome', label: 'Case Outcome', aliases: ['Outcome', 'Final Determination'], shape: 'value', scope: 'header',
    doc: 'Optional stated outcome of the whole case: `Upheld`, `Overturned` or `Partially Overturned`. It follows from the items; when stated it must agree.' },
  { key: 'employee', label: 'Employee', aliases: ['Injured Worker'], shape: 'value', scope: 'parties',
    doc: 'The injured employee\'s name. Never rendered in the public copy.' },
  { key: 'employer', label: 'Employer', aliases: [], shape: 'value', scope: 'parties',
    doc: 'The employer\'s name. Never rendered in the public copy.' },
  { key: 'claimsAdministrator', label: 'Claims Administrator name', aliases: ['Insurer'], shape: 'value', scope: 'parties',
    doc: 'The claims administrator\'s name. Never rendered in the public copy. (Plain `Claims Administrator:` is the guideline line of an item.)' },
  { key: 'claimNumber', label: 'Claim Number', aliases: [], shape: 'value', scope: 'parties',
    doc: 'The workers\' compensation claim number. Never rendered in the public copy.' },
  { key: 'requestingPhysician', label: 'Requesting Physician', aliases: ['Provider'], shape: 'value', scope: 'parties',
    doc: 'The physician who requested the treatment. Never rendered in the public copy.' },
  { key: 'redact', label: 'Redact', aliases: [], shape: 'value', scope: 'parties',
    doc: 'Phrases the public copy must also remove, separated by `;` (e.g. a name the redactor kept). Never rendered.' },
  { key: 'keep', label: 'Keep', aliases: [], shape: 'value', scope: 'parties',
    doc: 'Phrases the public copy keeps although they look personal (a false alarm), separated by `;`; also marks a suspicious remainder as reviewed. Declared parties are removed all the same. Never rendered.' },
  { key: 'licensure', label: 'State(s) of Licensure', aliases: ['Licensure', 'States of Licensure', 'Licensed'], shape: 'value', scope: 'reviewer',
    doc: 'US states where the expert reviewer is licensed, comma-separated, as the letter prints them.' },
  { key: 'specialty', label: 'Certification(s)/Specialty', aliases: ['Specialty', 'Certifications', 'Board Certified'], shape: 'value', scope: 'reviewer',
    doc: 'The expert reviewer\'s board certification(s) or specialty, comma-separated.' },
  { key: 'howDetermined', label: 'How the determination was made', aliases: [], shape: 'prose', scope: 'boilerplate',
    doc: 'Replaces the layout\'s standard paragraph under HOW THE IMR FINAL DETERMINATION WAS MADE. Only for letters that really differ.' },
  { key: 'summaryIntroduction', label: 'Summary introduction', aliases: [], shape: 'prose', scope: 'boilerplate',
    doc: 'Replaces the standard first sentence of the CLINICAL CASE SUMMARY. Only for letters that really differ.' },
  { key: 'issuesIntroduction', label: 'Issues introduction', aliases: [], shape: 'prose', scope: 'boilerplate',
    doc: 'Replaces the standard first sentence of IMR ISSUES, DECISIONS AND RATIONALES. Only for letters that really differ.' },
  { key: 'summary', label: 'Clinical Case Summary', aliases: ['Summary', 'Case Summary'], shape: 'prose', scope: 'summary',
    doc: 'The expert reviewer\'s clinical case summary: free text on the following indented lines.' },
  { key: 'item', label: 'Item', aliases: ['Disputed Item'], shape: 'value', scope: 'item',
    doc: 'A disputed item or service, as certified for IMR (for a modified request: the remaining or original request). Its fields follow, indented.' },
  { key: 'decision', label: 'Decision', aliases: [], shape: 'value', scope: 'item',
    doc: '`Upheld` (not medically necessary: the UR denial stands) or `Overturned` (medically necessary: the UR decision is reversed).' },
  { key: 'originalRequest', label: 'Original request', aliases: ['Original'], shape: 'value', scope: 'item',
    doc: 'For a request the claims administrator modified: the request as originally made.' },
  { key: 'authorized', label: 'Authorized', aliases: ['Authorised'], shape: 'value', scope: 'item',
    doc: 'For a modified request: the part the claims administrator authorized; the Item is the remaining IMR-eligible portion.' },
  { key: 'authorizedInstead', label: 'Authorized instead', aliases: ['Authorised instead'], shape: 'value', scope: 'item',
    doc: 'For a modified request: something different the claims administrator authorized, leaving the original request (the Item) IMR eligible.' },
  { key: 'claimsAdministratorGuideline', label: 'Claims Administrator guideline', aliases: ['CA guideline', 'Claims Administrator'], shape: 'citations', scope: 'item',
    doc: 'What the utilization review relied on: MTUS or Non-MTUS citations, one a line, or `None cited`.' },
  { key: 'reviewerGuideline', label: 'MAXIMUS guideline', aliases: ['MAXIMUS', 'Reviewer guideline', 'Expert Reviewer guideline'], shape: 'citations', scope: 'item',
    doc: 'What the expert reviewer relied on: MTUS or Non-MTUS citations, one a line, or `None cited`.' },
  { key: 'rationale', label: 'Decision rationale', aliases: ['Rationale'], shape: 'prose', scope: 'item',
    doc: 'The decision rationale, ending in a conclusion on medical necessity that agrees with the decision.' },
];

export const FIELD_BY_KEY: ReadonlyMap<FieldKey, FieldSpec> = new Map(FIELDS.map((f) => [f.key, f]));

export function fieldSpec(key: FieldKey): FieldSpec {
  const spec = FIELD_BY_KEY.get(key);
  if (!spec) throw new Error(`unknown field ${key}`);
  return spec;
}

