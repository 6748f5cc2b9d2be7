/**
 * Personal data planted in real letters the way it appears in medical-legal text, then looked for in the public
 * copy in all four formats and in the PDF and DOCX metadata. Prints the recall by kind; every kind must be 100%.
 * The values are fictional and varied by a seeded generator, so the suite tests the class, not a list.
 */
import { seeded as random } from '../helpers/random';
import assert from 'node:assert/strict';
import mammoth from 'mammoth';
import { exportLetter, type ExportFormat } from '../../server/src/language/render/export';
import type { LetterDocument } from '../../server/src/language/render/model';
import { corpusLetters, FIXED_DATE, letterFonts, pdfText, zipEntry } from '../render/support';
import { needCorpus } from '../helpers/corpus';


const FIRST = ['Henrietta', 'Linda', 'Marcus', 'Priya', 'Oksana', 'Diego', 'Maribel', 'Terrence', 'Yolanda', 'Gareth', 'Imelda', 'Rosalind'];
const LAST = ['Voss', 'Chu', 'Okafor', 'Raman', 'Dovzhenko', 'Villalobos', 'Quintero', 'Haverford', 'Ngata', 'Lindqvist', 'Abernathy', 'Szabo'];
const STREETS = ['Elm Street', 'Oak Ave', 'Cypress Blvd', 'Mission Rd', 'Alder Way', 'Sequoia Dr', 'Harbor Ln', 'Juniper Court'];
const CITIES = ['Fresno', 'Sacramento', 'San Jose', 'Bakersfield', 'Oakland', 'Redding'];
const MONTHS = ['January', 'February', 'March', 'April', 'June', 'July', 'August', 'October', 'December'];

interface Planted { kind: string; sentence: string; secrets: string[] }
interface Party { first: string; last: string }
type Maker = (r: () => number, party: Party) => Planted;

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)];
const digits = (r: () => number, n: number) => Array.from({ length: n }, (_, i) => String(i === 0 ? 2 + Math.floor(r() * 7) : Math.floor(r() * 10))).join('');
const person = (r: () => number) => ({ first: pick(r, FIRST), last: pick(r, LAST) });

