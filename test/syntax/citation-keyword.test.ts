/**
 * The Section(s): and Page(s): keywords of a citation line are found by one search of the line; that gives the
 * match the sticky patterns give when tried at each comma, space, tab, S or P in turn, on real citation lines and
 * on random ones full of near-keywords and odd blanks (a no-break space or a vertical tab starts no keyword).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { importLetterText, parseLetter } from '../../server/src/language';
import { citationKeyword, parseCitation, yearStartInTitle } from '../../server/src/language/syntax/citation';
import { corpusLetters } from '../helpers/corpus';

function agree(line: string): void {
  for (const which of ['sections', 'pages'] as const) {
    for (let from = 0; from <= line.length; from++) {
      const byPosition = citationKeyword(line, which, from, 'byPosition');
      assert.deepEqual(citationKeyword(line, which, from), byPosition, `${which} read from ${from} in ${JSON.stringify(line)}`);
      assert.deepEqual(citationKeyword(line, which, from, 'search'), byPosition, `${which} searched from ${from} in ${JSON.stringify(line)}`);
    }
  }
}

describe('citation keywords found by one search', () => {
  it('agree with the search by position on every corpus citation line', () => {
    for (const l of corpusLetters()) {
      const letter = parseLetter(importLetterText(l.text).imr);
      for (const item of letter.items) {
        for (const field of [item.reviewerGuideline, item.claimsAdministratorGuideline]) {
          if (field?.shape === 'citations') for (const c of field.citations) agree(c.text);
        }
      }
    }
  });

  it('agree with the search by position on random lines of near-keywords and odd blanks', () => {
    const piece = fc.constantFrom(
      'MTUS ', 'Sections:', 'Section(s):', 'section :', 'Sections (s):', 'Pages:', 'Page(s):', 'page :', 'pg.', 'pp.', 'p.', 'P.', 'pgs',
      ',', ', ', ' ', '\t', '\u00a0', '\v', '\u2028', 'S', 's', 'P', 'p', 'x', 'Spine', 'Opioids', '12', ';', ':', '.', '(s)', 'TSections:', 'Xpg.',
      'SECTION(S):', 'sEcTiOn', 'Section', 'ection', 'Sectionss:', '(S)', '( s)', '_Section:', '9section:', '\u017fection:', 'Sect', 'ion',
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 24 }).map((a) => a.join('')), (line) => { agree(line); }), { numRuns: 3000 });
  });

  it('a title\'s year, read backwards from its end, is the one the search over the whole title finds', () => {
    const piece = fc.constantFrom(
      '2016', '2009', '1999', '2010', '1990', '2100', '1899', '16', '201', '20', '19', 'Chronic Pain', ' ', '  ', ',', ', ', '\u00a0', '\t', '\u2028',
      '\n', 'x', '.', '7', '(2016)', '\uff12', '_',
    );
    let years = 0;
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((a) => a.join('')), (title) => {
      const start = yearStartInTitle(title);
      assert.equal(start, yearStartInTitle(title, true), JSON.stringify(title));
      if (start >= 0) years++;
    }), { numRuns: 5000 });
    assert.ok(years > 300, `many titles end in a year (${years})`);
  });

  const read = (line: string, plain: boolean): string => JSON.stringify(parseCitation(line, 7, 4, plain));

  it('a citation line reads as with every pattern and search run as written, on every corpus citation line', () => {
    let n = 0;
    for (const l of corpusLetters()) {
      const letter = parseLetter(importLetterText(l.text).imr);
      for (const item of letter.items) {
        for (const field of [item.reviewerGuideline, item.claimsAdministratorGuideline]) {
          if (field?.shape !== 'citations') continue;
          for (const c of field.citations) { assert.equal(read(c.text, false), read(c.text, true)); n++; }
        }
      }
    }
    assert.ok(n > 500);
  });

  it('a citation line reads as with every pattern and search run as written, on random lines of near-forms', () => {
    const piece = fc.constantFrom(
      'MTUS', 'mtus', 'MTUS2', 'MTUS_', 'Mtus ', 'MTU', 'ACOEM', 'acoem ', 'ACOEMx', 'Chapter 12', 'chapter 3 ', 'Chapter x', 'Non-MTUS', 'non-mtus',
      'Non-MTUS Citation:', 'None cited', 'none cited.', 'Outside MTUS', 'outside of the MTUS guidelines.', 'Verbatim:', 'verbatim :',
      'Decision based on', 'decision based onx', ' ', '  ', ',', '2016', '1999', '20', 'Section(s):', 'Sections :', 'Page(s): 12-14', 'pg. 3', 'pp. 4',
      ';', 'Low Back', '\u017f', '\u0130', 'x', '\u00a0', '\t', 'Opioids', '(s)',
    );
    const kinds = new Set<string>();
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }).map((a) => a.join('')), (line) => {
      assert.equal(read(line, false), read(line, true), JSON.stringify(line));
      kinds.add(parseCitation(line, 0).kind);
    }), { numRuns: 5000 });
    assert.deepEqual([...kinds].sort(), ['mtus', 'non-mtus', 'none-cited', 'outside-mtus', 'unknown', 'verbatim']);
  });
});
