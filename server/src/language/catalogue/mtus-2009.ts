/**
 * The MTUS as adopted in 2009 (8 CCR 9792.22-9792.24.3): ACOEM Practice Guidelines 2nd ed. (2004) chapters,
 * the 2007 Elbow revision, and the DWC's own Acupuncture, Chronic Pain (2009) and Postsurgical guidelines.
 * Most of it stayed in force through 2017-11-30; the 2016 interim changes are in mtus-2016.ts.
 */

import { SOURCES } from './sources';
import type { AcoemChapter, CorpusCitations, Guideline, GuidelineSection, InForce, PageCitation, PageRange } from './types';

const pages = (from: number, to: number, verified: boolean, source: string): PageRange => ({ from, to, verified, source });
const recalled = (from: number, to: number = from): PageRange => pages(from, to, false, SOURCES.recollection);
const cited = (topic: string, range: PageRange): PageCitation => ({ topic, pages: range });
const counted = (claimsAdministrator: number, maximus: number): CorpusCitations => ({ claimsAdministrator, maximus, source: SOURCES.corpus });

// The 2009 regulations' start date is given as "verify" and the 2007 start by month only, so both stay unverified.
const ACOEM_2004_IN_FORCE: InForce = {
  from: '2007-06-01',
  to: '2017-11-30',
  verified: false,
  note: 'start given by month only (2007-06); replaced by ACOEM guidelines by reference for services on/after 2017-12-01',
  source: `${SOURCES.timeline}; ${SOURCES.mtus2017}`,
};
const REGS_2009_IN_FORCE_FROM = '2009-07-18';

/**
 * ACOEM 2nd ed. clinical chapters share one layout, and letters cite its sub-headings as Section(s).
 * Headings seen with a chapter are marked so; the rest are offered because the layout is shared (inference).
 */
const ACOEM_2004_HEADINGS: ReadonlyArray<readonly [string, string[]]> = [
  ['Special Studies', []],
  ['Initial Care', ['Inital Care']],
  ['Summary', []],
  ['Physical Methods', []],
  ['Surgical Considerations', []],
  ['Diagnostic Criteria', ['Diagnositc Criteria']],
  ['Follow-up Visits', ['Followup Visits']],
  ['Activity Modification', []],
  ['Work-Relatedness', ['Work Relatedness']],
  ['General Approach', []],
];

function acoem2004Sections(seen: readonly string[]): GuidelineSection[] {
  const byName = new Map(ACOEM_2004_HEADINGS.map(([name, aliases]) => [name, aliases]));
  const ordered = [...seen, ...ACOEM_2004_HEADINGS.map(([name]) => name).filter((name) => !seen.includes(name))];
  return ordered.map((name) => {
    const seenHere = seen.includes(name);
    const section: GuidelineSection = { name, aliases: [...(byName.get(name) ?? [])], seenInCorpus: seenHere };
    if (!seenHere) section.note = 'ACOEM 2004 chapter heading cited with other chapters, not seen with this one';
    return section;
  });
}

interface AcoemChapterFacts {
  chapter: number;
  slug: string;
  title: string;
  ccr: string;
  covers: string;
  pages?: PageRange;
  pagesCited?: PageCitation[];
  sectionsSeen: string[];
  corpusCitations: CorpusCitations;
  source: string;
}

function acoem2004Chapter(facts: AcoemChapterFacts): Guideline {
  const guideline: Guideline = {
    id: `acoem2004-ch${facts.chapter}-${facts.slug}`,
    title: facts.title,
    year: 2004,
    titleAliases: [],
    chapter: facts.chapter,
    ccr: facts.ccr,
    covers: facts.covers,
    inForce: ACOEM_2004_IN_FORCE,
    eras: ['mtus-2009', 'mtus-2016'],
    sections: acoem2004Sections(facts.sectionsSeen),
    corpusCitations: facts.corpusCitations,
    source: facts.source,
  };
  if (facts.pages) guideline.pages = facts.pages;
  if (facts.pagesCited) guideline.pagesCited = facts.pagesCited;
  return guideline;
}