/** Each kind: a sentence as a reviewer or a record would write it, and the parts that must not survive. */
const KINDS: Record<string, Maker> = {
  'ssn dashed': (r) => { const s = `${digits(r, 3)}-${digits(r, 2)}-${digits(r, 4)}`; return { kind: '', sentence: `The records list SSN ${s} on the intake form.`, secrets: [s] }; },
  'ssn spaced, unlabelled': (r) => { const s = `${digits(r, 3)} ${digits(r, 2)} ${digits(r, 4)}`; return { kind: '', sentence: `A form bearing ${s} was attached.`, secrets: [s] }; },
  'ssn dotted': (r) => { const s = `${digits(r, 3)}.${digits(r, 2)}.${digits(r, 4)}`; return { kind: '', sentence: `Social security number ${s} appears in the file.`, secrets: [s] }; },
  'ssn no separator': (r) => { const s = digits(r, 9); return { kind: '', sentence: `The claim form shows ${s} as the worker's number.`, secrets: [s] }; },
  'ssn en dash': (r) => { const s = `${digits(r, 3)}\u2013${digits(r, 2)}\u2013${digits(r, 4)}`; return { kind: '', sentence: `SSN: ${s}.`, secrets: [s] }; },
  'phone parenthesised': (r) => { const s = `(${digits(r, 3)}) ${digits(r, 3)}-${digits(r, 4)}`; return { kind: '', sentence: `The office may be reached at ${s} for scheduling.`, secrets: [s] }; },
  'phone no separators': (r) => { const s = digits(r, 10); return { kind: '', sentence: `She can be called at ${s} after noon.`, secrets: [s] }; },
  'phone parentheses, no space': (r) => { const s = `(${digits(r, 3)})${digits(r, 7)}`; return { kind: '', sentence: `Contact ${s} regarding the appointment.`, secrets: [s] }; },
  'phone dotted': (r) => { const s = `${digits(r, 3)}.${digits(r, 3)}.${digits(r, 4)}`; return { kind: '', sentence: `Fax records to ${s}.`, secrets: [s] }; },
  'phone +1 spaced': (r) => { const s = `+1 ${digits(r, 3)} ${digits(r, 3)} ${digits(r, 4)}`; return { kind: '', sentence: `Her mobile is ${s}.`, secrets: [s] }; },
  'phone with extension': (r) => { const s = `${digits(r, 3)}-${digits(r, 3)}-${digits(r, 4)} ext. ${digits(r, 3)}`; return { kind: '', sentence: `The adjuster's line is ${s}.`, secrets: [s] }; },
  'date of birth numeric': (r) => { const s = `${1 + Math.floor(r() * 12)}/${1 + Math.floor(r() * 28)}/19${digits(r, 2).slice(0, 2)}`; return { kind: '', sentence: `The worker (DOB ${s}) presented for follow up.`, secrets: [s] }; },
  'date of birth with month name': (r) => { const s = `${pick(r, MONTHS)} ${1 + Math.floor(r() * 28)}, 19${50 + Math.floor(r() * 40)}`; return { kind: '', sentence: `She was born on ${s} and is right hand dominant.`, secrets: [s] }; },
  'street address': (r) => { const s = `${digits(r, 4)} ${pick(r, LAST)} ${pick(r, STREETS)}`; return { kind: '', sentence: `He lives at ${s} with his family.`, secrets: [s] }; },
  'address with unit and ZIP+4': (r) => { const s = `${digits(r, 3)} ${pick(r, STREETS)}, Apt. ${digits(r, 2)}B, ${pick(r, CITIES)}, CA 9${digits(r, 4)}-${digits(r, 4)}`; return { kind: '', sentence: `Mail was sent to ${s} on that date.`, secrets: [s.split(',')[0], s.slice(s.indexOf('CA'))] }; },
  'PO box': (r) => { const s = `P.O. Box ${digits(r, 4)}, ${pick(r, CITIES)}, CA 9${digits(r, 4)}`; return { kind: '', sentence: `Correspondence goes to ${s}.`, secrets: [s.split(',')[0]] }; },
  'e-mail': (r) => { const p = person(r); const s = `${p.first.toLowerCase()}.${p.last.toLowerCase()}@examplemail.com`; return { kind: '', sentence: `Reports were e-mailed to ${s} by the clinic.`, secrets: [s] }; },
  'medical record number': (r) => { const s = `0${digits(r, 7)}`; return { kind: '', sentence: `Imaging under MRN ${s} was reviewed.`, secrets: [s] }; },
  'account number': (r) => { const s = `${digits(r, 2)}-${digits(r, 6)}`; return { kind: '', sentence: `The billing statement for account number ${s} was included.`, secrets: [s] }; },
  'member ID': (r) => { const s = `XK${digits(r, 9)}`; return { kind: '', sentence: `Pharmacy records (Member ID: ${s}) were reviewed.`, secrets: [s] }; },
  'policy number': (r) => { const s = `PL-${digits(r, 7)}`; return { kind: '', sentence: `Coverage under policy no. ${s} was confirmed.`, secrets: [s] }; },
  'claim number': (r) => { const s = `${digits(r, 2)}-WC-${digits(r, 6)}`; return { kind: '', sentence: `The adjuster referenced claim # ${s} in the letter.`, secrets: [s] }; },
  'WCAB case number': (r) => { const s = `ADJ${digits(r, 7)}`; return { kind: '', sentence: `The WCAB matter ${s} is pending.`, secrets: [s] }; },
  'declared party, first last': (_r, p) => ({ kind: '', sentence: `${p.first} ${p.last} reported worsening pain.`, secrets: [p.first, p.last] }),
  'declared party, last comma first': (_r, p) => ({ kind: '', sentence: `Per the intake sheet, ${p.last}, ${p.first} denied prior injuries.`, secrets: [p.first, p.last] }),
  'declared party, initials': (_r, p) => ({ kind: '', sentence: `The QME interviewed ${p.first[0]}.${p.last[0]}. at length.`, secrets: [`${p.first[0]}.${p.last[0]}.`] }),
  'declared party, possessive': (_r, p) => ({ kind: '', sentence: `${p.last}'s symptoms were unchanged.`, secrets: [p.last] }),
  'declared party, all caps': (_r, p) => ({ kind: '', sentence: `The form was signed ${p.first.toUpperCase()} ${p.last.toUpperCase()}.`, secrets: [p.first.toUpperCase(), p.last.toUpperCase()] }),
  'name after Dr.': (r) => { const p = person(r); return { kind: '', sentence: `She was examined by Dr. ${p.last} on the same day.`, secrets: [p.last] }; },
  'name after Nurse Practitioner': (r) => { const p = person(r); return { kind: '', sentence: `Seen by Nurse Practitioner ${p.first} ${p.last} for a refill.`, secrets: [`${p.first} ${p.last}`] }; },
  'name before PA-C': (r) => { const p = person(r); return { kind: '', sentence: `The note was written by ${p.first} ${p.last}, PA-C.`, secrets: [`${p.first} ${p.last}`] }; },
  'name before RN': (r) => { const p = person(r); return { kind: '', sentence: `Medications were reconciled by ${p.first} ${p.last} RN at the visit.`, secrets: [`${p.first} ${p.last}`] }; },
  'name after physical therapist': (r) => { const p = person(r); return { kind: '', sentence: `The physical therapist ${p.first} ${p.last} documented gains.`, secrets: [`${p.first} ${p.last}`] }; },
  'name after nurse case manager': (r) => { const p = person(r); return { kind: '', sentence: `The nurse case manager ${p.first} ${p.last} requested an update.`, secrets: [`${p.first} ${p.last}`] }; },
  'name after supervisor': (r) => { const p = person(r); return { kind: '', sentence: `His supervisor ${p.first} ${p.last} confirmed modified duty.`, secrets: [`${p.first} ${p.last}`] }; },
  'name after attorney': (r) => { const p = person(r); return { kind: '', sentence: `The applicant's attorney ${p.first} ${p.last} objected.`, secrets: [`${p.first} ${p.last}`] }; },
  'name after "his wife"': (r) => { const p = person(r); return { kind: '', sentence: `He was driven by his wife ${p.first} to the visit.`, secrets: [p.first] }; },
  'undeclared name, no cue': (r) => { const p = person(r); return { kind: '', sentence: `Later ${p.first} ${p.last} observed that he was limping.`, secrets: [`${p.first} ${p.last}`] }; },
  'undeclared name, possessive': (r) => { const p = person(r); return { kind: '', sentence: `${p.first} ${p.last}'s report of 3-2-17 was reviewed.`, secrets: [`${p.first} ${p.last}`] }; },
  'name after Mrs., hyphenated': (r) => { const p = person(r); const last = `${p.last}-${pick(r, LAST)}`; return { kind: '', sentence: `Mrs. ${last} accompanied him.`, secrets: [last] }; },
  'name after Dr., in capitals': (r) => { const p = person(r); return { kind: '', sentence: `A note signed DR. ${p.last.toUpperCase()} was attached.`, secrets: [p.last.toUpperCase()] }; },
  'date of birth dotted, D.O.B.': (r) => { const s = `${1 + Math.floor(r() * 12)}.${10 + Math.floor(r() * 18)}.${50 + Math.floor(r() * 40)}`; return { kind: '', sentence: `Intake lists D.O.B. ${s} and no allergies.`, secrets: [s] }; },
  'phone with a slash': (r) => { const s = `${digits(r, 3)}/${digits(r, 3)}-${digits(r, 4)}`; return { kind: '', sentence: `Reach the clinic at ${s} weekdays.`, secrets: [s] }; },
  'patient ID': (r) => { const s = digits(r, 8); return { kind: '', sentence: `Labs were filed under Patient ID ${s} at the clinic.`, secrets: [s] }; },
  'WCAB district office number': (r) => { const s = `${pick(r, ['SAC', 'LAO', 'OAK', 'VNO', 'SDO'])} ${digits(r, 6)}`; return { kind: '', sentence: `An older case, ${s}, was settled.`, secrets: [s] }; },
};

