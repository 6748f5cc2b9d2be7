/**
 * The conclusion reader's faster paths against the plain ones: the one-pass sentence scan against its three
 * searches, and the in-place sentence splitter against the splitter it replaced, on generated text made of the
 * words and characters they look for (every predicate form in mixed case, verdict words, negations, item names,
 * quotes, brackets, stops and abbreviations), so a gate or a shortcut that misses cannot go unnoticed.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { importLetterText, parseLetter } from '../../server/src/language';
import { byFirstLetter, readConclusion, readConclusionText, readConclusionTextPlain, readSentence, scanSentence, scanSentencePlain } from '../../server/src/language/validate/conclusion';
import { proseText } from '../../server/src/language/validate/prose-map';
import { splitSentences, type Sentence } from '../../server/src/language/validate/sentences';
import { corpusLetters, needCorpus } from '../helpers/corpus';
import { validWith } from '../helpers/valid-letter';

/** The splitter as it was before it read words in place: the reference. */
const ABBREVIATIONS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'jr', 'sr', 'st', 'vs', 'v', 'no', 'nos', 'approx', 'fig', 'cf', 'al', 'inc', 'co', 'corp',
  'ltd', 'p', 'pp', 'ch', 'chap', 'vol', 'sec', 'ref', 'dept', 'prof', 'rev', 'esp', 'incl', 'min', 'max', 'hr', 'hrs',
  'wk', 'wks', 'mo', 'mos', 'yr', 'yrs', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'ed', 'eds', 'ave', 'blvd', 'tab', 'tabs', 'cap', 'caps', 'qty',
]);
function isAbbreviationPlain(word: string): boolean {
  const bare = word.replace(/^[("'[]+/, '');
  if (/^[A-Z]$/.test(bare)) return true;
  if (/^(?:[a-z]\.)+[a-z]$/i.test(bare)) return true;
  return ABBREVIATIONS.has(bare.toLowerCase());
}
function splitPlain(text: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (from: number, to: number) => {
    const raw = text.slice(from, to);
    const s = raw.trim();
    const lead = s ? raw.indexOf(s) : 0;
    if (s) out.push({ text: s, start: from + lead, end: from + lead + s.length });
  };
  const stop = /[.!?]+["')\]]*(?=\s+["'(\[A-Z0-9]|\s*$)/g;
  let start = 0;
  for (let m; (m = stop.exec(text));) {
    const at = m.index;
    if (m[0].startsWith('.') && m[0].length === 1 || /^\.["')\]]+$/.test(m[0])) {
      let space = at - 1;
      while (space >= start && text[space] !== ' ' && text[space] !== '\n') space--;
      if (isAbbreviationPlain(text.slice(space + 1, at))) continue;
    }
    push(start, at + m[0].length);
    start = at + m[0].length;
  }
  push(start, text.length);
  return out;
}

/** A word in a random mix of cases (the searches ignore case). */
const cased = (w: string) => fc.array(fc.boolean(), { minLength: w.length, maxLength: w.length })
  .map((up) => [...w].map((c, i) => (up[i] ? c.toUpperCase() : c)).join(''));

const PREDICATE_WORDS = [
  'medically necessary', 'medically-necessary', 'not-medically necessary', 'medically appropriate', 'medically indicated',
  'medically warranted', 'medically reasonable', 'medically justified', 'medically required', 'medically supported',
  'reasonable and necessary', 'reasonable and medically necessary', 'medical necessity', 'certified', 'certifiable',
  'non-certified', 'noncertified', 'uncertified', 'certification', 'non-certification', 'necessary', 'unnecessary',
  'supported', 'unsupported', 'warranted', 'unwarranted', 'appropriate', 'inappropriate', 'reasonable', 'unreasonable',
  'justified', 'unjustified', 'indicated', 'contraindicated', 'recommended', 'approved', 'authorized', 'denied',
  'upheld', 'uphold', 'upholding', 'affirm', 'affirmed', 'overturn', 'overturned', 'reverse', 'reversed', 'stand',
  'remain', 'understand', 'withstand', 'remained', 'certifies', 'necessarily', 'supportedly', 'indicates',
];
const OTHER_WORDS = [
  'the', 'request', 'requests', 'requested', 'this', 'is', 'was', 'not', 'no', "isn't", 'never', 'cannot', 'neither',
  'nor', 'therefore', 'thus', 'however', 'would', 'be', 'MRI', 'lumbar', 'Norco', 'physical', 'therapy', 'UR',
  'utilization', 'review', 'guidelines', 'ODG', 'decision', 'for', 'and', 'or', 'of', 'Dr.', 'e.g.', 'J.', 'No.', 'p.',
  'vs.', 'approx.', 'U.S.', 'b.i.d.', '2.5', 'mg', '#60', 'un', 'non', 'medically', 'medical', 'necessity',
  'also', 'then', 'hence', 'currently', 'still', 'clearly', 'certainly', 'consequently', 'accordingly', 'again',
  'thereforex', 'stills', 'are', 'were', 'should', 'has', 'have', 'does', 'will', 'can', 'a', 'an', 'being',
];
const PUNCTUATION = ['.', '. ', '? ', '! ', '...', ', ', '; ', ': ', '"', '“', '”', '(', ')', '[', ']', "'", '-', '\n', '  ', '\u00a0', '\t', ''];

const word = fc.oneof(
  fc.constantFrom(...PREDICATE_WORDS).chain(cased),
  fc.constantFrom(...OTHER_WORDS).chain(cased),
  fc.constantFrom(...PUNCTUATION),
);
const text = fc.array(fc.tuple(word, fc.constantFrom(' ', ' ', '', '. ', '\n')), { maxLength: 40, size: 'max' })
  .map((parts) => parts.map(([w, gap]) => w + gap).join(''));

/** Sentences shaped like conclusions, with marks, quotes, adverbs and negations put anywhere. */
const phrase = (xs: string[]) => fc.constantFrom(...xs).chain(cased);
const sentence = fc.tuple(
  fc.constantFrom('', 'Therefore, ', 'Thus ', 'As the guidelines state, ', 'No, ', 'In this case ', 'If indicated, ', 'The UR '),
  phrase(['the request for ', 'this request ', 'the requested ', 'the MRI ', 'Norco #60 ', 'physical therapy ', 'medical necessity ', 'it ', 'the decision for ', '"lumbar MRI" ', '(the MRI) ']),
  phrase(['is ', 'was ', 'would be ', 'is therefore ', 'is also ', 'has not been ', 'does not appear ', 'cannot be ', 'remains ', 'are ', 'being ', 'a ', '']),
  fc.constantFrom('', 'not ', 'never ', "isn't ", 'not-', 'clearly ', 'still not '),
  fc.constantFrom(...PREDICATE_WORDS).chain(cased),
  fc.constantFrom('.', ' at this time.', ' for this patient.', ', and not medically necessary.', ' when red flags are present.', '?', '?"', ' (ODG).', ' by the guidelines.', ' and is upheld.', ''),
  fc.array(word, { maxLength: 4 }),
).map(([lead, subject, verb, negation, predicate, tail, noise]) => {
  const parts = [lead + subject + verb + negation + predicate + tail];
  // noise put between the parts' words, or not at all
  for (const n of noise) {
    const words = parts[0].split(' ');
    words.splice(n.length % (words.length + 1), 0, n);
    parts[0] = words.join(' ');
  }
  return parts[0];
});

/** Verdicts and recommendations, their words glued to letters, quotes, brackets or hyphens or not (the gates read word starts). */
const glue = fc.constantFrom('', '', '', 're', 'x', 'mis', '-', '"', '(', '_', '1', ' "', 'I ');
const verdict = fc.tuple(
  fc.array(word, { maxLength: 3 }),
  fc.oneof(
    fc.tuple(phrase(['denial ', 'decision ', 'determination ', 'non-certification ', 'noncertification ', 'UR decision ', 'the denial ']),
      phrase(['is ', 'was ', 'should be ', 'will be ', 'is hereby ', 'should ', 'must ', 'is to ', 'is therefore ', 'would be ', 'is not ']),
      glue, phrase(['upheld', 'uphold', 'affirmed', 'overturned', 'reversed', 'stand', 'remain', 'withstand', 'remained'])).map((p) => p.join('')),
    fc.tuple(glue, phrase(['upholding ', 'uphold ', 'affirm ', 'affirming ', 'overturning ', 'reverse ', 'reversing ']),
      phrase(['the ', 'the UR ', 'the prior ', '', 'the "UR" ']), phrase(['denial', 'decision', 'determination', 'non-certification', 'adverse determination'])).map((p) => p.join('')),
    fc.tuple(phrase(['I recommend ', 'recommend ', 'I recommended ', 'I do not recommend ', 'Recommending ', 'would recommend ']),
      phrase(['', 'the ']), glue, phrase(['certification', 'non-certification', 'noncertification', 'certifications', 'certified'])).map((p) => p.join('')),
  ),
  fc.constantFrom('.', ' of the request.', ' at this time.', '?', ''),
  fc.array(word, { maxLength: 3 }),
).map(([before, body, tail, after]) => [...before, body + tail, ...after].join(' '));

describe('the conclusion reader, fast against plain', () => {
  it('finds a sentence\'s predicates, verdict word, "certification" and adverb in one search as the four searches do', () => {
    fc.assert(fc.property(text, (t) => {
      const fast = scanSentence(t);
      const plain = scanSentencePlain(t);
      assert.deepEqual(fast.predicates.map((m) => [m.index, m[0]]), plain.predicates.map((m) => [m.index, m[0]]), t);
      assert.equal(fast.verdictLike, plain.verdictLike, t);
      assert.equal(fast.certificationLike, plain.certificationLike, t);
      assert.equal(fast.adverbLike, plain.adverbLike, t);
    }), { numRuns: 20000 });
  });

  it('the generated text has what it tests: predicates, verdict words and "certification" together', () => {
    const sample = fc.sample(text, { numRuns: 2000, seed: 7 });
    const scans = sample.map(scanSentencePlain);
    assert.ok(scans.filter((s) => s.predicates.length && s.verdictLike && s.certificationLike && s.adverbLike).length > 50);
    assert.ok(scans.filter((s) => !s.predicates.length && !s.verdictLike && !s.certificationLike).length > 20);
  });

  it('reads a sentence as the plain reading does, on generated sentences', () => {
    const items = [() => new Set<string>(), () => new Set(['mri', 'norco', 'lumbar']), () => new Set(['therapy', 'physical'])];
    let readings = 0;
    fc.assert(fc.property(fc.oneof(sentence, text, verdict), fc.nat(items.length - 1), fc.boolean(), fc.boolean(), (t, i, closing, bodyOnly) => {
      const s = { text: t, start: 3, end: 3 + t.length };
      const fast = readSentence(s, items[i], closing, bodyOnly);
      assert.deepEqual(fast, readSentence(s, items[i], closing, bodyOnly, true), t);
      if (fast) readings++;
    }), { numRuns: 20000 });
    // (most generated sentences decide something, each way)
    assert.ok(readings > 5000, `${readings} readings`);
  });

  it('the generated verdicts and recommendations are read as such, and their words are glued to others too', () => {
    const sample = fc.sample(verdict, { numRuns: 3000, seed: 11 });
    const tierOne = sample.filter((t) => readSentence({ text: t, start: 0, end: t.length }, undefined, false, false, true)?.tier === 1);
    assert.ok(tierOne.length > 600, `${tierOne.length} tier-1 readings`);
    assert.ok(sample.filter((t) => !scanSentencePlain(t).verdictLike && /uph[eo]ld|affirm|overturn|revers|stand|remain/i.test(t)).length > 100);
    assert.ok(sample.filter((t) => !scanSentencePlain(t).certificationLike && /certification/i.test(t)).length > 50);
  });

  it('alternatives grouped by first letter find what the plain alternation finds, on generated words and text', () => {
    // words over a small alphabet share first letters and prefixes, and some hold a class or an optional part
    const piece = fc.constantFrom('a', 'b', 'ab', 'ba', 'aa', 'c', 'b[ac]', 'a\\s+b', '(?:c)?', 'c?');
    const alternative = fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.array(piece, { maxLength: 3 })).map(([first, rest]) => first + rest.join(''));
    const text = fc.array(fc.constantFrom('a', 'b', 'c', 'A', 'B', ' ', '-', '\n', 'x'), { maxLength: 30 }).map((cs) => cs.join(''));
    const all = (re: RegExp, t: string) => [...t.matchAll(re)].map((m) => [m.index, m[0]]);
    fc.assert(fc.property(fc.array(alternative, { minLength: 1, maxLength: 8 }), fc.boolean(), text, (alternatives, bounded, t) => {
      const end = bounded ? '\\b' : '';
      const plain = new RegExp(`\\b(?:${alternatives.map((a) => a + end).join('|')})`, 'gi');
      const grouped = new RegExp(`\\b(?:${byFirstLetter(alternatives.map((a) => a + end))})`, 'gi');
      assert.deepEqual(all(grouped, t), all(plain, t), `${plain.source} on ${JSON.stringify(t)}`);
    }), { numRuns: 20000 });
    assert.throws(() => byFirstLetter(['a?b']));
    assert.throws(() => byFirstLetter(['(?:a)b']));
  });

  it('reads a rationale as the plain reading of every sentence does, on generated rationales', () => {
    // sentences that decide either way, name the request or not, verdicts and noise, each made to start a sentence
    const start = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
    const rationale = fc.array(fc.oneof(sentence, sentence, verdict, text).map(start), { minLength: 1, maxLength: 9 })
      .chain((parts) => fc.array(fc.constantFrom(' ', '. ', '\n', ' Dr. Smith. '), { minLength: parts.length, maxLength: parts.length })
        .map((gaps) => parts.map((p, i) => p + gaps[i]).join('')));
    const items = [undefined, 'MRI of the lumbar spine', 'Norco 10/325 mg #60', 'Physical therapy x 12 sessions'];
    let early = 0;
    let conflicting = 0;
    fc.assert(fc.property(rationale, fc.constantFrom(...items), (t, item) => {
      const fast = readConclusionText(t, item);
      assert.deepEqual(fast, readConclusionTextPlain(t, item), t);
      const sentences = splitSentences(t);
      if (fast?.conflicting) {
        conflicting++;
        // a conflicting sentence before the last three: one the closing reading sent the reader back for
        if (sentences.findIndex((s) => s.start === fast.conflicting!.sentence.start) < sentences.length - 3) early++;
      }
    }), { numRuns: 20000 });
    // (the generated rationales conflict often, and often in an earlier sentence)
    assert.ok(conflicting > 2000 && early > 500, `${conflicting} conflicting, ${early} before the closing sentences`);
  });

  it('a rationale\'s kept reading, certain or conflicting only when asked, says what the plain reading says', () => {
    const start = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
    const rationale = fc.array(fc.oneof(sentence, sentence, verdict).map(start), { minLength: 1, maxLength: 8 })
      .map((parts) => parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean).join(' '));
    let read = 0;
    let conflicting = 0;
    fc.assert(fc.property(rationale, fc.boolean(), (t, askFirst) => {
      const letter = parseLetter(validWith('Therefore the request for an MRI of the shoulder is not medically necessary.', t || 'x'));
      const item = letter.items[0];
      if (!item?.rationale?.paragraphs.length) return;
      const plain = readConclusionTextPlain(proseText(item.rationale).text, item.field.value?.text);
      const kept = readConclusion(item.rationale, item.field.value?.text);
      assert.equal(kept?.conclusion, plain?.conclusion, t);
      if (!kept || !plain) return;
      read++;
      // asked in either order, and asked again: the same answers
      const certain = askFirst ? kept.certain : undefined;
      assert.equal(kept.conflicting?.text, plain.conflicting?.sentence.text, t);
      assert.equal(kept.conflicting?.conclusion, plain.conflicting?.conclusion, t);
      assert.equal(kept.certain, plain.certain, t);
      if (certain !== undefined) assert.equal(certain, plain.certain, t);
      assert.equal(kept.text, plain.sentence.text, t);
      if (plain.conflicting) conflicting++;
    }), { numRuns: 3000 });
    assert.ok(read > 2000 && conflicting > 300, `${read} read, ${conflicting} conflicting`);
  });

  it('reads every rationale of the corpus as the plain reading does', function () {
    const letters = corpusLetters();
    if (!letters.length) needCorpus(this);
    for (const l of letters) {
      for (const item of parseLetter(importLetterText(l.text).imr).items) {
        if (!item.rationale?.paragraphs.length) continue;
        const t = proseText(item.rationale).text;
        assert.deepEqual(readConclusionText(t, item.field.value?.text), readConclusionTextPlain(t, item.field.value?.text), l.name);
      }
    }
  });

  it('splits sentences as the splitter before it did, on generated text', () => {
    const piece = fc.oneof(text, fc.constantFrom('.', '!', '?', '..', ' ', '\n', 'A', 'b', '7', '"', "'", '(', ')', '[', 'Dr', 'e.g', 'U.S', '\u00a0', '\u2028', 'İ', '\u212A', 'ſt'));
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((a) => a.join('')), (t) => {
      assert.deepEqual(splitSentences(t), splitPlain(t));
    }), { numRuns: 20000 });
  });

  it('splits every rationale of the corpus as the splitter before it did', function () {
    const letters = corpusLetters();
    if (!letters.length) needCorpus(this);
    let n = 0;
    for (const l of letters) {
      for (const item of parseLetter(importLetterText(l.text).imr).items) {
        if (!item.rationale?.paragraphs.length) continue;
        const t = proseText(item.rationale).text;
        assert.deepEqual(splitSentences(t), splitPlain(t), l.name);
        n++;
      }
    }
    assert.ok(n > letters.length);
  });
});