const ACOEM_CLINICAL = `${SOURCES.regs2009}; ${SOURCES.corpus}`;

export const neckAndUpperBack2004 = acoem2004Chapter({
  chapter: 8,
  slug: 'neck-upper-back',
  title: 'Neck and Upper Back Complaints',
  ccr: '8 CCR 9792.23.1',
  covers: 'Assessment and treatment of work-related neck and upper back complaints (ACOEM 2nd ed., 2004).',
  pages: pages(165, 194, false, `${SOURCES.recollection}; 30 pp. per NGC doc 8542`),
  pagesCited: [cited('MRI', recalled(177, 178)), cited('(frequently cited)', recalled(181, 183))],
  sectionsSeen: ['Special Studies', 'Initial Care', 'Summary', 'Diagnostic Criteria'],
  corpusCitations: counted(34, 32),
  source: ACOEM_CLINICAL,
});

export const shoulder2004 = acoem2004Chapter({
  chapter: 9,
  slug: 'shoulder',
  title: 'Shoulder Complaints',
  ccr: '8 CCR 9792.23.2',
  covers: 'Assessment and treatment of work-related shoulder complaints (ACOEM 2nd ed., 2004).',
  pages: pages(195, 225, false, `${SOURCES.recollection}; 31 pp. per NGC doc 8543`),
  pagesCited: [cited('imaging', recalled(207, 209)), cited('(frequently cited)', recalled(213))],
  sectionsSeen: ['Special Studies', 'Initial Care', 'Surgical Considerations', 'Summary', 'Follow-up Visits', 'Activity Modification'],
  corpusCitations: counted(24, 20),
  source: ACOEM_CLINICAL,
});

export const forearmWristHand2004 = acoem2004Chapter({
  chapter: 11,
  slug: 'forearm-wrist-hand',
  title: 'Forearm, Wrist, and Hand Complaints',
  ccr: '8 CCR 9792.23.4',
  covers: 'Assessment and treatment of work-related forearm, wrist and hand complaints (ACOEM 2nd ed., 2004).',
  pages: pages(253, 285, false, `${SOURCES.recollection}; 34 pp. per NGC doc 8545`),
  pagesCited: [cited('imaging', recalled(268, 269)), cited('(frequently cited)', recalled(270)), cited('(frequently cited)', recalled(272))],
  sectionsSeen: [
    'Special Studies', 'Diagnostic Criteria', 'Physical Methods', 'Initial Care', 'Summary',
    'Work-Relatedness', 'Follow-up Visits', 'Surgical Considerations',
  ],
  corpusCitations: counted(12, 10),
  source: ACOEM_CLINICAL,
});

export const lowBack2004 = acoem2004Chapter({
  chapter: 12,
  slug: 'low-back',
  title: 'Low Back Complaints',
  ccr: '8 CCR 9792.23.5',
  covers: 'Assessment and treatment of work-related low back complaints (ACOEM 2nd ed., 2004, chapter 12).',
  // The only chapter whose page range a stored source confirms.
  pages: pages(286, 326, true, `${SOURCES.ngc} doc_id 12540: "2004. p. 286-326"`),
  pagesCited: [
    cited('SI-joint injections', pages(300, 300, true, SOURCES.seed)),
    cited('manipulation (cited as non-MTUS "Harris J. ... 2nd edition (2004) p 301")', pages(301, 301, true, SOURCES.corpus)),
    cited('lumbar supports', recalled(301)),
    cited('imaging / EMG', recalled(303, 305)),
    cited('Table 12-8', recalled(308, 310)),
  ],
  sectionsSeen: [
    'Special Studies', 'Physical Methods', 'Summary', 'Diagnostic Criteria', 'Initial Care',
    'Surgical Considerations', 'General Approach', 'Follow-up Visits',
  ],
  corpusCitations: counted(61, 60),
  source: `${SOURCES.lowBack2009}; ${SOURCES.corpus}`,
});

