import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { findPersonalData, type PersonalDataKind } from '../../server/src/language/redact';
import { findPersonalDataEverywhere, ROLES, TITLES } from '../../server/src/language/redact/find';
import { seeded } from '../helpers/random';
import { corpusFiles, needCorpus } from '../helpers/corpus';

/** `text` with the part that must be found in «guillemets». */
const FOUND: [PersonalDataKind, string][] = [
  ['name', 'Seen by Dr. «Harold Finch» on 3-8-17.'],
  ['name', 'Seen by Dr «Finch».'],
  ['name', 'Mrs. «Maria Q. Gonzalez» reported pain.'],
  ['name', 'Ms. «Gonzalez», a packer.'],
  ['name', 'Mr. «O\'Brien» declined.'],
  ['name', 'Requested by «Robin Q. Sample», MD on 3-10-17.'],
  ['name', 'Report of «Lee Ann Smith», M.D.'],
  ['name', 'Patient name: «Jordan Placeholder».'],
  ['name', 'The treating physician «Anne Example» requested therapy.'],
  ['name', 'Patient: «John Doe»'],
  ['phone', 'Call «(916) 555-0142» today.'],
  ['phone', 'Call «916-555-0142».'],
  ['phone', 'Call «916.555.0142 ext. 12».'],
  ['phone', 'Call «+1 916 555 0142».'],
  ['phone', 'Phone: «9165550142»'],
  ['ssn', 'SSN «123-45-6789».'],
  ['ssn', 'Her social security number is «123 45 6789».'],
  ['ssn', 'SSN: «XXX-XX-6789»'],
  ['ssn', 'ID «123-45-6789»'],
  ['date-of-birth', 'DOB: «04/12/1961».'],
  ['date-of-birth', 'Date of birth «1961-04-12».'],
  ['date-of-birth', 'She was born on «April 12, 1961».'],
  ['date-of-birth', 'born in «1961»'],
  ['claim-number', 'Claim number: «05-WC-778812».'],
  ['claim-number', 'for claim «05WC778812»'],
  ['claim-number', 'Claim # «EMC-2016-0048213»'],
  ['wcab-case', 'WCAB case «ADJ1234567»'],
  ['address', 'lives at «1234 Elm Street, Suite 200, Sacramento, CA 95814».'],
  ['address', 'office at «55 N. Main St.»'],
  ['address', 'mail to «P.O. Box 138009, Sacramento, CA 95813»'],
  ['address', 'moved to «Fresno, CA 93721»'],
  ['email', 'Write to «tkettle@example.com».'],
];

/** Wording of real letters that must stay. */
const NOT_FOUND = [
  'The injured worker is a 48 year old male who sustained an industrial injury on 10-13-16.',
  'Case Number: CM16-0213037, Date of Injury: 10/13/2016, UR Denial Date: 11/03/2016',
  'MRI of the cervical spine without contrast; CT scan of the lumbar spine; 2 CT scans.',
  'Physical therapy 2 times a week for 6 weeks (12 sessions) to the right elbow.',
  'Norco 10/325mg #60, MS Contin 30 mg, MR arthrogram of the right shoulder.',
  'A Doctor\'s First Report of Occupational Injury was filed. Patient Treatment Agreement.',
  'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids.',
  'The claim was accepted in 2016. Retrospective DOS 11/03/2016.',
  'Pain was rated 6-8 on a 10-point scale; flexion to 130 degrees; L4-5 and L5-S1.',
  'State(s) of Licensure: California,North Carolina',
  'Physician Fee Schedule Search, Centers for Medicare and Medicaid services.',
];

function expected(marked: string): { text: string; start: number; end: number } {
  const start = marked.indexOf('«');
  const end = marked.indexOf('»') - 1;
  return { text: marked.replace('«', '').replace('»', ''), start, end };
}

describe('findPersonalData', () => {
  for (const [kind, marked] of FOUND) {
    it(`finds a ${kind} in "${marked}"`, () => {
      const { text, start, end } = expected(marked);
      const found = findPersonalData(text);
      assert.deepEqual(found.map((m) => text.slice(m.start, m.end)), [text.slice(start, end)]);
      assert.equal(found[0].kind, kind);
    });
  }

  for (const text of NOT_FOUND) {
    it(`finds nothing in "${text.slice(0, 60)}"`, () => {
      assert.deepEqual(findPersonalData(text).map((m) => text.slice(m.start, m.end)), []);
    });
  }

  it('merges overlapping finds and returns them in order', () => {
    const text = 'Dr. Finch, 916-555-0142, DOB 1/2/1960 and Dr. Finch again';
    const found = findPersonalData(text);
    assert.deepEqual(found.map((m) => m.kind), ['name', 'phone', 'date-of-birth', 'name']);
    for (let i = 1; i < found.length; i++) assert.ok(found[i].start >= found[i - 1].end);
  });

  it('finds nothing in the public letters, which DWC has already redacted', function () {
    const dir = needCorpus(this);
    const files = corpusFiles();
    const hits: string[] = [];
    for (const f of files) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      for (const m of findPersonalData(text)) hits.push(`${f}: ${m.kind} '${text.slice(m.start, m.end)}'`);
    }
    // a false find costs a redacted word in a public copy; allow a very few across the corpus
    assert.ok(hits.length <= Math.ceil(files.length / 50), `false finds:\n${hits.join('\n')}`);
  });

  // Each pattern is tried only where it can start (its keyword, a number's first digit, a role before a capital)
  // and skipped in text without its cue: the finds must be the very ones a search everywhere makes.
  const same = (text: string) => assert.deepEqual(findPersonalData(text), findPersonalDataEverywhere(text), JSON.stringify(text.slice(0, 300)));

  it('finds what a search everywhere finds, in the corpus letters', function () {
    const dir = needCorpus(this);
    for (const f of corpusFiles()) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      same(text);
      for (const line of text.split('\n')) same(line);
    }
  });

  it('finds what a search everywhere finds, in text made of what the patterns look for', () => {
    const random = seeded(701);
    const fragments = [...ROLES, ...ROLES.map((r) => r[0].toUpperCase() + r.slice(1)), ...TITLES, 'named', 'was', 'is', 'Ann', 'Lee', "O'Brien",
      'McKay', 'Gonzalez-Ruiz', 'de la', 'B.', 'MD', 'M.D.', 'PA-C', ',', ':', '.', '(', ')', '#', '-', '\u2013', '/', '@', '123', '45', '6789',
      '(916)', '+1', '555-0142', '9165550142', '04/12/1961', 'April 12, 1961', 'DOB', 'born', 'b.', 'SSN', 'Social Security', 'Claim',
      'claim #', 'WCAB', 'ADJ1234567', 'SAC 123456', 'MRN', 'Member ID', 'account number', 'Policy No.', 'patient', 'Elm', 'Street',
      'Suite 200', 'Apt. 4B', 'Sacramento', 'CA 95814', 'P.O. Box 138009', 'ZIP code', 'Phone', 'Fax:', 'ext. 12', 'Name:', 'et al',
      '(1980)', 'a@example.com', 'CM16-0213037', 'Norco', 'MRI', 'reported', "'s report", 'seen by', '\t', '  '];
    for (let i = 0; i < 3000; i++) {
      let text = '';
      for (let k = 2 + Math.floor(random() * 16); k > 0; k--) {
        text += fragments[Math.floor(random() * fragments.length)] + (random() < 0.75 ? ' ' : random() < 0.5 ? '' : ', ');
      }
      same(text);
    }
  });
});

