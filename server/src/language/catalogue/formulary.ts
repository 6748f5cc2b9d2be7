/**
 * The MTUS Drug Formulary (8 CCR 9792.27.1-9792.27.23), in force since 2018-01-01. Letters of the stored
 * corpus predate it; these facts feed hovers and the deadline hints of formulary disputes.
 */

import { SOURCES } from './sources';
import type { DrugFormulary, Guideline } from './types';

export const mtusDrugFormulary: DrugFormulary = {
  title: 'MTUS Drug Formulary',
  ccr: '8 CCR 9792.27.1-9792.27.23',
  inForce: { from: '2018-01-01', verified: true, source: SOURCES.formulary },
  approvedOn: '2017-12-07',
  parts: [
    {
      name: 'MTUS Drug List',
      ccr: '8 CCR 9792.27.15',
      summary: 'Lists drugs as Exempt (no prospective review needed) or Non-Exempt; unlisted drugs need prospective review.',
      verified: true,
      source: SOURCES.formulary,
    },
    {
      name: 'Special Fill',
      ccr: '8 CCR 9792.27.12',
      summary: 'Certain drugs may be dispensed without prospective review at a first visit within 7 days of the injury.',
      verified: true,
      source: SOURCES.formulary,
    },
    {
      name: 'Perioperative Fill',
      ccr: '8 CCR 9792.27.13',
      summary: 'Certain drugs may be dispensed without prospective review from 4 days before to 4 days after surgery.',
      verified: true,
      source: SOURCES.formulary,
    },
  ],
  // Versions between v.3 and v.6 exist but the sources do not date them.
  listVersions: [
    { version: 'v.3', effective: '2018-10-01', verified: true, source: SOURCES.formulary },
    { version: 'v.6', effective: '2020-01-15', verified: true, source: SOURCES.formulary },
  ],
  imrDeadlines: [
    {
      name: 'IMR determination of a formulary dispute',
      ccr: 'LC 4610.6(d)(1)(A)',
      summary: 'Decided within 5 working days of receiving the request and supporting documents.',
      verified: true,
      source: 'law.onecle.com/california/labor/4610.6.html',
    },
    {
      name: 'IMR application for a formulary dispute',
      ccr: 'LC 4610.5',
      summary: 'Filed within 10 days of the UR decision (30 days for other disputes).',
      verified: false,
      source: 'guidelines.json mtus_drug_formulary.imr_relevance ("verify")',
    },
  ],
  source: SOURCES.formulary,
};

/**
 * The formulary as something a citation can name (`MTUS Drug Formulary`): the MTUS includes it from 2018, but no
 * stored letter cites it, so how letters print it is unknown and any year is accepted.
 */
export const drugFormularyGuideline: Guideline = {
  id: 'dwc2018-drug-formulary',
  title: 'Drug Formulary',
  year: 2018,
  anyYear: true,
  titleAliases: ['MTUS Drug Formulary', 'Drug List', 'MTUS Drug List'],
  ccr: mtusDrugFormulary.ccr,
  covers: 'Which drugs need prospective review: the MTUS Drug List (Exempt / Non-Exempt), Special Fill and Perioperative Fill.',
  inForce: mtusDrugFormulary.inForce,
  eras: ['mtus-2017'],
  sections: mtusDrugFormulary.parts.map((p) => ({ name: p.name, aliases: [], note: `${p.ccr}: ${p.summary}` })),
  source: SOURCES.formulary,
};
