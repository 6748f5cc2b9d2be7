/**
 * The letters New Determination starts from, one per layout, as snippets (tab stops on what the reviewer fills
 * in). Pure, so the tests check that each one, filled with its placeholders, parses with no problem.
 */

export type SkeletonId = 'letter-2016' | 'letter-current' | 'letter-2014';

export interface Skeleton {
  id: SkeletonId;
  label: string;
  detail: string;
  /** the letter as a VS Code snippet */
  snippet(today: Date): string;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const usDate = (d: Date) => `${pad(d.getMonth() + 1)}/${pad(d.getDate())}/${d.getFullYear()}`;

interface Parts {
  layout?: string;
  caseNumber: string;
  decisionDate: string;
  citation: string;
  rationale: string;
}

function letter(p: Parts): string {
  // no comment above the first field: VS Code names an untitled editor after its first line
  return [
    ...(p.layout ? [`Layout: ${p.layout}`] : []),
    `Case Number: \${1:${p.caseNumber}}`,
    'Date Assigned: ${2:MM/DD/YYYY}',
    'Date of Injury: ${3:MM/DD/YYYY}',
    `Decision Date: \${4:${p.decisionDate}}`,
    'UR Denial Date: ${5:MM/DD/YYYY}',
    'Priority: ${6|Standard,Expedited|}',
    'Application Received: ${7:MM/DD/YYYY}',
    '',
    'State(s) of Licensure: ${8:California}',
    'Certification(s)/Specialty: ${9:Specialty}',
    '',
    'Clinical Case Summary:',
    '  ${10:The injured worker is a ... year old ... who sustained an industrial injury on ...}',
    '',
    'Item: ${11:Disputed item or service}',
    '  Decision: ${12|Upheld,Overturned|}',
    `  Claims Administrator guideline: \${13:${p.citation}}`,
    `  MAXIMUS guideline: \${14:${p.citation}}`,
    '  Decision rationale:',
    `    \${15:${p.rationale}}$0`,
    '',
  ].join('\n');
}

export const SKELETONS: readonly Skeleton[] = [
  {
    id: 'letter-current',
    label: 'Current MTUS letter',
    detail: 'ACOEM guidelines adopted by reference (decisions from 12/01/2017); the layout follows from the Decision Date',
    snippet: (today) => letter({
      caseNumber: `CM${String(today.getFullYear()).slice(2)}-0000000`,
      decisionDate: usDate(today),
      citation: 'MTUS Low Back Disorders 2020, Section(s): Topic',
      rationale: 'The ACOEM ... Guideline adopted in the MTUS ... In this case, ... Therefore, the request for ... is not medically necessary.',
    }),
  },
  {
    id: 'letter-2016',
    label: '2016-17 letter',
    detail: 'Layout 2016: the ACOEM 2004 chapters and the 2016 Chronic Pain and Opioid guidelines, cited by section',
    snippet: () => letter({
      layout: '2016',
      caseNumber: 'CM17-0000000',
      decisionDate: 'MM/DD/YYYY',
      citation: 'MTUS Chronic Pain Medical Treatment 2016, Section(s): Topic',
      rationale: 'The California MTUS 2016 Chronic Pain Guidelines ... In this case, ... Therefore, the request for ... is not medically necessary.',
    }),
  },
  {
    id: 'letter-2014',
    label: '2014 letter',
    detail: 'Layout 2014: the reviewer\'s credentials inside the standard paragraph, citations by ACOEM chapter and page',
    snippet: () => letter({
      layout: '2014',
      caseNumber: 'CM14-0000000',
      decisionDate: 'MM/DD/2014',
      citation: 'MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 300',
      rationale: 'The ACOEM Guidelines state that ... In this case, ... This request is not medically necessary.',
    }),
  },
];
