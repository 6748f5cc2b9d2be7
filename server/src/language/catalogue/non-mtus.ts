/**
 * Non-MTUS sources that "Decision based on Non-MTUS Citation ..." segments name, recognised by substrings
 * (matched as whole words after normalise()). One citation may name several, joined by
 * "and Other Medical Treatment Guidelines".
 */

import { SOURCES } from './sources';
import type { NonMtusSource } from './types';

const source = (id: string, name: string, patterns: string[], fallback = false): NonMtusSource =>
  fallback ? { id, name, patterns, fallback, source: SOURCES.nonMtus } : { id, name, patterns, source: SOURCES.nonMtus };

export const nonMtusSources: readonly NonMtusSource[] = [
  source('odg', 'Official Disability Guidelines (ODG), Work Loss Data Institute', [
    'official disability guidelines', 'official disability guideline', 'odg', 'work loss data institute',
  ]),
  // ACOEM outside the MTUS: 3rd ed. chapters, Hip and Groin, 2nd ed. chapters 6 and 7.
  source('acoem-non-mtus', 'ACOEM Practice Guidelines (outside the MTUS)', [
    'acoem', 'american college of occupational and environmental medicine',
  ]),
  // The 2nd ed. cited by its editor instead of by ACOEM's name.
  source('harris-acoem-2004', 'Harris J. (ed.), Occupational Medicine Practice Guidelines, 2nd ed. (2004)', [
    'harris j', 'occupational medicine practice guidelines 2nd edition',
  ]),
  source('mdguidelines', 'MDGuidelines (Reed Group)', ['mdguidelines', 'reed group']),
  source('cms-medicare', 'CMS / Medicare (fee schedule, global surgery, NCD transmittals)', [
    'centers for medicare', 'cms.gov', 'medicare',
  ]),
  source('uptodate', 'UpToDate', ['uptodate']),
  source('aetna-cpb', 'Aetna Clinical Policy Bulletin', ['aetna']),
  source('aanem', 'AANEM recommended policy', ['aanem', 'american association of neuromuscular']),
  source('greens-hand-surgery', "Green's Operative Hand Surgery", ["green's operative hand surgery"]),
  source('drugs-com', 'drugs.com', ['drugs.com']),
  source('nhlbi', 'National Heart, Lung, and Blood Institute (NIH)', ['nhlbi', 'national heart, lung, and blood institute']),
  source('umhs', 'University of Michigan Health System guideline', ['university of michigan health system']),
  source('web-page', 'Other web page', ['http', 'https', 'www'], true),
];
