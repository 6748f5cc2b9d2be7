/**
 * Chapters of the Official Disability Guidelines (ODG, Work Loss Data Institute, "Treatment in Workers'
 * Comp"), the Non-MTUS source letters cite most. Letters spell chapter names many ways, so a validator
 * normalises them to these entries instead of rejecting them. Aliases are matched as whole words after
 * normalise(), so 'Low Back Chapter' and 'Low back section' need no alias of their own.
 */

import { SOURCES } from './sources';
import type { OdgChapter, OdgEditionMarker } from './types';

function seen(id: string, title: string, aliases: string[], corpusMentions: number): OdgChapter {
  return { id, title, aliases, seenInCorpus: true, corpusMentions, verified: true, source: SOURCES.odg };
}

function unseen(id: string, title: string, aliases: string[] = []): OdgChapter {
  return { id, title, aliases, seenInCorpus: false, verified: false, source: SOURCES.odgUnseen };
}

export const odgChapters: readonly OdgChapter[] = [
  seen('odg-low-back', 'Low Back - Lumbar & Thoracic (Acute & Chronic)', [
    'Low Back - Lumbar & Thoracic', 'Low Back & Thoracic', 'Low Back', 'Lower Back', 'Lumbar & Thoracic',
  ], 84),
  seen('odg-neck-upper-back', 'Neck and Upper Back (Acute & Chronic)', ['Neck and Upper Back', 'Neck'], 44),
  seen('odg-shoulder', 'Shoulder (Acute & Chronic)', ['Shoulder'], 37),
  seen('odg-pain', 'Pain (Chronic)', ['Chronic Pain', 'Pain'], 33),
  // Preface holds ODG's Physical Therapy and Chiropractic Guidelines (visit counts), cited by those names.
  seen('odg-preface', 'Preface', [
    'ODG Physical Therapy Guidelines', 'Physical Therapy Guidelines', 'Physical/Occupational Therapy Guidelines',
    'Physical Medicine Guidelines', 'Chiropractic Guidelines',
  ], 33),
  seen('odg-knee-leg', 'Knee & Leg (Acute & Chronic)', ['Knee & Leg', 'Knee'], 30),
  seen('odg-hip-pelvis', 'Hip & Pelvis (Acute & Chronic)', ['Hip & Pelvis', 'Hips & Pelvis', 'Hip', 'Hips'], 13),
  seen('odg-forearm-wrist-hand', 'Forearm, Wrist, & Hand (Acute & Chronic)', [
    'Forearm, Wrist, & Hand', 'Forearm', 'Wrist', 'Hand',
  ], 12),
  seen('odg-head', 'Head (trauma, headaches, etc., not including stress & mental disorders)', ['Head'], 11),
  seen('odg-elbow', 'Elbow (Acute & Chronic)', ['Elbow'], 8),
  seen('odg-carpal-tunnel', 'Carpal Tunnel Syndrome (Acute & Chronic)', ['Carpal Tunnel Syndrome', 'Carpal Tunnel'], 3),
  seen('odg-ankle-foot', 'Ankle & Foot (Acute & Chronic)', ['Ankle & Foot', 'Ankle', 'Foot'], 3),
  seen('odg-mental-illness-stress', 'Mental Illness & Stress', ['Mental Illness'], 2),
  seen('odg-fitness-for-duty', 'Fitness For Duty', [], 2),
  seen('odg-hernia', 'Hernia', [], 2),
  unseen('odg-burns', 'Burns'),
  unseen('odg-eye', 'Eye'),
  unseen('odg-pulmonary', 'Pulmonary'),
  unseen('odg-traumatic-brain-injury', 'Traumatic Brain Injury (TBI)', ['Traumatic Brain Injury', 'TBI']),
  unseen('odg-diabetes', 'Diabetes'),
  unseen('odg-hypertension', 'Hypertension'),
];

/** Edition stamps letters attach to ODG citations; they are not part of a chapter name. */
export const odgEditionMarkers: readonly OdgEditionMarker[] = [
  { pattern: /\(updated \d{1,2}\/\d{1,2}\/\d{2,4}\)/i, example: '(updated 11/23/16)', source: SOURCES.odg },
  { pattern: /\b\d{1,2}(?:st|nd|rd|th) (?:Annual )?Edition\b/i, example: 'Work Loss Data Institute (21th Annual Edition), 2016', source: SOURCES.odg },
  { pattern: /\((?:Online|Web) Version\)/i, example: '(Online Version)', source: SOURCES.odg },
];
