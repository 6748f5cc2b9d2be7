/**
 * A long letter is lexed and parsed a stretch at a time (parse.ts): the syntax tree and the problems must be
 * exactly those of the letter parsed whole, wherever the stretches start, whatever the line ends, indents,
 * comments and stray lines around them. And the line index the parser keeps must agree with `splitLines`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { parseLetter, splitLines } from '../../server/src/language';
import { LetterSnapshot } from '../../server/src/language/service';
import { tokenize } from '../../server/src/language/syntax/lexer';
import { LineIndex } from '../../server/src/language/syntax/line-index';
import { parseTokens, parseWithGrammar, readElements } from '../../server/src/language/syntax/parser';
import { parsedLineIndex, parsedLines } from '../../server/src/language/syntax/parse';
import { parseInStretches, STRETCH_CHARS, stretchStarts } from '../../server/src/language/syntax/parse-in-stretches';
import { corpusLetters, exampleFiles } from '../helpers/corpus';
import { seeded, type Random } from '../helpers/random';

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)];

/** The lines of `text`, each perhaps reindented, commented out, doubled as a blank or cut short. */
function roughened(text: string, random: Random): string[] {
  const out: string[] = [];
  for (const line of splitLines(text)) {
    const r = random();
    if (r < 0.05) out.push('');
    else if (r < 0.08) out.push(`# ${line}`);
    else if (r < 0.12) out.push(line.trimStart());
    else if (r < 0.15) out.push(`\t${line}`);
    else if (r < 0.17) out.push(`  #${line}`);
    else if (r < 0.19) out.push(`${line}\u00a0 `);
    out.push(line);
  }
  return out;
}

function longLetter(seed: number): string {
  const random = seeded(seed);
  const sources = [...exampleFiles().map((f) => fs.readFileSync(f, 'utf8')), ...corpusLetters().slice(0, 20).map((l) => l.text)];
  const lines: string[] = [];
  for (let i = 0; i < 40; i++) lines.push(...roughened(pick(random, sources), random));
  const ends = ['\n', '\r\n', '\r'];
  const mixed = random() < 0.5;
  const end = pick(random, ends);
  return lines.map((l) => l + (mixed ? pick(random, ends) : end)).join('').replace(/^/, random() < 0.3 ? '\ufeff' : '');
}

