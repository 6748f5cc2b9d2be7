import assert from 'node:assert/strict';
import { findPersonalData } from '../../server/src/language/redact';
import { findPersonalDataEverywhere, GATING_FOR_TESTS, ROLES, TITLES } from '../../server/src/language/redact/find';
import { filterKey, leadPrefixes, PrefixTable } from '../../server/src/language/redact/lead-prefixes';
import { seeded, type Random } from '../helpers/random';

// findPersonalData tries each pattern only where the one pass over the text says it can start (a number of the
// right shape, a keyword's first characters, a role before a capital, two capitalised words) and skips a pattern
// whose cue the text lacks. These tests hold the pass to that: on varied generated text, every place a pattern
// matches is among its starts, every pattern that matches has its cue, and the finds are a search everywhere's.

const pick = <T>(random: Random, xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
const digits = (random: Random, n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');

const WORDS = [
  ...ROLES, ...ROLES.map((r) => r.toUpperCase()), ...TITLES, 'named', 'was', 'is', 'by', 'seen by', 'from', 'with', 'the', 'and', 'et al',
  'SSN', 'SS#', 'SS No.', 'S.S.N.', 'S.S.#', 'social security number', 'SOCIAL SECURITY NO.', 'ending in', 'DOB', 'D.O.B.', 'd/o/b', 'date of birth',
  'DATE OF BIRTH', 'Birthdate', 'birth date', 'birthday', 'born on', 'born in', 'BORN', 'b.', 'B.', 'Tel.', 'telephone', 'TEL', 'fax', 'FAX',
  'cell phone', 'CELL', 'Mobile', 'pager', 'contact number', 'Phone #', 'claim', 'Claim No.', 'CLAIM #', 'claims', 'claimant', 'WCAB', 'W.C.A.B.',
  'EAMS', 'SAC', 'LAO', 'OAK', 'VEN', 'ADJ', 'MRN', 'M.R.N.', 'MR #', 'MR No.', 'MRI', 'med rec', 'Med. Rec.', 'medically', 'medical record',
  'MEDICAL RECORD', 'acct', 'ACCT.', 'account', 'ID', 'I.D.', 'Id', 'UID', 'PID', 'mbr', 'Member ID:', 'policy number', 'Policy No.', 'policyholder',
  'patient #', 'patient', 'PATIENT', 'employee', 'health plan', "driver's license", 'drivers license', 'DL', 'Medi-Cal', 'MediCal', 'Medicare',
  'insurance', 'payer', 'payor', 'case', 'file', 'record', 'records', 'prescription', 'Rx', 'enrollee', 'reference', 'ref.', 'auth', 'invoice',
  'bill', 'group', 'chart', 'confirmation', 'subscriber', 'P.O. Box', 'PO BOX', 'p.o.box', 'post office drawer', 'POST OFFICE BOX', 'Apt.',
  'Apartment', 'APT', 'Unit', 'UNIT', 'Suite', 'Ste.', 'ZIP code', 'Zip', 'zip', 'Name:', 'name is', 'NAME was', 'MD', 'M.D.', 'D.O.', 'DO', 'DC',
  'Ph.D.', 'PhD', 'PsyD', 'Psy.D.', 'PA-C', 'FNP-C', 'OTR/L', 'L.Ac.', 'LAc', 'Esq.', 'QME', 'RN', 'LCSW', 'Ann', 'Lee', 'B.', "O'Neil", 'O\u2019Neil',
  'McKay', 'MacDonald', 'Gonzalez-Ruiz', 'Tran-Nguyen', 'de la', 'van der', 'St.', 'SMITH', 'JONES', 'Linda', 'Chu', 'Norco', 'McMurray', 'Hawkins',
  'test', 'sign', 'reported', 'stated', 'noted', 'who', 'has', "'s report", '\u2019s note', 's', 'Elm', 'Main', 'North', 'N.', 'Street', 'St',
  'Ave.', 'Blvd', 'Road', 'Way', 'Ct', 'Court', 'SE', 'CA', 'California', 'Calif.', 'Nevada', 'Sacramento', 'San Jose', 'x', 'ext.', 'Ext', 'extension',
  'a@b.com', 'j.doe@example.org', '[at]', '(at)', 'example.com', 'CM16-0213037', 'Caf\u00e9', 'M\u00fcller', '\u00c9lise', 'Jos\u00e9', 'at',
];
const PUNCTUATION = [' ', ' ', ' ', ' ', '', '\t', '  ', ', ', ': ', '. ', '; ', '.', ',', ':', '#', '-', '\u2013', '\u2014', '\u2212', '\u2010', '/', '(', ')',
  '"', '\u201c', "'", '\u2019', '\u00a0', '\n', '+', '_', '*', 'X', 'x',
  // other characters, which the pass reads as bytes of their own (find.ts, `bytesOf`): none may pass for another
  '\u2015', '\u2018', '\u201d', '\u00e9', '\u0080', '\u00ff', '\u0001', '\u0002', '\u0003', '\u0000', '\ud83d\ude00'];

function number(random: Random): string {
  const sep = () => pick(random, ['', '-', ' ', '.', '/', '\u2013', '\u2014', '\u2212', '\u00a0', ' - ', '\t']);
  switch (Math.floor(random() * 8)) {
    case 0: return `${digits(random, 3)}${sep()}${digits(random, 2)}${sep()}${digits(random, 4)}`;
    case 1: return `${pick(random, ['', '+1 ', '1-', '+1', '1'])}${random() < 0.5 ? `(${digits(random, 3)})${sep()}` : `${digits(random, 3)}${sep()}`}${digits(random, 3)}${sep()}${digits(random, 4)}`;
    case 2: return `${digits(random, 1 + Math.floor(random() * 2))}${sep()}${digits(random, 1 + Math.floor(random() * 2))}${sep()}${digits(random, 2 + 2 * Math.floor(random() * 2))}`;
    case 3: return pick(random, ['Jan', 'Sept.', 'DEC', 'April', 'May']) + ` ${digits(random, 1 + Math.floor(random() * 2))}${pick(random, ['', 'st', 'th'])}, ${digits(random, 4)}`;
    case 4: return `${pick(random, ['', '+', '1', '+1'])}${digits(random, 9 + Math.floor(random() * 3))}`;
    case 5: return `${digits(random, 5)}${pick(random, ['', '-' + digits(random, 4), ' ' + digits(random, 4)])}`;
    case 6: return `${pick(random, ['', 'A', 'XXX-XX-', 'ABC', 'EMC-'])}${digits(random, 1 + Math.floor(random() * 8))}${pick(random, ['', 'B', '-12', '/2'])}`;
    default: return digits(random, 1 + Math.floor(random() * 12));
  }
}

const NAMES = ['Ann', 'Lee', 'Linda', 'Chu', "O'Neil", 'O\u2019Neil', 'McKay', 'Gonzalez-Ruiz', 'Priya', 'Raman', 'Diego', 'Okafor', 'Norco', 'Vina', 'Main', 'Elm',
  // a lower-case letter after an apostrophe or hyphen inside a name (a word's start, for the keyword look-up)
  "D'angelo", 'D\u2019arcy', 'Smith-jones', 'MTUS', 'A'];
const blanks = (random: Random) => pick(random, [' ', ' ', '  ', '\t', ' \t ']);

/** Two capitalised words where a name is looked for: after a bracket or a verb's "by", before a verb or a mark. */
function name(random: Random): string {
  return pick(random, ['', '(', '"', '\u201c', 'seen by ', 'Per ', ', ', '. ', 'the ']) + pick(random, NAMES) + blanks(random)
    + pick(random, ['', '', 'B. ', 'B.\t']) + pick(random, NAMES) + pick(random, [')', '.', ',', ';', ' )', '', "'s ", '\u2019s report', ' reported',
      '  stated', ' who', ' was', ' and', ' Lee', ' x', '-Ruiz', "'", ' (']);
}

/** A street line: a number, perhaps a direction or a Spanish article, words, a suffix. */
function street(random: Random): string {
  return digits(random, 1 + Math.floor(random() * 7)) + pick(random, ['', 'B', ' 1/2']) + blanks(random)
    + pick(random, ['', 'N. ', 'North ', 'de la ', 'del ', 'el ', 'los ', 'las ', 'la ', 'de ', 'le ', 'du ']) + pick(random, NAMES) + blanks(random)
    + pick(random, ['Street', 'St.', 'Ave', 'Blvd', 'Way', 'Real', 'Court', 'Ct', 'drive']) + pick(random, ['', ', Suite 200', ' Apt. 4B', ', Fresno, CA 93721']);
}

function text(random: Random): string {
  let out = '';
  for (let k = 1 + Math.floor(random() * 20); k > 0; k--) {
    const r = random();
    out += r < 0.5 ? pick(random, WORDS) : r < 0.75 ? number(random) : r < 0.82 ? name(random) : r < 0.87 ? street(random) : pick(random, PUNCTUATION);
    out += pick(random, PUNCTUATION);
  }
  return out;
}

describe('where the personal-data patterns can start (the one pass)', () => {
  const { scan, patterns } = GATING_FOR_TESTS;

  it('lists every place each gated pattern matches, and gives every pattern that matches its cue', () => {
    const random = seeded(7011);
    let tried = 0;
    for (let i = 0; i < 1500; i++) {
      const t = text(random);
      const s = scan(t);
      for (const p of patterns) {
        const everywhere = new RegExp(p.re.source, 'g');
        if (p.cue && everywhere.test(t)) assert.ok(p.cue(t, s.cues), `${p.kind} /${p.re.source.slice(0, 40)}/ matches without its cue in ${JSON.stringify(t)}`);
        if (!p.starts) continue;
        const list = p.starts === 'number' ? s.numbers : p.starts === 'keyword' ? s.keywords : p.starts === 'role' ? s.roles : s.verbs;
        const bits = p.starts === 'number' ? s.shapes : p.starts === 'keyword' ? s.masks : undefined;
        const anchored = new RegExp(p.re.source, 'y');
        for (let at = 0; at < t.length; at++) {
          anchored.lastIndex = at;
          if (!anchored.test(t)) continue;
          tried++;
          const k = list.indexOf(at);
          assert.ok(k >= 0 && (!bits || (bits[k] & p.bit!)), `${p.kind} /${p.re.source.slice(0, 40)}/ matches at ${at} of ${JSON.stringify(t)}, not listed`);
        }
      }
    }
    // the generated text must reach the patterns, or this test proves nothing
    assert.ok(tried > 1000, `only ${tried} matches in the generated text`);
  });

  it('finds what a search everywhere finds, in varied generated text', () => {
    const random = seeded(7012);
    let found = 0;
    for (let i = 0; i < 4000; i++) {
      const t = text(random);
      const fast = findPersonalData(t);
      assert.deepEqual(fast, findPersonalDataEverywhere(t), JSON.stringify(t));
      found += fast.length;
    }
    assert.ok(found > 1000, `only ${found} finds in the generated text`);
  });

  it('finds the same in a short text after a very long one (whose buffers are not kept)', () => {
    const random = seeded(7015);
    const long = Array.from({ length: 3000 }, () => text(random)).join(' ');
    assert.ok(long.length > (1 << 16) * 2);
    assert.deepEqual(findPersonalData(long), findPersonalDataEverywhere(long));
    for (let i = 0; i < 200; i++) {
      const t = text(random);
      assert.deepEqual(findPersonalData(t), findPersonalDataEverywhere(t), JSON.stringify(t));
    }
  });

  it('reads a run of lower-case letters to its end, eight bytes at a time', () => {
    const random = seeded(7016);
    const chars = ['a', 'z', 'q', 'e', 'e', 'e', 'A', 'Z', '`', '{', ' ', '0', '\u00e1', '\u2019', '\u2014', '\u00a0', '\u0101', '\u00ff', '\u0080', '\u00e9'];
    for (let i = 0; i < 3000; i++) {
      let t = '';
      for (let k = Math.floor(random() * 40); k > 0; k--) t += random() < 0.7 ? 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)] : pick(random, chars);
      for (let from = 0; from <= t.length; from++) {
        const run = /[a-z]*/y;
        run.lastIndex = from;
        run.test(t);
        assert.equal(GATING_FOR_TESTS.lowerRunEnd(t, from), run.lastIndex, `from ${from} in ${JSON.stringify(t)}`);
      }
    }
  });

  it('lists the starts in order, each once', () => {
    const random = seeded(7013);
    for (let i = 0; i < 500; i++) {
      const s = scan(text(random));
      for (const list of [s.numbers, s.keywords, s.roles, s.verbs]) for (let k = 1; k < list.length; k++) assert.ok(list[k] > list[k - 1]);
    }
  });
});