export const knee2004 = acoem2004Chapter({
  chapter: 13,
  slug: 'knee',
  title: 'Knee Complaints',
  ccr: '8 CCR 9792.23.6',
  covers: 'Assessment and treatment of work-related knee complaints (ACOEM 2nd ed., 2004).',
  pages: pages(331, 361, false, `${SOURCES.recollection}; 31 pp. per NGC doc 8547`),
  pagesCited: [cited('imaging', recalled(341, 343)), cited('(frequently cited)', recalled(346))],
  sectionsSeen: ['Special Studies', 'Initial Care', 'Surgical Considerations', 'Diagnostic Criteria', 'Follow-up Visits', 'Summary'],
  corpusCitations: counted(17, 14),
  source: ACOEM_CLINICAL,
});

export const ankleAndFoot2004 = acoem2004Chapter({
  chapter: 14,
  slug: 'ankle-foot',
  title: 'Ankle and Foot Complaints',
  ccr: '8 CCR 9792.23.7',
  covers: 'Assessment and treatment of work-related ankle and foot complaints (ACOEM 2nd ed., 2004).',
  pages: recalled(361, 382),
  pagesCited: [cited('(frequently cited)', recalled(372, 374))],
  sectionsSeen: ['Special Studies', 'Diagnostic Criteria', 'Summary'],
  corpusCitations: counted(2, 2),
  source: ACOEM_CLINICAL,
});

export const stressRelated2004: Guideline = {
  ...acoem2004Chapter({
    chapter: 15,
    slug: 'stress-related',
    title: 'Stress-Related Conditions',
    ccr: '8 CCR 9792.23.8',
    covers: 'Work-related stress and psychological conditions (ACOEM 2nd ed., 2004).',
    // Source gives "387-?"; the end is bounded by chapter 16 starting at 419 (inference).
    pages: pages(387, 418, false, `${SOURCES.recollection}; end inferred from chapter 16 starting at 419`),
    sectionsSeen: ['General Approach'],
    corpusCitations: counted(1, 0),
    source: ACOEM_CLINICAL,
  }),
  // Its layout differs from the clinical chapters, so only the heading letters use is offered.
  sections: [{ name: 'General Approach', aliases: [], seenInCorpus: true }],
};

export const eye2004: Guideline = {
  ...acoem2004Chapter({
    chapter: 16,
    slug: 'eye',
    title: 'Eye',
    ccr: '8 CCR 9792.23.9',
    covers: 'Work-related eye conditions (ACOEM 2nd ed., 2004); no corpus letter cites it.',
    sectionsSeen: [],
    corpusCitations: counted(0, 0),
    source: `${SOURCES.regs2009}; ${SOURCES.maximusLookup}`,
  }),
  sections: [],
  note: 'Starts at page 419 (unverified recollection; end unknown).',
};

export const elbow2007: Guideline = {
  id: 'acoem2007-elbow',
  title: 'Elbow Complaints',
  year: 2007,
  // The 2009 regulation index names 9792.23.3 "Elbow Disorders", ACOEM's title for the 2007 revision.
  titleAliases: ['Elbow Disorders', 'Elbow Disorders (Revised 2007)'],
  chapter: 10,
  ccr: '8 CCR 9792.23.3',
  covers: 'Work-related elbow disorders: ACOEM\'s 2007 revision (67 pp.), which replaced the 2004 chapter 10 (25 pp.) in the MTUS.',
  inForce: {
    from: REGS_2009_IN_FORCE_FROM,
    to: '2017-11-30',
    verified: false,
    note: '2009 regulations\' effective date is marked "verify" in the source',
    source: `${SOURCES.timeline}; ${SOURCES.mtus2017}`,
  },
  eras: ['mtus-2009', 'mtus-2016'],
  corpusCitations: counted(7, 5),
  sections: [
    { name: 'Diagnostic Criteria', aliases: ['Diagnositc Criteria'], seenInCorpus: true },
    { name: 'Recommendations', aliases: [], seenInCorpus: true },
    { name: 'Radial Head Fracture', aliases: [], seenInCorpus: true },
  ],
  note: 'Letters print "Section(s): 326" with this guideline 4 times: a page-like value, unexplained (separately paginated revision).',
  source: `${SOURCES.ngc} doc_id 10883; ${SOURCES.regs2009}; ${SOURCES.corpus}`,
};

