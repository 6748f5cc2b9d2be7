/**
 * The MTUS since 2017-12-01: ACOEM's guidelines incorporated by reference (8 CCR 9792.22-9792.24.4), updated
 * one by one by Administrative Director orders. No real letter of this era was found, so titles and years
 * follow Maximus's citation lookup, which stores each title with its ACOEM year.
 *
 * Design choice: every ACOEM version is its own entry (same title, different `year`), because each version
 * has its own in-force period and a letter names the version by its year (Low Back Disorders 2016/2019/2020).
 */

import { SOURCES } from './sources';
import type { Guideline, InForce } from './types';

const MTUS_2017_START = '2017-12-01';
const CCR_SUBSECTION_UNKNOWN = '8 CCR 9792.23.1-9792.23.12 (subsection not given in the sources)';
const CCR_UNKNOWN = '8 CCR 9792.22-9792.24.4 (section not given in the sources)';

/** In force from the December 2017 adoption (or a dated AD order) until the next version's order. */
function ordered(from: string, to?: string): InForce {
  const inForce: InForce = {
    from,
    verified: true,
    source: SOURCES.mtus2017,
    note: from === MTUS_2017_START ? 'services on/after 2017-12-01' : 'effective date of the AD order adopting this version',
  };
  if (to !== undefined) inForce.to = to;
  return inForce;
}

/** Only the Maximus lookup names this version: its effective date is unknown, so the start is a lower bound. */
function listedOnly(year: number): InForce {
  const yearStart = `${year}-01-01`;
  return {
    from: yearStart > MTUS_2017_START ? yearStart : MTUS_2017_START,
    verified: false,
    note: 'effective date not in the sources; start is the earliest possible date (MTUS 2017 start or the version\'s year)',
    source: SOURCES.maximusLookup,
  };
}

interface AcoemVersion {
  slug: string;
  title: string;
  titleAliases?: string[];
  year: number;
  publishedOn?: string;
  ccr: string;
  covers: string;
  inForce: InForce;
  supersededBy?: string;
  note?: string;
  source?: string;
}

function acoem(version: AcoemVersion): Guideline {
  const guideline: Guideline = {
    id: `acoem${version.year}-${version.slug}`,
    title: version.title,
    year: version.year,
    titleAliases: version.titleAliases ?? [],
    ccr: version.ccr,
    covers: version.covers,
    inForce: version.inForce,
    eras: ['mtus-2017'],
    sections: [],
    source: version.source ?? `${SOURCES.mtus2017}; ${SOURCES.maximusLookup}`,
  };
  if (version.publishedOn !== undefined) guideline.publishedOn = version.publishedOn;
  if (version.supersededBy !== undefined) guideline.supersededBy = `acoem${version.supersededBy}-${version.slug}`;
  if (version.note !== undefined) guideline.note = version.note;
  return guideline;
}

