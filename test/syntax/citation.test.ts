import assert from 'node:assert/strict';
import { parseLetter, type Citation } from '../../server/src/language';
import { letter, textAt } from '../helpers/snippets';

function citationsOf(text: string): Citation[] {
  const parsed = parseLetter(text);
  assert.deepEqual(parsed.problems, []);
  return parsed.items[0].reviewerGuideline?.citations ?? [];
}

describe('reading citations', () => {
  it('reads a 2016-17 MTUS citation into title, year and sections, each with its range', () => {
    const text = letter(
      'Item: TENS unit',
      '  MAXIMUS guideline: MTUS Chronic Pain Medical Treatment 2016, Section(s): TENS, chronic pain (transcutaneous electrical nerve stimulation); Physical medicine treatment',
    );
    const [c] = citationsOf(text);
    assert.ok(c.kind === 'mtus');
    assert.equal(c.title?.text, 'Chronic Pain Medical Treatment');
    assert.equal(textAt(text, c.title!.range), 'Chronic Pain Medical Treatment');
    assert.equal(c.year?.value, 2016);
    assert.equal(textAt(text, c.year!.range), '2016');
    assert.equal(c.sections?.keyword.text, 'Section(s):');
    assert.deepEqual(c.sections?.topics.map((t) => textAt(text, t.range)), [
      'TENS, chronic pain (transcutaneous electrical nerve stimulation)', 'Physical medicine treatment',
    ]);
  });

  it('reads the 2014 style with ACOEM chapter and pages', () => {
    const text = letter('Item: SI joint injections', '  MAXIMUS guideline: MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 300, 308-310');
    const [c] = citationsOf(text);
    assert.ok(c.kind === 'mtus');
    assert.ok(c.acoem);
    assert.equal(c.chapter?.value, 12);
    assert.equal(textAt(text, c.chapter!.range), '12');
    assert.equal(c.title?.text, 'Low Back Complaints');
    assert.equal(c.year, undefined);
    assert.equal(c.pages?.text.text, '300, 308-310');
    assert.deepEqual(c.pages?.refs.map((r) => [r.from, r.to, textAt(text, r.range)]), [[300, 300, '300'], [308, 310, '308-310']]);
  });

  it('reads a current-MTUS citation by guideline title and year', () => {
    const [c] = citationsOf(letter('Item: ESI', '  MAXIMUS guideline: MTUS Low Back Disorders 2020, Section(s): Epidural Steroid Injections'));
    assert.ok(c.kind === 'mtus');
    assert.deepEqual([c.title?.text, c.year?.value, c.sections?.topics.map((t) => t.text)], ['Low Back Disorders', 2020, ['Epidural Steroid Injections']]);
  });

  it('reads a citation without sections', () => {
    const [c] = citationsOf(letter('Item: Acupuncture', '  MAXIMUS guideline: MTUS Acupuncture Treatment 2007'));
    assert.ok(c.kind === 'mtus');
    assert.deepEqual([c.title?.text, c.year?.value, c.sections], ['Acupuncture Treatment', 2007, undefined]);
  });

  it('reads Non-MTUS sources, statements and verbatim lines, one a line', () => {
    const citations = citationsOf(letter(
      'Item: Hip x-ray',
      '  MAXIMUS guideline:',
      '    Outside MTUS',
      '    Non-MTUS Official Disability Guidelines (ODG) Hip & Pelvis (Acute & Chronic), X-Ray',
      '    Decision based on Non- MTUS Citation ODG Low Back.',
      '    Verbatim: The Expert Reviewer relied on the record.',
    ));
    assert.deepEqual(citations.map((c) => c.kind), ['outside-mtus', 'non-mtus', 'verbatim', 'verbatim']);
    const nonMtus = citations[1];
    assert.ok(nonMtus.kind === 'non-mtus');
    assert.equal(nonMtus.source?.text, 'Official Disability Guidelines (ODG) Hip & Pelvis (Acute & Chronic), X-Ray');
    assert.equal(citations[3].text, 'The Expert Reviewer relied on the record.');
  });

  it('reports a line that is no citation', () => {
    const parsed = parseLetter(letter('Item: A', '  MAXIMUS guideline: ODG Low Back'));
    assert.deepEqual(parsed.problems.map((p) => [p.code, p.range.start.character, p.range.end.character]), [['IMR003', 21, 33]]);
  });
});
