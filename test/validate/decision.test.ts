import assert from 'node:assert/strict';
import { applyFix, check, problemsOf } from '../helpers/check';
import { textAt } from '../helpers/snippets';
import { validWith } from '../helpers/valid-letter';
import { parseLetter, validateLetter } from '../../server/src/language';
import { readConclusion } from '../../server/src/language/validate/conclusion';

describe('decision rules', () => {
  it('IMR501: an Upheld decision with a rationale concluding medically necessary, on the decision, fixed either way', () => {
    const text = validWith('is not medically necessary.', 'is medically necessary.');
    const [p, there] = problemsOf(text).filter((x) => x.code === 'IMR501');
    assert.equal(p.severity, 'error');
    assert.equal(textAt(text, p.range), 'Upheld');
    assert.equal(p.message, 'Change the decision or revise the conclusion: the decision is Upheld (not medically necessary), but the rationale concludes the request is medically necessary (line 21).');
    assert.deepEqual(p.related?.map((r) => textAt(text, r.range)), ['Therefore the request for an MRI of the shoulder is medically necessary.']);
    // the second diagnostic, on the concluding sentence, points back at the decision
    assert.deepEqual([there.severity, textAt(text, there.range), textAt(text, there.related![0].range)], ['information', 'Therefore the request for an MRI of the shoulder is medically necessary.', 'Upheld']);
    assert.deepEqual(p.fixes?.map((f) => f.title), [
      'Change the decision to Overturned (changes the determination)',
      'Reword the conclusion to "not medically necessary" (changes the reviewer\'s wording)',
    ]);
    assert.ok(p.fixes!.every((f) => !f.isPreferred && !f.safe));
    assert.deepEqual(check(applyFix(text, p, 'Change the decision to Overturned (changes the determination)'), 'IMR501'), []);
    const reworded = applyFix(text, p, 'Reword the conclusion to "not medically necessary" (changes the reviewer\'s wording)');
    assert.ok(reworded.includes('shoulder is not medically necessary.'));
    assert.deepEqual(check(reworded, 'IMR501'), []);
  });

  it('IMR501: an Overturned decision with a rationale concluding not medically necessary', () => {
    const text = validWith('Decision: Upheld', 'Decision: Overturned');
    const [p] = problemsOf(text).filter((x) => x.code === 'IMR501');
    assert.ok(applyFix(text, p, 'Reword the conclusion to "medically necessary" (changes the reviewer\'s wording)').includes('the shoulder is medically necessary.'));
  });

  it('IMR501: mixed signals are a warning naming both sentences', () => {
    const text = validWith('Therefore the request for an MRI of the shoulder is not medically necessary.',
      'The request for an MRI is medically necessary. Therefore the request for an MRI of the shoulder is not medically necessary.').replace('Decision: Upheld', 'Decision: Overturned');
    const [p] = problemsOf(text).filter((x) => x.code === 'IMR501');
    assert.equal(p.severity, 'warning');
    assert.match(p.message, /^Check the decision against the rationale: .*line 21 .*line 21/);
    assert.equal(p.related?.length, 2);
  });

  it('IMR501: advice after the conclusion is not the conclusion', () => {
    const advice = validWith('Therefore the request for an MRI of the shoulder is not medically necessary.',
      'Therefore the request for an MRI of the shoulder is medically necessary. Repeat imaging is not indicated for a year.').replace('Decision: Upheld', 'Decision: Overturned');
    assert.deepEqual(check(advice, 'IMR501'), []);
  });

  it('IMR501: reads the clause that holds the conclusion', () => {
    const positive = validWith('Decision: Upheld', 'Decision: Overturned')
      .replace('Therefore the request for an MRI of the shoulder is not medically necessary.', 'Although no red flags are documented, an MRI without contrast is medically necessary.');
    assert.deepEqual(check(positive, 'IMR501'), []);
  });

  it('IMR501: accepts the opioid tapering advice as an Upheld conclusion', () => {
    const text = validWith('Therefore the request for an MRI of the shoulder is not medically necessary.',
      'The treating physician and the patient are advised to consult the MTUS Opioids Treatment Guidelines ("Tapering opioids") regarding the most appropriate method for weaning.');
    assert.deepEqual(check(text, 'IMR501'), []);
    assert.deepEqual(check(text, 'IMR502'), []);
  });

  it('IMR501: a rationale is read once for each parse, the reading kept with its field and out of the tree\'s JSON', () => {
    const text = validWith('is not medically necessary.', 'is medically necessary.');
    const letter = parseLetter(text);
    const before = JSON.stringify(letter);
    const rationale = letter.items[0].rationale!;
    validateLetter(letter, text);
    const reading = readConclusion(rationale);
    assert.equal(reading?.conclusion, 'necessary');
    // the rules asked first: the hover's question finds their reading, not a new one
    assert.equal(readConclusion(rationale), reading);
    assert.equal(JSON.stringify(letter), before);
    assert.ok(!Object.keys(rationale).some((k) => /read|conclusion/i.test(k)));
    // another parse of the same text is read afresh
    assert.notEqual(readConclusion(parseLetter(text).items[0].rationale!), reading);
  });

  it('IMR502: a rationale that never concludes', () => {
    const text = validWith('Therefore the request for an MRI of the shoulder is not medically necessary.', 'Imaging can wait.');
    const [p] = problemsOf(text).filter((x) => x.code === 'IMR502');
    assert.equal(p.severity, 'warning');
    assert.ok(p.fixes!.every((f) => !f.isPreferred && !f.safe && /changes the reviewer's wording/.test(f.title)));
    assert.ok(applyFix(text, p).includes('Imaging can wait. Therefore, the request is not medically necessary.'));
  });

  it('IMR503: a stated case outcome the items do not add up to', () => {
    const text = validWith('Priority: Standard', 'Priority: Standard\nCase Outcome: Overturned');
    assert.deepEqual(check(text, 'IMR503'), [
      '[6:14..6:24] IMR503 error: The case outcome is stated as Overturned, but 1 item(s) are upheld and 0 overturned: that is Upheld.',
    ]);
    assert.deepEqual(check(validWith('Priority: Standard', 'Priority: Standard\nCase Outcome: Upheld'), 'IMR503'), []);
  });

  it('IMR503: a word every plain object answers to is not a case outcome', () => {
    for (const typed of ['constructor', 'toString', '__proto__']) {
      assert.deepEqual(check(validWith('Priority: Standard', `Priority: Standard\nCase Outcome: ${typed}`), 'IMR503').map((s) => s.replace(/^\[[^\]]*\] /, '')),
        [`IMR503 error: '${typed}' is not a case outcome: write 'Upheld', 'Overturned' or 'Partially Overturned'.`], typed);
    }
  });
});

describe('plain language', () => {
  it('IMR601: an abbreviation never spelled out, reported once, as information', () => {
    const text = validWith('None are documented here.', 'The IW had PT. The IW is 48.');
    assert.deepEqual(check(text, 'IMR601').map((s) => s.slice(0, 49)), [
      "[19:67..19:69] IMR601 information: Spell out 'IW'",
      "[19:74..19:76] IMR601 information: Spell out 'PT'",
    ]);
    assert.deepEqual(check(validWith('None are documented here.', 'The injured worker (IW) had physical therapy (PT).'), 'IMR601'), []);
  });

  it('IMR601: an abbreviation explained in any form the letters use is explained', () => {
    for (const explained of [
      'The latest progress report (PR-2) notes pain. The PR-2 asks for therapy.',
      'Her ADL\'s (activities of daily living) are limited. ADLs improved.',
      'Limits in activities of daily living (ADLs) persist. The ADL score fell.',
      'An EMG/NCV (electromyography and nerve conduction study) was normal. The EMG was repeated.',
      'A transcutaneous electrical nerve stimulation (TENS) unit helped. The TENS unit broke.',
    ]) assert.deepEqual(check(validWith('None are documented here.', explained), 'IMR601'), [], explained);
    assert.deepEqual(check(validWith('None are documented here.', 'The PR-2 asks for therapy.'), 'IMR601').map((s) => s.slice(0, 51)), [
      "[19:67..19:71] IMR601 information: Spell out 'PR-2'",
    ]);
  });
});

describe('personal information', () => {
  it('IMR701: a phone number and a named person in prose, as warnings', () => {
    const text = validWith('None are documented here.', 'None are documented here. Dr. Jane Roe can be reached at (916) 555-0142.');
    assert.deepEqual(problemsOf(text).filter((p) => p.code === 'IMR701').map((p) => [p.severity, textAt(text, p.range)]), [
      ['warning', 'Jane Roe'], ['warning', '(916) 555-0142'],
    ]);
  });
});