describe('leadPrefixes and PrefixTable', () => {
  it('gives the first three characters of every match, or the whole of a shorter one', () => {
    assert.deepEqual([...leadPrefixes(String.raw`[Dd]ate[ \t]+of`)].sort(), ['Dat', 'dat']);
    assert.deepEqual([...leadPrefixes(String.raw`(?:ID|I\.D\.|[Bb]\.)`)].sort(), ['B.', 'I.D', 'ID', 'b.']);
    assert.deepEqual([...leadPrefixes(String.raw`\bMR(?=[ \t]*#)x?`)].sort(), ['MR', 'MRx']);
    assert.deepEqual([...leadPrefixes(String.raw`a{2,}b|c\u2019d`)].sort(), ['aaa', 'aab', 'c\u2019d']);
  });

  it('reads a tab as a space and a run of blanks as one', () => {
    assert.deepEqual([...leadPrefixes(String.raw`S\.?S[ \t]?#`)].sort(), ['S.S', 'SS ', 'SS#']);
    assert.deepEqual([...leadPrefixes(String.raw`(?<![\w.])(?:Mr|Dr\.)[ \t]+`)].sort(), ['Dr.', 'Mr ']);
    assert.deepEqual([...leadPrefixes(String.raw`a[ \t]+[ \t]*b[ \t]?`, 6)].sort(), ['a b', 'a b ']);
  });

  it('reads the first two characters of a lookahead that ends the pattern as part of the match, and any other lookaround as matching nothing', () => {
    assert.deepEqual([...leadPrefixes(String.raw`(?:MR(?=[ \t]*(?:#|No))|ID)`, 6)].sort(), ['ID', 'MR #', 'MR N', 'MR#', 'MRNo']);
    assert.deepEqual([...leadPrefixes(String.raw`MR(?=[ \t]*#)x?`, 5)].sort(), ['MR', 'MRx']);
    assert.deepEqual([...leadPrefixes(String.raw`MR(?![ \t]*#)`, 5)].sort(), ['MR']);
  });

  it('refuses syntax it does not understand, rather than miss places', () => {
    for (const source of ['a.b', '[^a]b', String.raw`(a)\1`, String.raw`\sx`]) assert.throws(() => leadPrefixes(source), /lead-prefixes/);
    assert.throws(() => new PrefixTable(['1abc'], 3), /not an ASCII letter/);
    assert.throws(() => new PrefixTable(['ab\u2019c'], 3), /not an ASCII letter/);
  });

  it('finds a pattern wherever its regular expression matches, at any depth', () => {
    const sources = [String.raw`[Tt]el(?:ephone)?\.?`, String.raw`(?:[Pp]\.?[ \t]?[Oo]\.?|POST[ \t]+OFFICE)[ \t]*(?:[Bb]ox|BOX)`,
      String.raw`(?:MR(?=[ \t]*(?:#|[Nn]o))|MRN|[Mm]br\.?)`, String.raw`(?:[Pp]atient|[Cc]ase|[Mm]edical[ \t]+[Rr]ecords?)(?=[ \t]+(?:[Nn]o\.?|#|ID)|[ \t]*[:#])`];
    const random = seeded(7014);
    const parts = ['Tel', 'tel.', 'telephone', 'P.O. Box', 'PO BOX', 'p o box', 'POST  OFFICE\tBOX', 'MR #', 'MR No', 'MRN', 'mbr.', 'Mbr', 'x',
      'patient', 'Case', 'medical', 'records', 'record', 'No.', 'ID', ':', ' ', '.', '#', '\u2019', '\u00e9'];
    for (const depth of [3, 6, 20]) {
      const table = new PrefixTable(sources, depth);
      let found = 0;
      for (let i = 0; i < 1500; i++) {
        let t = '';
        for (let k = 0; k < 6; k++) t += pick(random, parts) + pick(random, ['', ' ', '\t', '  ', ' \t']);
        // the table reads bytes, ASCII as itself and anything else as 128 or more, then a zero (as find.ts gives them)
        const bytes = new Uint8Array(t.length + 1);
        for (let k = 0; k < t.length; k++) bytes[k] = t.charCodeAt(k) < 128 ? t.charCodeAt(k) : 0xff;
        sources.forEach((source, bit) => {
          const re = new RegExp(source, 'y');
          for (let at = 0; at < t.length; at++) {
            re.lastIndex = at;
            if (!re.test(t)) continue;
            found++;
            assert.ok(table.at(bytes, at, bytes[at]) & (1 << bit), `/${source}/ (depth ${depth}) at ${at} of ${JSON.stringify(t)}`);
          }
        });
      }
      assert.ok(found > 3000, `only ${found} matches`);
    }
  });

  it('finds at each place what a walk down its trie from the root finds, and its filter passes every place it finds something at', () => {
    // the keyword patterns' words (as find.ts looks them up) and the degrees, in random bytes made of their characters
    const leads = GATING_FOR_TESTS.patterns.flatMap((p) => (p.lead ? [p.lead] : []));
    const degrees = String.raw`(?:M\.D\.|MD|D\.O\.|DO|Ph\.D\.|PhD|Psy\.?D\.?|PA-C|OTR/L|L\.Ac\.|Esq\.?)`;
    const random = seeded(7015);
    const parts = ['patient', 'Patient No', 'case #', 'medical records:', 'MR No', 'p.o. box', 'P O', 'SS#', 'd/o/b', 'born on', 'b.', 'zip',
      'Name is', 'Dr.', 'Ms ', 'claim', 'CLAIM', 'WCAB', 'SAC', 'Apt', 'M.D.', 'Ph.D', 'PA-C', 'in', 're', 'pa', 'id', 'ID', 'I.D.'];
    const bytes = [0, 9, 32, 32, 32, 35, 46, 47, 58, 0x80, 0x81, 0x83, 0xff];
    for (const [sources, depth] of [[leads, 10], [[degrees], 6], [[String.raw`a[ \t]+b|P[ \t]?O`], 4]] as const) {
      const table = new PrefixTable(sources, depth);
      let found = 0;
      for (let i = 0; i < 3000; i++) {
        const t: number[] = [];
        while (t.length < 40) {
          if (random() < 0.5) for (const c of pick(random, parts)) t.push(random() < 0.1 ? c.charCodeAt(0) ^ 0x20 : c.charCodeAt(0));
          else t.push(random() < 0.6 ? pick(random, bytes) : 65 + Math.floor(random() * 58));
        }
        const b = Uint8Array.from([...t, 0, 0, 0, 0]);
        for (let at = 0; at < t.length; at++) {
          if (!/[A-Za-z]/.test(String.fromCharCode(b[at]))) continue;
          const m = table.at(b, at, b[at]);
          assert.equal(m, table.atByWalking(b, at), `at ${at} of ${JSON.stringify(String.fromCharCode(...t))}`);
          if (m) found++;
          if (m) assert.equal(table.filter[filterKey(b[at], b[at + 1], b[at + 2])], 1, `the filter at ${at} of ${JSON.stringify(String.fromCharCode(...t))}`);
        }
      }
      assert.ok(found > 500, `only ${found} places found`);
    }
  });

  it('tells most other places apart, the deeper the better', () => {
    const table = (depth: number) => new PrefixTable([String.raw`[Pp]atient(?=[ \t]+(?:[Nn]o\.?|#)|[ \t]*[:#])`], depth);
    const bytes = (t: string) => new TextEncoder().encode(`${t}\0`);
    const patient = bytes('patient was seen');
    assert.equal(table(3).at(patient, 0, patient[0]), 1);
    assert.equal(table(12).at(patient, 0, patient[0]), 0);
    const number = bytes('patient \t No. 1234');
    assert.equal(table(12).at(number, 0, number[0]), 1);
  });
});