const FORMATS: readonly ExportFormat[] = ['text', 'html', 'pdf', 'docx'];
const PER_KIND = 6;

/** The letter with the sentences added to its paragraphs and item text, and its employee declared. */
function plant(doc: LetterDocument, planted: Planted[], party: Party, caseSecret: string): LetterDocument {
  const blocks = doc.blocks.map((b) => ({ ...b }));
  const paragraphs = blocks.map((b, i) => (b.kind === 'paragraph' && b.line !== undefined ? i : -1)).filter((i) => i >= 0);
  const decisions = blocks.map((b, i) => (b.kind === 'decision' ? i : -1)).filter((i) => i >= 0);
  planted.forEach((p, n) => {
    // every third one goes into the disputed item's text, the others into the prose, mid-paragraph
    if (n % 3 === 2 && decisions.length) {
      const b = blocks[decisions[n % decisions.length]] as { text: string };
      b.text = `${b.text.replace(/\s*$/, '')} (${p.sentence.replace(/\.$/, '')})`;
    } else {
      const b = blocks[paragraphs[n % paragraphs.length]] as { text: string };
      const cut = b.text.indexOf('. ');
      b.text = cut > 0 ? `${b.text.slice(0, cut + 2)}${p.sentence} ${b.text.slice(cut + 2)}` : `${b.text} ${p.sentence}`;
    }
  });
  const employee = `${party.first} ${party.last}`;
  return {
    ...doc, blocks,
    // the case number is what the PDF and DOCX metadata are made of: plant there too
    caseNumber: `${doc.caseNumber} ${caseSecret}`,
    header: doc.header.map(([l, r]) => [l?.key === 'caseNumber' ? { ...l, value: `${l.value} ${caseSecret}` } : l, r]),
    personalData: [...doc.personalData, employee], parties: { ...doc.parties, employee },
  };
}

