/**
 * The 2016 interim MTUS (in force 2016-07-28 to 2017-11-30, the whole stored corpus): the reformatted ODG
 * Pain (Chronic) chapter as Chronic Pain MTG 2016, and the DWC's new Opioids guideline. The ACOEM 2004
 * chapters of mtus-2009.ts stayed in force alongside them.
 */

import { chronicPain2009 } from './mtus-2009';
import { normalise } from './normalise';
import { SOURCES } from './sources';
import type { CorpusCitations, Guideline, GuidelineSection, InForce } from './types';

const INTERIM_IN_FORCE: InForce = {
  from: '2016-07-28',
  to: '2017-11-30',
  verified: true,
  note: 'regulations effective 2016-07-28, applied to treatment requests on/after 2016-07-29; replaced for services on/after 2017-12-01',
  source: `${SOURCES.interim2016}; ${SOURCES.mtus2017}`,
};

const counted = (claimsAdministrator: number, maximus: number): CorpusCitations => ({ claimsAdministrator, maximus, source: SOURCES.corpus });

const seen = (name: string, aliases: string[] = [], note?: string): GuidelineSection =>
  note === undefined ? { name, aliases, seenInCorpus: true } : { name, aliases, seenInCorpus: true, note };

// Letters split ODG topic names at their commas; these were rejoined from pieces listed in guidelines.json.
const REJOINED = 'name rejoined from comma-separated pieces in the corpus counts; exact ODG topic name not confirmed';

/** Topic names letters cite with "Chronic Pain Medical Treatment 2016" (ODG topic names, alphabetical in the book). */
const CHRONIC_PAIN_2016_SEEN: GuidelineSection[] = [
  seen('Physical medicine treatment', ['Physical medicine']),
  seen('Topical analgesics'),
  seen('Electrodiagnostic testing (EMG/NCS)', ['Electro-diagnostic testing (EMG/NCS)', 'Electrodiagnostic testing']),
  seen('Manual therapy & manipulation'),
  seen('NSAIDs (non-steroidal anti-inflammatory drugs)', ['NSAIDs']),
  seen('NSAIDs, GI symptoms & cardiovascular risk', ['GI symptoms & cardiovascular risk']),
  seen('NSAIDs, specific drug list & adverse effects', ['specific drug list & adverse effects']),
  seen('NSAIDs, hypertension and renal function', ['hypertension and renal function']),
  seen('Muscle relaxants (for pain)', ['Muscle relaxants']),
  seen('Cyclobenzaprine (Flexeril)', ['Cyclobenzaprine']),
  seen('TENS, chronic pain (transcutaneous electrical nerve stimulation)', ['TENS, chronic pain', 'TENS']),
  seen('Proton Pump Inhibitors (PPIs)', ['Proton pump inhibitors', 'PPIs']),
  seen('Compound drugs'),
  seen('Office visits'),
  seen('Antidepressants for chronic pain', ['Antidepressants']),
  seen('Tricyclics'),
  seen('Lidoderm (lidocaine patch)', ['Lidoderm']),
  seen('Ultrasound, therapeutic'),
  seen('Psychological treatment'),
  seen('Psychological evaluations'),
  seen('Benzodiazepines'),
  seen('Benzodiazepine dependence, maintenance', [], REJOINED),
  seen('Flector patch (diclofenac epolamine)', ['Flector patch']),
  seen('Home health services'),
  seen('Opioid-induced constipation treatment'),
  seen('Gabapentin (Neurontin)', ['Gabapentin']),
  seen('Antiepilepsy drugs (AEDs) for pain', ['Antiepilepsy drugs (AEDs)', 'Anti-epilepsy drugs (AEDs)', 'AEDs']),
  seen('Insomnia treatment'),
  seen('Tramadol (Ultram)', ['Tramadol']),
  seen('Facet blocks'),
  seen('Thermography (infrared stress thermography)', ['Thermography']),
  seen('Biofeedback'),
  seen('Antiemetics (for opioid nausea)', ['Antiemetics']),
  seen('Bupropion (Wellbutrin®)', ['Bupropion']),
  seen('Anti-inflammatory medications'),
  seen('Diabetic neuropathy', [], 'seen as one comma-separated piece; may be part of a longer topic name'),
  seen('Work conditioning, work hardening', ['Work conditioning']),
  seen('CRPS, diagnostic tests', [], REJOINED),
  seen('Topical analgesics, compounded', [], `${REJOINED} (a lone "compounded" piece)`),
  seen('Low-Level Laser Therapy (LLLT)', ['LLLT']),
  seen('Capsaicin, topical (chili pepper/cayenne pepper)', ['Capsaicin, topical', 'Capsaicin']),
  seen('Introduction'),
  seen('Celebrex (celecoxib)', ['Celebrex']),
  seen('Naproxen (Naprosyn, EC-Naprosyn, EC-Naprosyn, Anaprox, Anaprox DS [otc], Naprelan)', ['Naproxen']),
];

