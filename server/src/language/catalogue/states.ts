/**
 * US states, the District of Columbia and the inhabited territories, for the reviewer's
 * "State(s) of Licensure:" line. LC 139.5 asks for a licence in any US state, so California is not required.
 */

import { SOURCES } from './sources';
import type { UsJurisdiction } from './types';

const STATES: ReadonlyArray<readonly [string, string]> = [
  ['AL', 'Alabama'], ['AK', 'Alaska'], ['AZ', 'Arizona'], ['AR', 'Arkansas'], ['CA', 'California'],
  ['CO', 'Colorado'], ['CT', 'Connecticut'], ['DE', 'Delaware'], ['FL', 'Florida'], ['GA', 'Georgia'],
  ['HI', 'Hawaii'], ['ID', 'Idaho'], ['IL', 'Illinois'], ['IN', 'Indiana'], ['IA', 'Iowa'],
  ['KS', 'Kansas'], ['KY', 'Kentucky'], ['LA', 'Louisiana'], ['ME', 'Maine'], ['MD', 'Maryland'],
  ['MA', 'Massachusetts'], ['MI', 'Michigan'], ['MN', 'Minnesota'], ['MS', 'Mississippi'], ['MO', 'Missouri'],
  ['MT', 'Montana'], ['NE', 'Nebraska'], ['NV', 'Nevada'], ['NH', 'New Hampshire'], ['NJ', 'New Jersey'],
  ['NM', 'New Mexico'], ['NY', 'New York'], ['NC', 'North Carolina'], ['ND', 'North Dakota'], ['OH', 'Ohio'],
  ['OK', 'Oklahoma'], ['OR', 'Oregon'], ['PA', 'Pennsylvania'], ['RI', 'Rhode Island'], ['SC', 'South Carolina'],
  ['SD', 'South Dakota'], ['TN', 'Tennessee'], ['TX', 'Texas'], ['UT', 'Utah'], ['VT', 'Vermont'],
  ['VA', 'Virginia'], ['WA', 'Washington'], ['WV', 'West Virginia'], ['WI', 'Wisconsin'], ['WY', 'Wyoming'],
];

const TERRITORIES: ReadonlyArray<readonly [string, string]> = [
  ['AS', 'American Samoa'], ['GU', 'Guam'], ['MP', 'Northern Mariana Islands'], ['PR', 'Puerto Rico'],
  ['VI', 'U.S. Virgin Islands'],
];

export const usJurisdictions: readonly UsJurisdiction[] = [
  ...STATES.map(([code, name]): UsJurisdiction => ({ code, name, kind: 'state', source: SOURCES.usps })),
  { code: 'DC', name: 'District of Columbia', kind: 'district', source: SOURCES.usps },
  ...TERRITORIES.map(([code, name]): UsJurisdiction => ({ code, name, kind: 'territory', source: SOURCES.usps })),
];

/** Other names people write for a jurisdiction (matched after normalise()). */
export const jurisdictionAliases: Readonly<Record<string, readonly string[]>> = {
  DC: ['Washington, D.C.', 'Washington DC', 'D.C.'],
  VI: ['Virgin Islands', 'US Virgin Islands'],
  MP: ['Commonwealth of the Northern Mariana Islands'],
};