/** The fourteen guidelines of the December 2017 list and their dated updates. */
const adopted2017: Guideline[] = [
  acoem({
    slug: 'initial-approaches', title: 'Initial Approaches to Treatment', year: 2017, publishedOn: '2017-06-30',
    ccr: '8 CCR 9792.22', covers: 'ACOEM\'s general guidance on first treatment of work-related conditions.',
    inForce: ordered(MTUS_2017_START), supersededBy: '2022',
  }),
  acoem({
    slug: 'initial-approaches', title: 'Initial Approaches to Treatment', year: 2022,
    ccr: '8 CCR 9792.22', covers: 'ACOEM\'s 2022 update of its general guidance on first treatment.',
    inForce: listedOnly(2022), source: SOURCES.maximusLookup,
  }),
  acoem({
    slug: 'cervical-thoracic-spine', title: 'Cervical and Thoracic Spine Disorders', year: 2016, publishedOn: '2016-05-27',
    ccr: CCR_SUBSECTION_UNKNOWN, covers: 'ACOEM guideline for neck and upper-back (cervical and thoracic spine) disorders.',
    inForce: ordered(MTUS_2017_START, '2019-04-17'), supersededBy: '2018',
  }),
  acoem({
    slug: 'cervical-thoracic-spine', title: 'Cervical and Thoracic Spine Disorders', year: 2018, publishedOn: '2018-10-17',
    ccr: CCR_SUBSECTION_UNKNOWN, covers: 'ACOEM\'s 2018 update for cervical and thoracic spine disorders.',
    inForce: ordered('2019-04-18'),
  }),
  acoem({
    slug: 'shoulder', title: 'Shoulder Disorders', year: 2016, publishedOn: '2016-08-01',
    ccr: CCR_SUBSECTION_UNKNOWN, covers: 'ACOEM guideline for work-related shoulder disorders.',
    inForce: ordered(MTUS_2017_START),
  }),
  acoem({
    slug: 'elbow', title: 'Elbow Disorders', year: 2013, publishedOn: '2013',
    ccr: CCR_SUBSECTION_UNKNOWN, covers: 'ACOEM guideline for work-related elbow disorders.',
    inForce: ordered(MTUS_2017_START, '2019-04-17'), supersededBy: '2018',
  }),
  acoem({
    slug: 'elbow', title: 'Elbow Disorders', year: 2018, publishedOn: '2018-08-23',
    ccr: CCR_SUBSECTION_UNKNOWN, covers: 'ACOEM\'s 2018 update for elbow disorders.',
    inForce: ordered('2019-04-18'),
  }),
  acoem({
    slug: 'hand-wrist-forearm', title: 'Hand, Wrist, and Forearm Disorders', year: 2016, publishedOn: '2016-06-30',
    ccr: CCR_SUBSECTION_UNKNOWN, covers: 'ACOEM guideline for work-related hand, wrist and forearm disorders.',
    inForce: ordered(MTUS_2017_START, '2019-04-17'), supersededBy: '2019',
  }),
  acoem({
    slug: 'hand-wrist-forearm', title: 'Hand, Wrist, and Forearm Disorders', year: 2019, publishedOn: '2019-01-07',
    ccr: CCR_SUBSECTION_UNKNOWN, covers: 'ACOEM\'s 2019 update for hand, wrist and forearm disorders.',
    inForce: ordered('2019-04-18'),
  }),
  acoem({
    slug: 'low-back', title: 'Low Back Disorders', year: 2016, publishedOn: '2016-02-24',
    ccr: CCR_SUBSECTION_UNKNOWN, covers: 'ACOEM guideline for work-related low back disorders.',
    inForce: ordered(MTUS_2017_START, '2019-08-10'), supersededBy: '2019',
  }),
  acoem({
    slug: 'low-back', title: 'Low Back Disorders', year: 2019, publishedOn: '2019-03-07',
    ccr: CCR_SUBSECTION_UNKNOWN, covers: 'ACOEM\'s 2019 update for low back disorders.',
    inForce: ordered('2019-08-11', '2021-11-22'), supersededBy: '2020',
  }),
  acoem({
    slug: 'low-back', title: 'Low Back Disorders', year: 2020, publishedOn: '2020-02-13',
    ccr: CCR_SUBSECTION_UNKNOWN, covers: 'ACOEM\'s 2020 version of its low back disorders guideline (268 pages).',
    inForce: ordered('2021-11-23'),
  }),
  acoem({
    slug: 'knee', title: 'Knee Disorders', year: 2015, publishedOn: '2015-10-28',
    ccr: CCR_SUBSECTION_UNKNOWN, covers: 'ACOEM guideline for work-related knee disorders.',
    inForce: ordered(MTUS_2017_START, '2020-09-20'), supersededBy: '2019',
  }),
  acoem({
    slug: 'knee', title: 'Knee Disorders', year: 2019, publishedOn: '2019-12-03',
    ccr: CCR_SUBSECTION_UNKNOWN, covers: 'ACOEM\'s 2019 update for knee disorders.',
    inForce: ordered('2020-09-21'),
  }),
  acoem({
    slug: 'ankle-foot', title: 'Ankle and Foot Disorders', year: 2015, publishedOn: '2015-09',
    ccr: CCR_SUBSECTION_UNKNOWN, covers: 'ACOEM guideline for work-related ankle and foot disorders.',
    inForce: ordered(MTUS_2017_START, '2019-04-17'), supersededBy: '2018',
  }),
  acoem({
    slug: 'ankle-foot', title: 'Ankle and Foot Disorders', year: 2018, publishedOn: '2018-07-16',
    ccr: CCR_SUBSECTION_UNKNOWN, covers: 'ACOEM\'s 2018 update for ankle and foot disorders.',
    inForce: ordered('2019-04-18'),
  }),
  acoem({
    slug: 'eye', title: 'Eye Disorders', year: 2017, publishedOn: '2017-04-01',
    ccr: CCR_SUBSECTION_UNKNOWN, covers: 'ACOEM guideline for work-related eye disorders.',
    inForce: ordered(MTUS_2017_START),
  }),
  acoem({
    slug: 'hip-groin', title: 'Hip and Groin Disorders', titleAliases: ['Hip and Groin'], year: 2011, publishedOn: '2011-05-01',
    ccr: CCR_SUBSECTION_UNKNOWN, covers: 'ACOEM guideline for work-related hip and groin disorders.',
    inForce: ordered(MTUS_2017_START, '2019-10-06'), supersededBy: '2019',
  }),
  acoem({
    slug: 'hip-groin', title: 'Hip and Groin Disorders', titleAliases: ['Hip and Groin'], year: 2019, publishedOn: '2019-04-24',
    ccr: CCR_SUBSECTION_UNKNOWN, covers: 'ACOEM\'s 2019 update for hip and groin disorders.',
    inForce: ordered('2019-10-07'),
  }),
  acoem({
    slug: 'work-related-asthma', title: 'Occupational/Work-Related Asthma Medical Treatment', titleAliases: ['Work-Related Asthma'],
    year: 2016, publishedOn: '2016-01-04',
    ccr: CCR_SUBSECTION_UNKNOWN, covers: 'ACOEM guideline for treating occupational (work-related) asthma.',
    inForce: ordered(MTUS_2017_START, '2020-09-20'), supersededBy: '2020',
  }),
  acoem({
    slug: 'work-related-asthma', title: 'Occupational/Work-Related Asthma Medical Treatment', titleAliases: ['Work-Related Asthma'],
    year: 2020, publishedOn: '2020-06-05',
    ccr: CCR_SUBSECTION_UNKNOWN, covers: 'ACOEM\'s 2020 update for occupational asthma.',
    inForce: ordered('2020-09-21'),
  }),
  acoem({
    slug: 'interstitial-lung-disease', title: 'Occupational Interstitial Lung Disease', year: 2016, publishedOn: '2016-01-04',
    ccr: CCR_SUBSECTION_UNKNOWN, covers: 'ACOEM guideline for occupational interstitial lung disease.',
    inForce: ordered(MTUS_2017_START, '2020-09-20'), supersededBy: '2019',
  }),
  acoem({
    slug: 'interstitial-lung-disease', title: 'Occupational Interstitial Lung Disease', year: 2019, publishedOn: '2019-11-08',
    ccr: CCR_SUBSECTION_UNKNOWN, covers: 'ACOEM\'s 2019 update for occupational interstitial lung disease.',
    inForce: ordered('2020-09-21'),
  }),
  acoem({
    slug: 'chronic-pain', title: 'Chronic Pain', year: 2017, publishedOn: '2017-05-15',
    ccr: '8 CCR 9792.24.2', covers: 'ACOEM\'s chronic pain guideline, which replaced the DWC\'s 2016 Chronic Pain MTG.',
    inForce: ordered(MTUS_2017_START),
  }),
  acoem({
    slug: 'opioids', title: 'Opioids', year: 2017, publishedOn: '2017-04-20',
    ccr: '8 CCR 9792.24.4', covers: 'ACOEM\'s opioids guideline, which replaced the DWC\'s 2016 Opioids guideline.',
    inForce: ordered(MTUS_2017_START),
  }),
];