/**
 * Topics of the 2009 adaptation of the same ODG chapter that letters have not cited with the 2016 version:
 * offered for completion (presumed present, inference), without the 2009 page numbers.
 */
function presumedFrom2009(known: readonly GuidelineSection[]): GuidelineSection[] {
  const taken = new Set(known.flatMap((s) => [s.name, ...s.aliases].map(normalise)));
  return chronicPain2009.sections
    .filter((s) => ![s.name, ...s.aliases].some((n) => taken.has(normalise(n))))
    .map((s) => ({
      name: s.name,
      aliases: s.aliases.filter((a) => !taken.has(normalise(a))),
      seenInCorpus: false,
      note: 'topic of the 2009 version (same ODG chapter); presumed present in 2016, not seen cited with it',
    }));
}

export const chronicPain2016: Guideline = {
  id: 'dwc2016-chronic-pain',
  title: 'Chronic Pain Medical Treatment',
  year: 2016,
  titleAliases: ['Chronic Pain Medical Treatment Guidelines', 'Chronic Pain Medical Treatment Guideline'],
  ccr: '8 CCR 9792.24.2 (2016 amendment)',
  covers: 'The DWC\'s 2016 chronic pain guideline: ODG\'s Pain (Chronic) chapter of 2015-04-06, reformatted into alphabetical topics (about 1062 pages).',
  inForce: INTERIM_IN_FORCE,
  eras: ['mtus-2016'],
  corpusCitations: counted(104, 170),
  sections: [...CHRONIC_PAIN_2016_SEEN, ...presumedFrom2009(CHRONIC_PAIN_2016_SEEN)],
  supersededBy: 'acoem2017-chronic-pain',
  note: 'Letters cite topic names, never pages; the same topics are also cited as Non-MTUS ODG "Pain (Chronic)".',
  source: `${SOURCES.interim2016}; ${SOURCES.corpus}`,
};