describe('parsing a long letter a stretch at a time', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`gives the tree and problems of the letter parsed whole (seed ${seed})`, () => {
      const text = longLetter(seed);
      assert.ok(stretchStarts(text, LineIndex.of(text), 300).length > 20, 'the letter is read in many stretches');
      const whole = parseInStretches(text, Infinity);
      for (const stretch of [300, 2000]) assert.deepStrictEqual(parseInStretches(text, stretch), whole);
    });
  }

  // deepStrictEqual compares own properties: a span's line and columns are private (line-span.ts), its JSON has its range
  it('gives every span of the letter parsed whole, with its range', () => {
    const text = longLetter(8);
    const whole = JSON.stringify(parseInStretches(text, Infinity));
    assert.match(whole, /"label":\{"text":"[^"]+","range":\{"start":\{"line":\d+,"character":\d+\},"end"/);
    for (const stretch of [300, 2000]) assert.equal(JSON.stringify(parseInStretches(text, stretch)), whole);
  });

  it('starts stretches only at a line whose first column is neither blank, a line end nor #', () => {
    const text = longLetter(7);
    for (const { offset, line } of stretchStarts(text, LineIndex.of(text), 100).slice(1)) {
      assert.match(text[offset], /[^\s#]/);
      assert.equal(splitLines(text.slice(0, offset)).length - 1, line);
    }
  });
});

describe('the line index', () => {
  it('agrees with splitLines whatever the line ends', () => {
    const random = seeded(11);
    for (let n = 0; n < 300; n++) {
      let text = '';
      const length = Math.floor(random() * 30);
      for (let i = 0; i < length; i++) text += pick(random, ['a', ' ', '\n', '\r', '\r\n', 'b', '\u2028']);
      const index = LineIndex.of(text);
      const lines = splitLines(text);
      assert.equal(index.count, lines.length, JSON.stringify(text));
      for (let i = 0; i < lines.length; i++) assert.equal(index.line(i), lines[i], JSON.stringify(text));
      assert.equal(index.line(lines.length), undefined);
      assert.equal(index.line(-1), undefined);
      // each line's end, and the text's end past the last line (as before the index could grow)
      const ends = [...text.matchAll(/\r\n|\r|\n/g)].map((m) => m.index).concat(text.length);
      for (let i = 0; i < lines.length; i++) assert.equal(index.end(i), ends[i], JSON.stringify(text));
      assert.equal(index.end(lines.length), text.length, JSON.stringify(text));
      assert.equal(index.end(lines.length + 3), text.length, JSON.stringify(text));
    }
  });
});

describe('the lines of a parsed letter', () => {
  it('read as the lines split, by index and through every array method, and cannot be written', () => {
    const text = 'Item: a\r\n  Decision: Upheld\rb\n\n# c\n';
    const view = parsedLines(parseLetter(text), text);
    const lines = splitLines(text);
    assert.ok(Array.isArray(view));
    assert.deepStrictEqual(view, lines);
    assert.deepStrictEqual(view.slice(), lines);
    assert.deepStrictEqual([...view], lines);
    assert.deepStrictEqual(view.map((l) => l.length), lines.map((l) => l.length));
    assert.equal(view.join('\n'), lines.join('\n'));
    assert.equal(view.length, lines.length);
    assert.equal(view[1], '  Decision: Upheld');
    assert.equal(view[99], undefined);
    assert.equal(view.indexOf('b'), 2);
    assert.deepStrictEqual(Object.keys(view), Object.keys(lines));
    assert.throws(() => { view[0] = 'x'; }, TypeError);
    assert.equal(view[0], 'Item: a');
  });

  it('come from the index the parser kept with the letter, which no walk or JSON of the tree sees', () => {
    const text = 'Item: a\n  Decision: Upheld\n';
    const letter = parseLetter(text);
    const keys = Object.keys(letter);
    // the parser's own index, kept: asked twice, the same one; for another text, one made for it
    assert.equal(parsedLineIndex(letter, text), parsedLineIndex(letter, text));
    assert.notEqual(parsedLineIndex(letter, `${text}\n`), parsedLineIndex(letter, `${text}\n`));
    assert.deepStrictEqual(Object.keys(letter), keys);
    assert.ok(!JSON.stringify(letter).includes('Decision: Upheld'));
  });
});

describe('a snapshot\'s positions and offsets', () => {
  it('map offsets to positions and back through the line starts, whatever the line ends', () => {
    const random = seeded(12);
    for (let n = 0; n < 100; n++) {
      let text = '';
      const length = Math.floor(random() * 40);
      for (let i = 0; i < length; i++) text += pick(random, ['Item: a', ' ', '\n', '\r', '\r\n', 'b']);
      const starts = [0];
      const re = /\r\n|\r|\n/g;
      for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length);
      const snap = new LetterSnapshot(text);
      for (let offset = 0; offset <= text.length; offset++) {
        let line = starts.length - 1;
        while (starts[line] > offset) line--;
        assert.deepStrictEqual(snap.positionAt(offset), { line, character: offset - starts[line] }, JSON.stringify(text));
      }
      for (let line = 0; line <= starts.length; line++) {
        for (const character of [0, 1, 3, 100]) {
          const expected = line >= starts.length ? text.length : Math.min(starts[line] + character, line + 1 < starts.length ? starts[line + 1] : text.length);
          assert.equal(snap.offsetAt(line, character), expected);
        }
      }
    }
  });
});

describe('reading the tokens into elements', () => {
  const texts = (): string[] => [
    ...exampleFiles().map((f) => fs.readFileSync(f, 'utf8')), ...corpusLetters().map((l) => l.text),
    ...[21, 22, 23].map((seed) => longLetter(seed)),
  ];

  it('gives what the chevrotain grammar gives, element for element, on every example, corpus and damaged letter', () => {
    let n = 0;
    for (const text of texts()) {
      const { tokens } = tokenize(text);
      const read = readElements(tokens);
      assert.ok(read, 'read without the grammar');
      const grammar = parseWithGrammar(tokens);
      assert.deepStrictEqual(grammar.errors, []);
      assert.deepStrictEqual(read, grammar.elements);
      assert.deepStrictEqual(parseTokens(tokens), grammar);
      n += read.length;
    }
    assert.ok(n > 1000);
  });

  it('leaves a token stream the lexer never makes to the grammar, with its error recovery', () => {
    const { tokens } = tokenize('Item: a\n  Decision: Upheld\n');
    const odd = [tokens[1], ...tokens]; // a value with no label before it
    assert.equal(readElements(odd), undefined);
    const read = parseTokens(odd);
    assert.deepStrictEqual(read, parseWithGrammar(odd));
    assert.ok(read.errors.length > 0);
  });
});