async function exported(doc: LetterDocument, format: ExportFormat): Promise<{ body: string; metadata: string }> {
  const out = await exportLetter(doc, format, { publicCopy: true, fonts: letterFonts(), creationDate: FIXED_DATE });
  switch (format) {
    case 'text': return { body: out as string, metadata: '' };
    case 'html': return { body: out as string, metadata: /<head>[\s\S]*<\/head>/.exec(out as string)?.[0] ?? '' };
    case 'pdf': {
      const got = await pdfText(out as Uint8Array);
      return { body: [got.body, got.table, ...got.artifacts, ...got.outline].join('\n'), metadata: JSON.stringify(got.info) };
    }
    case 'docx': {
      const bytes = out as Uint8Array;
      const text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
      return { body: [text, zipEntry(bytes, 'word/document.xml') ?? ''].join('\n'), metadata: ['docProps/core.xml', 'docProps/app.xml'].map((p) => zipEntry(bytes, p) ?? '').join('\n') };
    }
  }
}

/** Compared without whitespace or case: a PDF line break inside a number must not hide a leak. */
const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();

describe('Planted personal data in real letters: the public copy removes it in every format', function () {
  this.timeout(300000);
  const letters = corpusLetters();

  it(`finds every planted item of ${Object.keys(KINDS).length} kinds (${PER_KIND} each) in text, HTML, PDF and DOCX, metadata included`, async function () {
    if (!letters.length) needCorpus(this);
    const r = random(11);
    const kinds = Object.keys(KINDS);
    const all: Planted[] = [];
    for (const kind of kinds) for (let i = 0; i < PER_KIND; i++) all.push({ ...KINDS[kind](r, person(r)), kind });
    // shuffle, then six to a letter, each letter with its own declared employee
    all.sort(() => r() - 0.5);
    const found = new Map<string, { planted: number; removed: number }>();
    const misses: string[] = [];
    let metadataChecks = 0;
    for (let start = 0, n = 0; start < all.length; start += 6, n++) {
      const letter = letters[(n * 7) % letters.length];
      const party = person(r);
      const group = all.slice(start, start + 6).map((p) => {
        const maker = KINDS[p.kind];
        return p.kind.startsWith('declared party') ? { ...maker(r, party), kind: p.kind } : p;
      });
      const caseSecret = `(${party.first} ${party.last}, SSN ${digits(r, 3)}-${digits(r, 2)}-${digits(r, 4)})`;
      const doc = plant(letter.doc, group, party, caseSecret);
      for (const format of FORMATS) {
        const { body, metadata } = await exported(doc, format);
        const text = squash(body);
        for (const p of group) {
          const tally = found.get(p.kind) ?? { planted: 0, removed: 0 };
          tally.planted++;
          const leaked = p.secrets.filter((s) => text.includes(squash(s)));
          if (leaked.length) misses.push(`${format} ${letter.name} [${p.kind}] '${leaked.join("', '")}' in: ${p.sentence}`);
          else tally.removed++;
          found.set(p.kind, tally);
        }
        if (format === 'pdf' || format === 'docx') {
          metadataChecks++;
          const meta = squash(metadata);
          assert.ok(meta.includes(squash(letter.doc.caseNumber ?? 'CM')), `${format} metadata still names the case`);
          for (const s of [party.first, party.last]) if (meta.includes(s.toLowerCase())) misses.push(`${format} metadata ${letter.name}: '${s}'`);
        }
      }
    }
    const rows = [...found].map(([kind, t]) => `    ${(100 * t.removed / t.planted).toFixed(0).padStart(4)}%  ${String(t.removed).padStart(3)}/${String(t.planted).padEnd(3)} ${kind}`);
    const total = [...found.values()].reduce((a, t) => ({ planted: a.planted + t.planted, removed: a.removed + t.removed }), { planted: 0, removed: 0 });
    console.log(`      recall by kind (${all.length} planted items x ${FORMATS.length} formats, ${metadataChecks} PDF/DOCX metadata checks):\n${rows.join('\n')}\n      total ${total.removed}/${total.planted}`);
    assert.ok(all.length >= 200 && kinds.length >= 30);
    assert.deepEqual(misses, []);
  });
});