export const generalApproaches2004: Guideline = {
  id: 'acoem2004-general-approaches',
  title: 'General Approaches',
  year: 2004,
  titleAliases: [],
  chapters: [1, 2, 3, 5],
  ccr: '8 CCR 9792.22',
  covers: 'ACOEM 2nd ed. (2004) general chapters: prevention, initial assessment, initial treatment and disability management.',
  inForce: ACOEM_2004_IN_FORCE,
  eras: ['mtus-2009', 'mtus-2016'],
  corpusCitations: counted(5, 11),
  sections: [
    { name: 'Initial Approaches to Treatment', aliases: [], chapter: 3, seenInCorpus: true },
    { name: 'Cornerstones of Disability Prevention and Management', aliases: [], chapter: 5, seenInCorpus: true },
    { name: 'General Approach to Initial Assessment and Documentation', aliases: [], chapter: 2, seenInCorpus: true },
    { name: 'Prevention', aliases: [], chapter: 1, seenInCorpus: true },
  ],
  note: 'The in-MTUS chapter set (1, 2, 3, 5) is inferred from the sections letters cite; 9792.22 text not checked.',
  source: `${SOURCES.regs2009}; ${SOURCES.corpus}; ${SOURCES.maximusLookup}`,
};

export const acupuncture2007: Guideline = {
  id: 'dwc2007-acupuncture',
  title: 'Acupuncture Treatment',
  year: 2007,
  titleAliases: ['Acupuncture Medical Treatment Guidelines', 'Acupuncture Treatment Guidelines'],
  ccr: '8 CCR 9792.24.1',
  covers: 'The DWC\'s rules for when acupuncture is appropriate and for how long; it overrides the acupuncture text in ACOEM chapters.',
  inForce: {
    from: '2007-06-01',
    verified: false,
    note: 'start given by month only (2007-06); kept when the MTUS moved to ACOEM guidelines in 2017',
    source: `${SOURCES.timeline}; ${SOURCES.mtus2017}`,
  },
  eras: ['mtus-2009', 'mtus-2016', 'mtus-2017'],
  corpusCitations: counted(15, 16),
  sections: [],
  note: 'Letters usually cite it without Section(s).',
  source: `${SOURCES.regs2009}; ${SOURCES.corpus}; ${SOURCES.maximusLookup}`,
};

