/**
 * Tests that spare a rule a search must never change what it finds: each gated reading is compared with the same
 * reading without its gate, on every corpus letter's prose and on random text full of near-misses.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { importLetterText, parseLetter } from '../../server/src/language';
import { joinedProseText, proseText } from '../../server/src/language/validate/prose-map';
import { explainedIn } from '../../server/src/language/validate/rules/plain-abbreviations';
import { itemKey } from '../../server/src/language/validate/rules/duplicate-item';
import { afterDecision, proseDates } from '../../server/src/language/validate/rules/date-after-decision';
import { daysBetween, readDate } from '../../server/src/language/validate/dates';
import { hasCueText } from '../../server/src/language/validate/rules/reviewer-anonymous';
import { RuleContext } from '../../server/src/language/validate/context';
import { citationSites, guidelineFields } from '../../server/src/language/validate/citations';
import { listEntries } from '../../server/src/language/validate/list';
import type { ProseField, Span } from '../../server/src/language/syntax/ast';
import { readTreatmentPart, TREATMENT_PATTERNS_FOR_TESTS, type TreatmentReading } from '../../server/src/language/validate/treatment';
import { corpusLetters } from '../helpers/corpus';

describe('rule gates', () => {
  it('IMR601: the abbreviations a text explains are those found trying every bracket, on the corpus', () => {
    for (const l of corpusLetters()) {
      const letter = parseLetter(importLetterText(l.text).imr);
      const all = letter.fields.map((f) => (f.shape === 'prose' ? proseText(f).text : '')).join(' ');
      assert.deepEqual(explainedIn(all), explainedIn(all, true), l.name);
    }
  });

  it('IMR601: the abbreviations a text explains are those found trying every bracket, on random text', () => {
    const piece = fc.constantFrom(
      'ADL', "ADL's", 'ADLs', 'PR-2', 'EMG/NCV', 'EMG / NCV', 'PT', 'TENS', 'physical therapy', 'activities of daily living', ' ', '  ',
      '\u00a0', '\t', '\n', '(', ')', '(PT)', '(activities of daily living)', '(s)', 'the', 's', "'", '-', '/', '2', 'x', 'NSAIDs', 'MRI', '.',
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((a) => a.join('')), (text) => {
      assert.deepEqual(explainedIn(text), explainedIn(text, true));
    }), { numRuns: 5000 });
  });

  const dates = (text: string, ungated: boolean) => proseDates(text, ungated).map((m) => ({ at: m.index, groups: [...m] }));

  it('IMR208: the dates found in prose are those the one global search finds, on the corpus', () => {
    for (const l of corpusLetters()) {
      const letter = parseLetter(importLetterText(l.text).imr);
      for (const f of letter.fields) if (f.shape === 'prose') assert.deepEqual(dates(proseText(f).text, false), dates(proseText(f).text, true), l.name);
    }
  });

  it('IMR208: the dates found in prose are those the one global search finds, on random text', () => {
    const piece = fc.constantFrom(
      '1', '12', '2016', '16', '/', '-', ' ', ',', '.', 'Jan', 'January', 'Sept', 'Sept.', 'Sep', 'May', 'Mayo', 'Dec', 'Oct. ', 'x', 'a',
      '10/13/2016', '10-13-16', '1/2/3', 'October 13, 2016', 'Nov 1 2015', '12-12-12-12', '\u00a0', '\n', 'on ', 'JanFeb',
      '123/4/16', 'a1/2/16', '1-2', '/1', '-12', '_', '0',
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((a) => a.join('')), (text) => {
      assert.deepEqual(dates(text, false), dates(text, true));
    }), { numRuns: 20000 });
  });

  it('IMR106: an item\'s key is the same with the blanks replaced always, on random text', () => {
    const piece = fc.constantFrom('MRI', 'lumbar', ' ', '  ', '\t', '\u00a0', '\u2028', '\n', 'x', 'PT', '#12', ' \t');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((a) => a.join('')), (text) => {
      assert.equal(itemKey(text), itemKey(text, true));
    }), { numRuns: 5000 });
  });

  const PARTS: (keyof TreatmentReading)[] = ['modalities', 'bodyParts', 'drugs', 'quantities'];
  const sameReading = (text: string, where = '') => {
    for (const key of PARTS) assert.deepEqual([...readTreatmentPart(text, key)], [...readTreatmentPart(text, key, true)], `${where} ${key}: ${text}`);
  };

  // What every match of an alternative of `\b(?:a|b|...)\b` begins with, read off its source: its literal characters
  // in lower case ('#' for \d) up to the first that may be left out or is not literal; '\w' first: none
  const guaranteedStart = (alternative: string): string => {
    let out = '';
    for (let i = 0; i < alternative.length;) {
      let unit: string;
      let width: number;
      if (alternative.startsWith('\\d', i)) { unit = '#'; width = 2; } else if (/[a-zA-Z -]/.test(alternative[i])) { unit = alternative[i].toLowerCase(); width = 1; } else break;
      const quantifier = alternative[i + width];
      if (quantifier === '?' || quantifier === '*' || alternative.startsWith('{0', i + width)) break;
      out += unit;
      if (quantifier === '+' || quantifier === '{') break;
      i += width;
    }
    return out.replace(/ .*$/, '');
  };
  const topLevelAlternatives = (group: string): string[] => {
    const out = [''];
    let depth = 0;
    for (let i = 0; i < group.length; i++) {
      const c = group[i];
      if (c === '\\') { out[out.length - 1] += c + group[++i]; continue; }
      if (c === '(') depth++;
      if (c === ')') depth--;
      if (c === '|' && depth === 0) out.push(''); else out[out.length - 1] += c;
    }
    return out;
  };

  it('IMR504: each treatment pattern\'s word starts are what its own source says every match begins with', () => {
    const covers = (start: string, literal: string) => start.length <= literal.length && [...start].every((c, i) => c === literal[i]);
    let alternatives = 0;
    for (const [name, re, starts, within] of [...TREATMENT_PATTERNS_FOR_TESTS.modalities, ...TREATMENT_PATTERNS_FOR_TESTS.bodyParts]) {
      const group = /^\\b(?:\(\?:(.*)\)|([^()|]+))\\b$/.exec(re.source);
      assert.ok(group, `${name}: /${re.source}/ is not a word-bounded alternation`);
      for (const alternative of group[1] !== undefined ? topLevelAlternatives(group[1]) : [group[2]]) {
        alternatives++;
        if (alternative.startsWith('\\w')) {
          // it may start anywhere in a word: what follows the \w run must be among the words it must contain
          const rest = guaranteedStart(alternative.replace(/^\\w[+*]/, ''));
          assert.ok(within?.some((w) => rest.startsWith(w)), `${name}: '${alternative}' is gated by none of ${JSON.stringify(within)}`);
          continue;
        }
        const literal = guaranteedStart(alternative);
        assert.ok(literal && starts.some((s) => covers(s, literal)), `${name}: '${alternative}' (beginning '${literal}') starts with none of ${JSON.stringify(starts)}`);
      }
    }
    assert.ok(alternatives > 60, `only ${alternatives} alternatives read`);
  });

  it('IMR504: a treatment description reads the same with the word-start gates as searching every pattern, on the corpus', () => {
    for (const l of corpusLetters()) {
      const letter = parseLetter(importLetterText(l.text).imr);
      for (const item of letter.items) if (item.field.value) sameReading(item.field.value.text, l.name);
      for (const f of letter.fields) if (f.shape === 'prose') for (const piece of proseText(f).text.split(/(?<=[.;])\s+/)) sameReading(piece, l.name);
    }
  });

  it('IMR504: a treatment description reads the same with the word-start gates as searching every pattern, on random text', () => {
    // every alternative's words, in any case, run into each other and into digits, marks and non-ASCII letters
    const words = [
      'MRI', 'MRA', 'magnetic', 'resonance', 'CT', 'CAT', 'scan', 'computed', 'tomography', 'x-ray', 'xrays', 'X-Rays', 'radiograph',
      'plain', 'films', 'EMG', 'NCV', 'NCS', 'electromyography', 'nerve', 'conduction', 'physical', 'therapy', 'physiotherapy', 'PT',
      'visits', 'sessions', 'aquatic', 'medicine', 'occupational', 'chiropractic', 'chiro', 'spinal', 'manipulation', 'acupuncture',
      'injections', 'ESI', 'epidural', 'blocks', 'facet', 'trigger', 'points', 'radiofrequency', 'TENS', 'H-wave', 'interferential',
      'E-stim', 'electrical', 'muscle', 'stimulation', 'surgery', 'surgical', 'arthroscopy', 'discectomy', 'ECTOMY', 'arthroplasty',
      'plasty', 'fusion', 'repair', 'decompression', 'release', 'urine', 'drug', 'UDS', 'screen', 'testing', 'toxicology', 'psychotherapy',
      'cognitive', 'behavioral', 'CBT', 'brace', 'wheelchair', 'walker', 'cane', 'commode', 'hospital', 'bed', 'orthotics', 'cold',
      'hot', 'and', 'pillow', 'shower', 'chair', 'sling', 'cervical', 'neck', 'C5-6', 'thoracic', 'upper', 'back', 'T12-1', 'T1-2',
      'lumbar', 'lumbosacral', 'low', 'lower', 'L4-5', 'L5-S1', 'shoulders', 'elbow', 'wrists', 'hands', 'fingers', 'thumb', 'hips',
      'knee', 'ankles', 'foot', 'feet', 'toes', 'head', 'brain', 'Norco', '#60', '# 90', 'twelve', '12', '(6)', 'additional',
      'treatments', 'visit', 'session', 'the', 'of', 'x', 'c', 't', 'l', 'h', 'e', 's', '_', '1', '-', ' ', '  ', '\t', '/', ',', '.',
      '\u212a', '\u0130', '\u00e9', 'ß',
    ];
    const piece = fc.tuple(fc.constantFrom(...words), fc.constantFrom('lower', 'upper', 'title', 'same'))
      .map(([w, c]) => (c === 'lower' ? w.toLowerCase() : c === 'upper' ? w.toUpperCase() : c === 'title' ? w.charAt(0).toUpperCase() + w.slice(1) : w));
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }).map((a) => a.join('')), (text) => sameReading(text)), { numRuns: 20000 });
  });

  it('IMR208: a prose date is after the decision exactly when reading it as a header date and counting the days says so', () => {
    const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
    // the reading the rule made before: the date text rebuilt, read by readDate, compared by daysBetween
    const plain = (m: RegExpMatchArray, decided: NonNullable<ReturnType<typeof readDate>>) => {
      const date = m[1]
        ? readDate(`${m[1]}/${m[2]}/${m[3].length === 2 ? `${Number(m[3]) < 50 ? '20' : '19'}${m[3]}` : m[3]}`)
        : readDate(`${MONTHS.indexOf(m[4].slice(0, 3).toLowerCase()) + 1}/${m[5]}/${m[6]}`);
      return !!date && daysBetween(decided, date) > 0;
    };
    const num = (n: number, width: number) => String(n).padStart(width, '0');
    const dateText = fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9999 }), fc.boolean(), fc.constantFrom('/', '-'))
        .map(([m, d, y, short, sep]) => `${m}${sep}${d}${sep}${short ? num(y % 100, 2) : num(y, 4)}`),
      fc.tuple(fc.constantFrom('Jan', 'February', 'Mar.', 'Sept.', 'Sep', 'May', 'Dec', 'Oct'), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9999 }))
        .map(([m, d, y]) => `${m} ${d}, ${num(y, 4)}`),
    );
    const decided = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 9999 }))
      .map(([m, d, y]) => readDate(`${m}/${d}/${num(y, 4)}`)).filter((d) => d !== undefined);
    fc.assert(fc.property(dateText, decided, (text, d) => {
      for (const m of proseDates(text)) assert.equal(afterDecision(m, d!), plain(m, d!), `${text} after ${d!.iso}`);
    }), { numRuns: 20000 });
    // the turn of a year, a month and a leap day, around one decision
    const d = readDate('02/28/2016')!;
    for (const text of ['2/28/2016', '2/29/2016', '3/1/16', '2/30/2016', '12/31/2015', '1/1/2017', '2/29/2015', '13/1/2016', '0/1/2017', 'Feb 29, 2016', 'Feb 30, 2016', '2/29/0016', '2/29/1900']) {
      for (const m of proseDates(text)) assert.equal(afterDecision(m, d), plain(m, d), text);
    }
  });

  it('IMR303: a text the cue pattern finds always holds one of the strings the quick test looks for', () => {
    const CUE = /\b(?:Dr|Doctor|I,|Signed|signed)\b/;
    const piece = fc.constantFrom('Dr', 'Doctor', 'I,', 'Signed', 'signed', 'SIGNED', 'gned', 'igned', 'I', ',', ' ', 'D', 'r', 'x', '.', '\n');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((a) => a.join('')), (text) => {
      if (CUE.test(text)) assert.ok(hasCueText(text), text);
    }), { numRuns: 10000 });
  });

  it('readDate reads exactly the dates its pattern reads, on random text', () => {
    // the reading by the pattern, as it was
    const byPattern = (text: string) => {
      const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
      if (!m) return undefined;
      const [month, day, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const days = month === 2 ? ((year < 100 ? year + 1900 : year) % 4 === 0 && ((year < 100 ? year + 1900 : year) % 100 !== 0 || (year < 100 ? year + 1900 : year) % 400 === 0) ? 29 : 28)
        : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
      if (month < 1 || month > 12 || day < 1 || day > days) return undefined;
      return { year, month, day, iso: `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
    };
    const piece = fc.constantFrom('0', '1', '2', '9', '12', '29', '31', '2016', '1900', '0000', '/', '-', ' ', '\t', '\u00a0', '\n', 'x', '\u0661');
    fc.assert(fc.property(fc.array(piece, { maxLength: 9 }).map((a) => a.join('')), (text) => {
      assert.deepEqual(readDate(text), byPattern(text), JSON.stringify(text));
    }), { numRuns: 30000 });
    for (const text of ['02/29/2016', '2/29/1900', '2/29/2000', '02/29/0000', '12/31/9999', ' 1/1/2016 ', '1/1/20166', '001/1/2016', '1/001/2016', '1//2016']) {
      assert.deepEqual(readDate(text), byPattern(text), text);
    }
  });

  it('the context walks the same guideline blocks and citations as the generators, in the same order', () => {
    for (const l of corpusLetters()) {
      const text = importLetterText(l.text).imr;
      const letter = parseLetter(text);
      const ctx = new RuleContext(letter, text, (_code, fallback) => fallback);
      const same = <T extends object>(a: readonly T[], b: readonly T[]) => {
        assert.equal(a.length, b.length, l.name);
        a.forEach((x, i) => { for (const k of Object.keys(b[i]) as (keyof T)[]) assert.equal(x[k], b[i][k], l.name); });
      };
      same(ctx.guidelineFields(), [...guidelineFields(letter.items)]);
      same(ctx.citationSites(), [...citationSites(letter.items)]);
    }
  });

  it('listEntries splits a value as the matchAll walk did, on random text', () => {
    // the walk as it was: every separator found by matchAll, every entry's range made at once
    const byMatchAll = (value: Span, separator: RegExp): Span[] => {
      const out: Span[] = [];
      const { line, character } = value.range.start;
      let start = 0;
      const push = (from: number, to: number) => {
        const raw = value.text.slice(from, to);
        const lead = raw.length - raw.trimStart().length;
        const text = raw.trim();
        if (text) out.push({ text, range: { start: { line, character: character + from + lead }, end: { line, character: character + from + lead + text.length } } });
      };
      for (const m of value.text.matchAll(separator)) {
        push(start, m.index ?? 0);
        start = (m.index ?? 0) + m[0].length;
      }
      push(start, value.text.length);
      return out;
    };
    const plain = (spans: Span[]) => spans.map((e) => ({ text: e.text, range: e.range }));
    const piece = fc.constantFrom('California', 'North Carolina', 'and', 'band', ' and ', ',', ';', ' ', '  ', '\t', '\u00a0', 'x', 'Internal Medicine');
    const separators = [() => /,|;|\s+and\s+/g, () => /,|;/g, () => /,|\band\b/g, () => /x*/g];
    fc.assert(fc.property(fc.array(piece, { maxLength: 10 }).map((a) => a.join('')), fc.nat(3), fc.nat(40), fc.nat(20), (text, k, line, character) => {
      const value: Span = { text, range: { start: { line, character }, end: { line, character: character + text.length } } };
      const separator = separators[k]();
      assert.deepEqual(plain(listEntries(value, separator)), byMatchAll(value, separators[k]()));
      assert.equal(separator.lastIndex, 0);
    }), { numRuns: 10000 });
    assert.deepEqual(plain(listEntries({ text: 'a and b', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 7 } } })),
      byMatchAll({ text: 'a and b', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 7 } } }, /,|\band\b/g));
  });

  // the one-paragraph reading, made afresh, against the joined one: the text and every offset's position
  const sameProse = (field: ProseField, where: string) => {
    const fast = proseText(field);
    const plain = joinedProseText(field);
    assert.equal(fast.text, plain.text, where);
    for (let i = 0; i <= plain.text.length + 1; i++) {
      assert.deepEqual(fast.positionAt(i), plain.positionAt(i), `${where} at ${i}`);
      assert.deepEqual(fast.rangeOf(i, i + 3), plain.rangeOf(i, i + 3), `${where} at ${i}`);
    }
  };

  it('a prose field reads the same made afresh as joined and kept, on the corpus', () => {
    for (const l of corpusLetters().slice(0, 40)) {
      const letter = parseLetter(importLetterText(l.text).imr);
      for (const f of letter.fields) if (f.shape === 'prose') sameProse(f, l.name);
    }
  });

  it('a prose field reads the same made afresh as joined and kept, on random lines (empty ones too)', () => {
    const span = (text: string, line: number, character: number): Span => ({ text, range: { start: { line, character }, end: { line, character: character + text.length } } });
    const lineText = fc.constantFrom('', ' ', 'a', 'MRI of the knee.', 'x y', '\t');
    fc.assert(fc.property(fc.array(fc.array(lineText, { minLength: 0, maxLength: 5 }), { minLength: 0, maxLength: 3 }), fc.boolean(), (paras, joined) => {
      let line = 1;
      const paragraphs = paras.map((ls) => {
        const lines = ls.map((t) => span(t, line++, 2 + (line % 3)));
        line++;
        // a paragraph's text is its lines joined by spaces; sometimes not (a tree made by hand): both readings agree still
        return { text: joined ? ls.join(' ') : ls.join(''), lines, range: span('', 0, 0).range };
      });
      const field = { shape: 'prose', paragraphs, label: span('Decision rationale:', 0, 0) } as unknown as ProseField;
      sameProse(field, JSON.stringify(paras));
    }), { numRuns: 3000 });
  });
});
