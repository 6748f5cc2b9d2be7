/**
 * The decision check (IMR501) on conclusions as reviewers write them: every entry of the phrase bank (written
 * here, plus every real conclusion in ../shared/imr-corpus/items.tsv, read at test time) is put in a letter
 * twice: with the decision it belongs to, where IMR501 must never give an error, and with the other decision,
 * where IMR501 must flag it (as an error or, for a hedged reading, a warning). Prints precision and recall.
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { splitSentences } from '../../server/src/language/validate/sentences';
import { problemsOf } from '../helpers/check';
import { corpusTable, itWithoutCorpus } from '../helpers/corpus';
import { textAt } from '../helpers/snippets';
import { validWith } from '../helpers/valid-letter';
import { WRITTEN, type BankEntry } from './bank/conclusions';

const CLOSING = 'Therefore the request for an MRI of the shoulder is not medically necessary.';

function letterWith(entry: BankEntry, decision: 'Upheld' | 'Overturned'): string {
  return validWith(CLOSING, entry.text.replace(/\s+/g, ' ')).replace('Decision: Upheld', `Decision: ${decision}`);
}

function corpusConclusions(): BankEntry[] {
  const seen = new Set<string>();
  const out: BankEntry[] = [];
  for (const cells of corpusTable('items.tsv')) {
    const text = cells.rationale_last_sentence?.trim();
    const decision = cells.decision;
    if (!text || (decision !== 'Upheld' && decision !== 'Overturned') || seen.has(text)) continue;
    seen.add(text);
    out.push({ decision, text });
  }
  return out;
}

describe('IMR501 on the phrase bank of conclusions', function () {
  const corpus = corpusConclusions();
  const bank = [...WRITTEN, ...corpus];
  itWithoutCorpus();

  it(`holds at least 150 conclusions of both decisions (${WRITTEN.length} written, ${corpus.length} from the corpus)`, () => {
    assert.ok(WRITTEN.length >= 150);
    assert.ok(WRITTEN.some((e) => e.decision === 'Upheld') && WRITTEN.some((e) => e.decision === 'Overturned'));
  });

  it('gives no false error, and flags at least 98% of contradictions; prints precision and recall', () => {
    const falseErrors: string[] = [];
    const falseWarnings: string[] = [];
    const missed: string[] = [];
    let flagged = 0;
    let flaggedAsError = 0;
    for (const entry of bank) {
      const agreeing = problemsOf(letterWith(entry, entry.decision)).filter((p) => p.code === 'IMR501' && p.severity !== 'information');
      if (agreeing.some((p) => p.severity === 'error')) falseErrors.push(`${entry.decision}: ${entry.text}`);
      else if (agreeing.length) falseWarnings.push(`${entry.decision}: ${entry.text}`);
      const other = entry.decision === 'Upheld' ? 'Overturned' : 'Upheld';
      const contradicting = problemsOf(letterWith(entry, other)).filter((p) => p.code === 'IMR501' && p.severity !== 'information');
      if (contradicting.length) {
        flagged++;
        if (contradicting.some((p) => p.severity === 'error')) flaggedAsError++;
      } else missed.push(`${other}: ${entry.text}`);
    }
    const wrongFlags = falseErrors.length + falseWarnings.length;
    const precision = flagged / (flagged + wrongFlags);
    const recall = flagged / bank.length;
    console.log(`      phrase bank: ${bank.length} conclusions (${WRITTEN.length} written, ${corpus.length} from the corpus)`);
    console.log(`      agreeing decision: ${falseErrors.length} false errors, ${falseWarnings.length} false warnings`);
    console.log(`      contradicting decision: ${flagged} of ${bank.length} flagged (${(recall * 100).toFixed(1)}%), ${flaggedAsError} as errors`);
    console.log(`      precision ${(precision * 100).toFixed(1)}%, recall ${(recall * 100).toFixed(1)}%`);
    for (const w of falseWarnings) console.log(`        false warning: ${w}`);
    for (const m of missed) console.log(`        missed: ${m}`);
    assert.deepEqual(falseErrors, []);
    assert.ok(recall >= 0.98, `only ${(recall * 100).toFixed(1)}% of contradictions flagged`);
  });
});

describe('sentences of a rationale', () => {
  it('split after a full stop, but not after an abbreviation or an initial', () => {
    const text = 'Dr. Smith saw the patient, e.g. on 10/12/2016 vs. 11/01/2016. The request is not medically necessary. See p. 300 of ACOEM, approx. 2 pages. J. Doe agreed.';
    assert.deepEqual(splitSentences(text).map((s) => s.text), [
      'Dr. Smith saw the patient, e.g. on 10/12/2016 vs. 11/01/2016.',
      'The request is not medically necessary.',
      'See p. 300 of ACOEM, approx. 2 pages.',
      'J. Doe agreed.',
    ]);
  });

  it('keeps a closing quote with its sentence', () => {
    assert.deepEqual(splitSentences('ODG says "not recommended." The request is denied.').map((s) => s.text), ['ODG says "not recommended."', 'The request is denied.']);
  });
});

describe('where the deciding sentence stands', () => {
  const RATIONALE_START = 'The guidelines support imaging when red flags are present. None are documented here.';
  const related = (text: string) => problemsOf(text).filter((p) => p.code === 'IMR501' && p.related && p.severity !== 'information').map((p) => [p.severity, textAt(text, p.related![0].range)]);

  it('finds a conclusion the rationale opens with', () => {
    const text = validWith(RATIONALE_START, 'No, the request for an MRI of the shoulder was not medically necessary. The guidelines support imaging when red flags are present. None are documented.')
      .replace('Therefore the request for an MRI of the shoulder is not medically necessary.', 'The shoulder is stable.')
      .replace('Decision: Upheld', 'Decision: Overturned');
    assert.deepEqual(related(text), [['error', 'No, the request for an MRI of the shoulder was not medically necessary.']]);
  });

  it('reads past tapering advice at the end to the conclusion before it', () => {
    const text = validWith('Therefore the request for an MRI of the shoulder is not medically necessary.',
      'Therefore the request for an MRI of the shoulder is not medically necessary. The treating physician is advised to consult the MTUS Opioids Treatment Guidelines regarding tapering.')
      .replace('Decision: Upheld', 'Decision: Overturned');
    assert.deepEqual(related(text), [['error', 'Therefore the request for an MRI of the shoulder is not medically necessary.']]);
  });

  it('does not take what utilization review decided for the conclusion', () => {
    const text = validWith('Therefore the request for an MRI of the shoulder is not medically necessary.',
      'Utilization review determined the request was not medically necessary. Red flags are documented; the request is medically necessary.')
      .replace('Decision: Upheld', 'Decision: Overturned');
    assert.deepEqual(related(text), []);
  });
});