/** Chronic Pain MTG 2009 topics with the pages 2013-2015 letters cited; every page is recollection. */
const CHRONIC_PAIN_2009_TOPICS: ReadonlyArray<readonly [string, string[], number, number]> = [
  ['Antidepressants for chronic pain', ['Antidepressants'], 13, 16],
  ['Anti-epilepsy drugs (AEDs)', ['Antiepilepsy drugs (AEDs)', 'Anti-epilepsy drugs', 'AEDs'], 16, 22],
  ['Gabapentin (Neurontin)', ['Gabapentin'], 18, 19],
  ['Aquatic therapy', [], 22, 22],
  ['Benzodiazepines', [], 24, 24],
  ['Biofeedback', [], 24, 25],
  ['Capsaicin, topical', ['Capsaicin'], 28, 29],
  ['Carisoprodol (Soma)', ['Carisoprodol'], 29, 29],
  ['Chronic pain programs (functional restoration programs)', ['Chronic pain programs'], 30, 34],
  ['Cyclobenzaprine (Flexeril)', ['Cyclobenzaprine'], 41, 42],
  ['Drug testing', [], 43, 43],
  ['Epidural steroid injections (ESIs)', ['Epidural steroid injections', 'ESIs'], 46, 46],
  ['Exercise', [], 46, 47],
  ['Functional restoration programs (FRPs)', ['Functional restoration programs', 'FRPs'], 49, 49],
  ['Home health services', [], 51, 51],
  ['Lidoderm (lidocaine patch)', ['Lidoderm'], 56, 57],
  ['Manual therapy & manipulation', [], 58, 59],
  ['Massage therapy', ['Massage'], 60, 60],
  ['Medications for chronic pain', [], 60, 60],
  ['Muscle relaxants (for pain)', ['Muscle relaxants'], 63, 66],
  ['NSAIDs (non-steroidal anti-inflammatory drugs)', ['NSAIDs'], 67, 73],
  ['NSAIDs, GI symptoms & cardiovascular risk', ['GI symptoms & cardiovascular risk'], 68, 69],
  ['Opioids', ['Opioids (all subsections)'], 74, 96],
  ['Opioids, criteria for use', ['criteria for use'], 76, 80],
  ['Opioids, specific drug list', [], 91, 94],
  ['Tramadol (Ultram)', ['Tramadol'], 93, 94],
  ['Physical medicine', ['Physical medicine treatment'], 98, 99],
  ['Psychological evaluations', [], 100, 101],
  ['Psychological treatment', [], 101, 102],
  ['Spinal cord stimulators (SCS)', ['Spinal cord stimulators', 'SCS'], 105, 107],
  ['Topical analgesics', [], 111, 113],
  ['TENS, chronic pain', ['TENS', 'TENS, chronic pain (transcutaneous electrical nerve stimulation)'], 114, 116],
  ['Interferential current stimulation (ICS)', ['Interferential current stimulation', 'ICS'], 118, 120],
  ['Trigger point injections', [], 122, 122],
  ['Weaning of medications', [], 124, 124],
  ['Work conditioning, work hardening', ['Work conditioning'], 125, 125],
];

/** Names corpus letters cite with "Chronic Pain Medical Treatment 2009" (the rest are from the page map only). */
const CHRONIC_PAIN_2009_SEEN = new Set([
  'Epidural steroid injections (ESIs)', 'Drug testing', 'Opioids, criteria for use', 'Physical medicine',
]);

export const chronicPain2009: Guideline = {
  id: 'dwc2009-chronic-pain',
  title: 'Chronic Pain Medical Treatment',
  year: 2009,
  titleAliases: ['Chronic Pain Medical Treatment Guidelines', 'Chronic Pain Medical Treatment Guideline'],
  ccr: '8 CCR 9792.24.2 (2009 version)',
  covers: 'The DWC\'s 2009 chronic pain guideline, mostly an adaptation of ODG\'s Pain (Chronic) chapter of 2008-10-23; it applies when recovery has not followed the body-part chapter.',
  inForce: {
    from: REGS_2009_IN_FORCE_FROM,
    to: '2016-07-27',
    verified: false,
    note: 'start marked "verify" in the source; replaced by the 2016 version effective 2016-07-28',
    source: `${SOURCES.timeline}; ${SOURCES.interim2016}`,
  },
  eras: ['mtus-2009'],
  pages: recalled(1, 127),
  corpusCitations: counted(5, 1),
  sections: [
    ...CHRONIC_PAIN_2009_TOPICS.map(([name, aliases, from, to]): GuidelineSection => ({
      name,
      aliases,
      pages: recalled(from, to),
      seenInCorpus: CHRONIC_PAIN_2009_SEEN.has(name),
    })),
    { name: 'Barbiturate-containing analgesic agents (BCAs)', aliases: ['Barbiturate-containing analgesic agents', 'BCAs'], seenInCorpus: true },
  ],
  supersededBy: 'dwc2016-chronic-pain',
  note: 'Part 2 sections not taken from ODG are labelled "[DWC]". 2013-2015 letters cite it by page: "Chronic Pain Medical Treatment Guidelines ... Page(s): 76-78".',
  source: `${SOURCES.cpmtg2009}; ${SOURCES.recollection} (pages); ${SOURCES.corpus}`,
};

