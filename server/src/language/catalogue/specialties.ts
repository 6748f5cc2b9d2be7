/**
 * Board specialties for the reviewer's "Certification(s)/Specialty:" line: the DWC search tool's pick-list,
 * plus spellings letters actually print (including their typos, kept as aliases only).
 */

import { SOURCES } from './sources';
import type { BoardSpecialty } from './types';

const PICK_LIST: readonly string[] = [
  'Addiction Psychiatry', 'Allergy and Immunology', 'Anesthesiology', 'Cardiovascular Disease',
  'Child and Adolescent Psychiatry', 'Chiropractic', 'Colon and Rectal Surgery', 'Critical Care Medicine', 'Dentist',
  'Dermatology', 'Diagnostic Radiology', 'Emergency Medicine', 'Family Practice', 'Gastroenterology',
  'General Vascular Surgery', 'Geriatric Medicine', 'Hand Surgery', 'Hospice & Palliative Medicine',
  'Infectious Disease', 'Internal Medicine', 'Interventional Cardiology', 'Medical Oncology', 'Medical Toxicology',
  'Nephrology', 'Neurological Surgery', 'Neurology', 'Neuromuscular Medicine', 'Neuroradiology',
  'Occupational Medicine', 'Oncology', 'Ophthalmology', 'Optometry', 'Oriental Medicine', 'Orthopedic Surgery',
  'Otolaryngology', 'Pain Management', 'Pediatrics', 'Physical Medicine & Rehabilitation', 'Plastic Surgery',
  'Podiatric Surgery', 'Podiatrist', 'Preventive Medicine', 'Psychiatry', 'Psychologist', 'Psychology',
  'Public Health & General Preventive Medicine', 'Pulmonary Disease', 'Radiology', 'Registered Nurse',
  'Rheumatology', 'Sleep Medicine', 'Sports Medicine', 'Surgery', 'Surgical Critical Care', 'Thoracic Surgery',
  'Urology',
];

/** Pick-list names seen on corpus letters' Certification(s)/Specialty lines. */
const SEEN_IN_LETTERS = new Set([
  'Anesthesiology', 'Chiropractic', 'Emergency Medicine', 'Family Practice', 'Hospice & Palliative Medicine',
  'Internal Medicine', 'Medical Toxicology', 'Neurological Surgery', 'Neurology', 'Neuromuscular Medicine',
  'Occupational Medicine', 'Orthopedic Surgery', 'Pain Management', 'Physical Medicine & Rehabilitation',
  'Preventive Medicine', 'Psychiatry', 'Public Health & General Preventive Medicine', 'Sports Medicine', 'Surgery',
  'Surgical Critical Care',
]);

/** Spellings letters print ('Chiropractor', the 'Sports Medicinea' typo) and common synonyms of board names. */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  'Chiropractic': ['Chiropractor'],
  'Sports Medicine': ['Sports Medicinea'],
  'Family Practice': ['Family Medicine'],
  'Orthopedic Surgery': ['Orthopaedic Surgery'],
  'Physical Medicine & Rehabilitation': ['PM&R', 'Physiatry'],
  'Hospice & Palliative Medicine': ['Hospice and Palliative Care'],
};

const slug = (name: string): string => name.toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export const boardSpecialties: readonly BoardSpecialty[] = [
  ...PICK_LIST.map((name): BoardSpecialty => ({
    id: slug(name),
    name,
    aliases: [...(ALIASES[name] ?? [])],
    inPickList: true,
    seenInCorpus: SEEN_IN_LETTERS.has(name),
    source: SEEN_IN_LETTERS.has(name) ? `${SOURCES.pickList}; ${SOURCES.specialtiesSeen}` : SOURCES.pickList,
  })),
  // Printed on a corpus letter but absent from the pick-list.
  {
    id: 'pediatric-rehabilitation-medicine',
    name: 'Pediatric Rehabilitation Medicine',
    aliases: [],
    inPickList: false,
    seenInCorpus: true,
    source: SOURCES.specialtiesSeen,
  },
];
