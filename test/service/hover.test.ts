import assert from 'node:assert/strict';
import { LetterSnapshot, hoverAt } from '../../server/src/language/service';
import { letter, textAt, withCursor } from '../helpers/snippets';
import { VALID } from '../helpers/valid-letter';

function hover(text: string): { value: string; covers: string } | undefined {
  const { text: source, position } = withCursor(text);
  const h = hoverAt(new LetterSnapshot(source), position);
  if (!h) return undefined;
  return { value: (h.contents as { value: string }).value, covers: h.range ? textAt(source, h.range) : '' };
}

describe('hover', () => {
  it('explains a guideline, its regulation and whether it was in force on the letter\'s dates', () => {
    const h = hover(VALID.replace('MTUS Shoulder Complaints 2004, Section', 'MTUS Shoulder Comp|laints 2004, Section'));
    assert.ok(h);
    assert.match(h.value, /\*\*Shoulder Complaints 2004\*\* \(ACOEM Practice Guidelines 2nd ed\., Chapter 9\)/);
    assert.match(h.value, /8 CCR 9792\.23\.2/);
    assert.match(h.value, /In force on 2016-11-03/);
  });

  it('says when a guideline was not in force', () => {
    const h = hover(VALID.replace('MTUS Shoulder Complaints 2004, Section(s): Special Studies', 'MTUS Chronic Pain Medical Tr|eatment 2009'));
    assert.match(h!.value, /\*\*Not in force on 2016-11-03\*\*/);
  });

  it('explains a section', () => {
    const h = hover(VALID.replace('Special Studies', 'Special St|udies'));
    assert.equal(h?.covers, 'Special Studies');
    assert.match(h!.value, /a section of Shoulder Complaints 2004/);
  });

  it('places a cited page inside or outside the chapter', () => {
    const h = hover(letter('Item: x', '  MAXIMUS guideline: MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 30|0'));
    assert.match(h!.value, /^Page 300, inside Low Back Complaints \(pages 286-326\)/);
  });

  it('explains a decision word', () => {
    assert.match(hover(VALID.replace('Decision: Upheld', 'Decision: Uph|eld'))!.value, /not medically necessary/);
  });

  it('spells out a date and counts the days to the other dates', () => {
    const h = hover(VALID.replace('Decision Date: 12/09/2016', 'Decision Date: 12/0|9/2016'));
    assert.match(h!.value, /Friday, December 9, 2016/);
    assert.match(h!.value, /30 days after Date Assigned/);
  });

  it('names the state for a licensure entry', () => {
    assert.equal(hover(VALID.replace('North Carolina', 'North Caro|lina'))?.value, '**North Carolina** (NC), a US state.');
  });

  it('explains a label and the canonical spelling of an alias', () => {
    const h = hover(letter('Item: x', '  Ratio|nale: Not medically necessary.'));
    assert.match(h!.value, /^\*\*Decision rationale\*\*/);
    assert.match(h!.value, /which the formatter writes `Decision rationale:`/);
  });

  it('shows what a statement renders to', () => {
    assert.match(hover(letter('Item: x', '  Claims Administrator guideline: None ci|ted'))!.value, /The Claims Administrator did not cite any medical evidence for its decision\./);
  });

  it('has nothing to say inside prose', () => {
    assert.equal(hover(letter('Clinical Case Summary:', '  The inj|ured worker.')), undefined);
  });
});