/** Numbered headings of the 2016 Opioids guideline exactly as letters cite them. */
const OPIOID_2016_HEADINGS: readonly string[] = [
  '1.3 Opioids for Acute Pain: Severe Acute Injuries',
  '1.4 Opioids for Acute Pain: Opioids for Post-operative Pain',
  '2. Opioids for Subacute Pain',
  '3. Opioids for Chronic Pain and Chronic Opioid Treatment: Overview of Recommendations Regarding Chronic Opioid Treatment',
  '3.1 Opioids for Chronic Pain and Chronic Opioid Treatment: Comprehensive Evaluation and Assessment of Patient',
  '3.2 Opioids for Chronic Pain and Chronic Opioid Treatment: Consideration of Alternative Treatments for Chronic Pain and Chronic Opioid Treatment',
  '3.3 Opioids for Chronic Pain and Chronic Opioid Treatment: Initiating and Monitoring Chronic Opioid Treatment',
  '3.3.1.1 Opioids for Chronic Pain and Chronic Opioid Treatment: Screening for Risk of Addiction or Adverse Events, Prior to Chronic Opioid Treatment: Screening for Drug Misuse/Abuse',
  '3.3.1.2 Opioids for Chronic Pain and Chronic Opioid Treatment: Screening for Risk of Addiction or Adverse Events, Prior to Chronic Opioid Treatment: Screening for Alcohol Misuse/Abuse',
  '3.3.1.3 Opioids for Chronic Pain and Chronic Opioid Treatment: Screening for Risk of Addiction or Adverse Events, Prior to Chronic Opioid Treatment: Screening for Additional Psychosocial Factors Contributing to Substance Misuse/Abuse',
  '3.3.2 Opioids for Chronic Pain and Chronic Opioid Treatment: Patient Treatment Agreement and Informed Consent',
  '3.3.3 Opioids for Chronic Pain and Chronic Opioid Treatment: Initiation of Chronic Opioid Treatment',
  '3.3.4 Opioids for Chronic Pain and Chronic Opioid Treatment: Use of CURES to Ensure Safe and Effective Opioid Use',
  '3.3.5 Opioids for Chronic Pain and Chronic Opioid Treatment: Use of Tools to Monitor Patients on Chronic Opioid Treatment',
  '3.3.6 Opioids for Chronic Pain and Chronic Opioid Treatment: Use of Urine Drug Testing (UDT)',
  '3.3.7.1 Opioids for Chronic Pain and Chronic Opioid Treatment: Monitoring Effectiveness of Chronic Opioid Treatment: Tracking Pain and Function to Monitor Effectiveness of Chronic Opioid Treatment',
  '3.3.7.2 Opioids for Chronic Pain and Chronic Opioid Treatment: Monitoring Effectiveness of Chronic Opioid Treatment: Clinically Meaningful Improvement of Pain and Function',
  '3.3.8 Opioids for Chronic Pain and Chronic Opioid Treatment: Opioid Titration and Dosing Threshold',
  '3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment',
  '4.1 Tapering Opioids: Indications for Tapering Opioids',
  '4.2 Tapering Opioids: Methods for Tapering Opioids',
];

/** A heading is also found by its number, without its number, and by its last part ('Maintenance of ...'). */
function opioidHeading(heading: string): GuidelineSection {
  const match = /^(\d+(?:\.\d+)*)\.?\s+(.*)$/.exec(heading);
  const number = match?.[1];
  const text = match?.[2] ?? heading;
  const leaf = text.includes(': ') ? text.slice(text.lastIndexOf(': ') + 2) : undefined;
  const aliases = [text, ...(leaf === undefined ? [] : [leaf])];
  const section: GuidelineSection = { name: heading, aliases, seenInCorpus: true };
  if (number !== undefined) section.number = number;
  return section;
}

export const opioids2016: Guideline = {
  id: 'dwc2016-opioids',
  title: 'Opioid Treatment',
  year: 2016,
  titleAliases: ['Opioids Treatment Guidelines', 'Opioids Treatment Guideline', 'Opioid Treatment Guidelines'],
  ccr: '8 CCR 9792.24.4',
  covers: 'The DWC\'s 2016 opioids guideline: acute, subacute and chronic use, monitoring (CURES, urine drug testing), and tapering.',
  inForce: INTERIM_IN_FORCE,
  eras: ['mtus-2016'],
  corpusCitations: counted(13, 19),
  sections: OPIOID_2016_HEADINGS.map(opioidHeading),
  supersededBy: 'acoem2017-opioids',
  note: 'Part 1 holds the numbered recommendations (1 acute, 2 subacute, 3 chronic, 4 tapering); Part 2 supplementary material. Only headings seen in letters are listed.',
  source: `${SOURCES.opioids2016}; ${SOURCES.corpus}`,
};

export const mtus2016Guidelines: readonly Guideline[] = [chronicPain2016, opioids2016];