export const postsurgical2009: Guideline = {
  id: 'dwc2009-postsurgical',
  title: 'Postsurgical Treatment',
  year: 2009,
  titleAliases: ['Postsurgical Treatment Guidelines', 'Postsurgical Treatment Guideline'],
  ccr: '8 CCR 9792.24.3',
  covers: 'The DWC\'s limits on physical medicine visits and treatment periods after surgery, by body region.',
  inForce: {
    from: REGS_2009_IN_FORCE_FROM,
    verified: false,
    note: 'start marked "verify" in the source; kept when the MTUS moved to ACOEM guidelines in 2017',
    source: `${SOURCES.timeline}; ${SOURCES.mtus2017}`,
  },
  eras: ['mtus-2009', 'mtus-2016', 'mtus-2017'],
  // Only the regions the sources name; the guideline has more.
  corpusCitations: counted(4, 2),
  sections: [
    { name: 'Forearm, Wrist, & Hand', aliases: [], seenInCorpus: true },
    { name: 'Knee', aliases: [], seenInCorpus: true },
    { name: 'Shoulder', aliases: [], seenInCorpus: true },
    { name: 'Elbow & Upper Arm', aliases: [], seenInCorpus: true },
  ],
  source: `${SOURCES.regs2009}; ${SOURCES.corpus}`,
};

export const mtus2009Guidelines: readonly Guideline[] = [
  generalApproaches2004,
  neckAndUpperBack2004,
  shoulder2004,
  elbow2007,
  forearmWristHand2004,
  lowBack2004,
  knee2004,
  ankleAndFoot2004,
  stressRelated2004,
  eye2004,
  acupuncture2007,
  chronicPain2009,
  postsurgical2009,
];

const CHAPTERS_SOURCE = `${SOURCES.regs2009}; ${SOURCES.corpus}`;

/** ACOEM 2nd ed. (2004) chapters and whether the 2009 MTUS adopted them (ch. 1-3, 5 inferred from letters). */
export const acoem2004Chapters: readonly AcoemChapter[] = [
  { chapter: 1, title: 'Prevention', inMtus: true, guidelineId: generalApproaches2004.id, verified: false, source: CHAPTERS_SOURCE },
  { chapter: 2, title: 'General Approach to Initial Assessment and Documentation', inMtus: true, guidelineId: generalApproaches2004.id, verified: false, source: CHAPTERS_SOURCE },
  { chapter: 3, title: 'Initial Approaches to Treatment', inMtus: true, guidelineId: generalApproaches2004.id, verified: false, source: CHAPTERS_SOURCE },
  {
    chapter: 4, title: 'Work-Relatedness', inMtus: 'unclear', verified: false, source: CHAPTERS_SOURCE,
    note: 'Seen only as a Section(s) name of Forearm, Wrist, and Hand Complaints.',
  },
  { chapter: 5, title: 'Cornerstones of Disability Prevention and Management', inMtus: true, guidelineId: generalApproaches2004.id, verified: false, source: CHAPTERS_SOURCE },
  {
    chapter: 6, title: 'Pain, Suffering, and the Restoration of Function', inMtus: false, verified: true, source: CHAPTERS_SOURCE,
    note: 'Letters cite it as a Non-MTUS source.',
  },
  {
    chapter: 7, title: 'Independent Medical Examinations and Consultations', inMtus: false, verified: true, source: CHAPTERS_SOURCE,
    note: 'Letters cite it as a Non-MTUS source (page 137, functional capacity evaluations).',
  },
  ...[neckAndUpperBack2004, shoulder2004, elbow2007, forearmWristHand2004, lowBack2004, knee2004, ankleAndFoot2004, stressRelated2004, eye2004]
    .map((g): AcoemChapter => ({
      chapter: g.chapter ?? 0,
      title: g.title,
      inMtus: true,
      guidelineId: g.id,
      verified: true,
      source: g === lowBack2004 ? SOURCES.lowBack2009 : SOURCES.regs2009,
      ...(g === elbow2007 ? { note: 'The MTUS uses ACOEM\'s 2007 revision (Elbow Disorders) instead of the 2004 chapter.' } : {}),
    })),
];