/** Titles the Maximus lookup lists with two versions each: [slug, title, first year, update year, ccr, covers]. */
const LISTED_TWICE: ReadonlyArray<readonly [string, string, number, number, string, string]> = [
  ['cornerstones', 'Cornerstones of Disability Prevention and Management', 2011, 2018, '8 CCR 9792.22 (presumed)',
    'ACOEM guidance on preventing and managing work disability.'],
  ['initial-assessment', 'General Approach to Initial Assessment and Documentation', 2016, 2018, '8 CCR 9792.22 (presumed)',
    'ACOEM guidance on the first assessment of a work-related condition and its documentation.'],
  ['prevention', 'Prevention', 2011, 2018, '8 CCR 9792.22 (presumed)',
    'ACOEM guidance on preventing work-related injury and illness.'],
  ['traumatic-brain-injury', 'Traumatic Brain Injury', 2017, 2018, CCR_UNKNOWN,
    'ACOEM guideline for work-related traumatic brain injury.'],
];

/** Titles the Maximus lookup adds to the December 2017 list; their effective dates are unknown. */
const listedByMaximus: Guideline[] = [
  ...LISTED_TWICE.flatMap(([slug, title, first, update, ccr, covers]) => [
    acoem({ slug, title, year: first, ccr, covers, inForce: listedOnly(first), supersededBy: String(update), source: SOURCES.maximusLookup }),
    acoem({ slug, title, year: update, ccr, covers, inForce: listedOnly(update), source: SOURCES.maximusLookup }),
  ]),
  acoem({
    slug: 'ptsd-asd', title: 'Posttraumatic Stress Disorder and Acute Stress Disorder', titleAliases: ['PTSD and ASD'], year: 2018,
    ccr: CCR_UNKNOWN, covers: 'ACOEM guideline for work-related posttraumatic and acute stress disorder.',
    inForce: listedOnly(2018), supersededBy: '2019', source: SOURCES.maximusLookup,
  }),
  acoem({
    slug: 'ptsd-asd', title: 'Workplace Mental Health: Posttraumatic Stress Disorder and Acute Stress Disorder',
    // Renamed in 2019; the old title still finds it so that both versions share one title family.
    titleAliases: ['Workplace Mental Health: PTSD and ASD', 'Posttraumatic Stress Disorder and Acute Stress Disorder', 'PTSD and ASD'],
    year: 2019, ccr: CCR_UNKNOWN, covers: 'ACOEM\'s 2019 workplace mental health guideline for posttraumatic and acute stress disorder.',
    inForce: listedOnly(2019), source: SOURCES.maximusLookup,
    note: 'The sources abbreviate the 2019 title ("Workplace Mental Health: PTSD and ASD"); the spelled-out title is assumed.',
  }),
  acoem({
    slug: 'workplace-mental-health-introduction', title: 'Workplace Mental Health: Introduction', year: 2019,
    ccr: CCR_UNKNOWN, covers: 'Introduction to ACOEM\'s workplace mental health guidelines.',
    inForce: listedOnly(2019), source: SOURCES.maximusLookup,
  }),
  acoem({
    slug: 'depressive-disorders', title: 'Workplace Mental Health: Depressive Disorders', titleAliases: ['Depressive Disorders'], year: 2020,
    ccr: CCR_UNKNOWN, covers: 'ACOEM guideline for work-related depressive disorders.',
    inForce: listedOnly(2020), source: SOURCES.maximusLookup,
  }),
  acoem({
    slug: 'anxiety-disorders', title: 'Workplace Mental Health: Anxiety Disorders', titleAliases: ['Anxiety Disorders'], year: 2021,
    ccr: CCR_UNKNOWN, covers: 'ACOEM guideline for work-related anxiety disorders.',
    inForce: listedOnly(2021), source: SOURCES.maximusLookup,
  }),
  acoem({
    slug: 'antiemetics', title: 'Antiemetics', year: 2020,
    ccr: CCR_UNKNOWN, covers: 'ACOEM guideline on drugs against nausea and vomiting.',
    inForce: listedOnly(2020), source: SOURCES.maximusLookup,
  }),
  acoem({
    slug: 'covid-19', title: 'Coronavirus (COVID-19)', titleAliases: ['COVID-19', 'Coronavirus'], year: 2021,
    ccr: CCR_UNKNOWN, covers: 'ACOEM guidance on work-related COVID-19.',
    inForce: listedOnly(2021), source: SOURCES.maximusLookup,
  }),
];

export const mtus2017Guidelines: readonly Guideline[] = [...adopted2017, ...listedByMaximus];
