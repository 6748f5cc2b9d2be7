/**
 * Fault injection: each kind of mistake the rules exist for is injected into every real letter, and the
 * validator must report the expected code on the expected line. The untouched letters must give no error;
 * their warnings, listed by rule, are the places where the real letter really deviates.
 */
import assert from 'node:assert/strict';
import { importLetterText, parseLetter, validateLetter } from '../../server/src/language';
import { corpusLetters, needCorpus } from '../helpers/corpus';
import { INJECTIONS } from './injections';

describe('fault injection into real letters', function () {
  const letters = corpusLetters().map((l) => ({ name: l.name, imr: importLetterText(l.text).imr }));

  it('gives no error on any untouched letter, and lists its warnings by rule', function () {
    needCorpus(this);
    const byRule = new Map<string, string[]>();
    const errors: string[] = [];
    for (const { name, imr } of letters) {
      for (const p of validateLetter(parseLetter(imr), imr)) {
        if (p.severity === 'error') errors.push(`${name}:${p.range.start.line + 1} ${p.code} ${p.message}`);
        if (p.severity === 'warning') byRule.set(p.code, [...(byRule.get(p.code) ?? []), name]);
      }
    }
    for (const [code, names] of [...byRule].sort()) console.log(`      ${code}: ${names.length} warning(s), in ${[...new Set(names)].join(', ')}`);
    assert.deepEqual(errors, []);
  });

  for (const injection of INJECTIONS) {
    it(`finds ${injection.code} (${injection.name}) in every letter, on the right line`, function () {
      needCorpus(this);
      const missed: string[] = [];
      let tried = 0;
      for (const { name, imr } of letters) {
        const injected = injection.inject(imr, parseLetter(imr));
        if (!injected) continue;
        tried++;
        const found = validateLetter(parseLetter(injected.text), injected.text).filter((p) => p.code === injection.code);
        if (!found.some((p) => p.range.start.line <= injected.line && injected.line <= p.range.end.line)) {
          missed.push(`${name}: expected on line ${injected.line + 1}, got ${found.map((p) => p.range.start.line + 1).join(', ') || 'nothing'}`);
        }
      }
      assert.ok(tried >= letters.length * 0.9, `only ${tried} of ${letters.length} letters could take this injection`);
      assert.deepEqual(missed, [], `detected in ${tried - missed.length} of ${tried}`);
    });
  }
});