describe('the chevrotain grammar made before anything else of chevrotain', () => {
  it('reads labels by their categories (its lexer, made first, works the categories out: lexer.ts makes plain types)', () => {
    // in a process of its own: here, other tests have made chevrotain's lexer already. A wrong token matcher never
    // consumes a label and loops for ever, which no mocha timeout stops, so the child has a deadline
    const syntax = path.join(__dirname, '..', '..', 'server', 'src', 'language', 'syntax');
    const script = `
      const { tokenize } = require(${JSON.stringify(path.join(syntax, 'lexer.js'))});
      const { parseWithGrammar } = require(${JSON.stringify(path.join(syntax, 'parser.js'))});
      const { elements, errors } = parseWithGrammar(tokenize('Case Number: CM16-0213037\\nClinical Case Summary:\\n  A summary.\\n').tokens);
      process.stdout.write(JSON.stringify({ kinds: elements.map((e) => e.kind), errors: errors.length }));`;
    const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 30_000 });
    assert.equal(child.signal, null, 'the grammar did not finish');
    assert.equal(child.status, 0, child.stderr);
    assert.deepEqual(JSON.parse(child.stdout), { kinds: ['value', 'prose'], errors: 0 });
  });
});

describe('reading the letter as it is scanned', () => {
  /** The letter read as scanned (parseLetter) is the letter read from its tokens, to every span, range and problem. */
  function same(text: string): void {
    const scanned = parseLetter(text);
    const fromTokens = parseInStretches(text, STRETCH_CHARS);
    assert.equal(JSON.stringify(scanned), JSON.stringify(fromTokens));
    assert.deepStrictEqual(scanned, fromTokens);
    assert.deepStrictEqual(parsedLines(scanned, text), splitLines(text));
  }

  it('gives the letter read from its tokens on every example and corpus letter, whatever the line ends', () => {
    const texts = [...exampleFiles().map((f) => fs.readFileSync(f, 'utf8')), ...corpusLetters().map((l) => l.text)];
    for (const text of texts) {
      same(text);
      same(text.replace(/\n/g, '\r\n'));
      same(text.replace(/\n/g, '\r'));
    }
  });

  it('gives the letter read from its tokens on long, damaged letters (read whole, not in stretches)', () => {
    for (const seed of [31, 32, 33, 34]) {
      const text = longLetter(seed);
      same(text);
      assert.equal(JSON.stringify(parseLetter(text)), JSON.stringify(parseInStretches(text, 300)));
    }
  });

  it('gives the letter read from its tokens on random lines of labels, prose, comments, citations and odd characters', () => {
    const piece = fc.constantFrom(
      'Item: MRI', 'Decision: Upheld', 'decision:', '  Decision rationale:', 'MAXIMUS guideline:', 'Case Number: CM16-0213037',
      'Clinical Case Summary:', 'Decison rationale:', 'Maximus guidline:', 'Date of Injry: 1', 'Claims Administrator:', 'Rationale :',
      'Authorized instead:', 'Foo Bar:', '# note', '  # not a comment', '#', 'Therefore, not medically necessary.', '    more text',
      'MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 300', '  MTUS Chronic Pain 2016, Section(s): Opioids; TENS', 'Non-MTUS ODG', 'Non-MTUS',
      'None cited', 'gibberish', 'Decision: Upheldd', 'Layout: 2015', '\u00e9', '\uFEFF', '\u2028', '\u00a0', '\t', '  ', '    ', ':',
      '\r', '\n', '\r\n', '\n\n', 'x',
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), (text) => { same(text); }), { numRuns: 3000 });
  });
});

