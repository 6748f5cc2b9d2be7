/** Hovers speak to the reviewer: no developer wording, and the decision shows what the rationale concludes. */
import assert from 'node:assert/strict';
import { guidelines } from '../../server/src/language/catalogue/lookup';
import { LetterSnapshot, hoverAt } from '../../server/src/language/service';
import { guidelineMarkdown, readerSource } from '../../server/src/language/service/guideline-docs';
import { withCursor } from '../helpers/snippets';
import { VALID } from '../helpers/valid-letter';

const DEVELOPER_WORDING = /\bunverified\b|\.json\b|\.md\b|§|\bcorpus counts\b|\bguidelines\.json\b/i;

function hover(text: string): string {
  const { text: source, position } = withCursor(text);
  return (hoverAt(new LetterSnapshot(source), position)?.contents as { value: string } | undefined)?.value ?? '';
}

describe('hover wording', () => {
  it('explains every guideline of the catalogue without developer wording', () => {
    const offending = guidelines.map((g) => guidelineMarkdown(g)).filter((md) => DEVELOPER_WORDING.test(md));
    assert.deepEqual(offending, []);
  });

  it('says in words that a fact is not verified against the regulation', () => {
    const h = hover(VALID.replace('MTUS Shoulder Complaints 2004, Section(s): Special Studies', 'MTUS Chronic Pain Medical Tr|eatment 2009'));
    assert.doesNotMatch(h, DEVELOPER_WORDING);
  });

  it('leaves the project\'s own notes out of a source, keeping the public ones', () => {
    assert.equal(readerSource('guidelines.md §0 timeline; dir.ca.gov DWC MTUS rulemaking page (Dec 1 2017 list)'), 'dir.ca.gov DWC MTUS rulemaking page (Dec 1 2017 list)');
    assert.equal(readerSource('194 public IMR letters, Dec 2016-Feb 2017 (guidelines.json corpus counts)'), '194 public IMR letters, Dec 2016-Feb 2017');
  });

  it('shows on the decision what the rationale concludes', () => {
    assert.match(hover(VALID.replace('Decision: Upheld', 'Decision: Uph|eld')), /The rationale concludes: \*\*not medically necessary\*\* \(line 21\)/);
    const contradicting = VALID.replace('Decision: Upheld', 'Decision: Overt|urned');
    assert.match(hover(contradicting), /\*\*Overturned\*\*: .*\n\nThe rationale concludes: \*\*not medically necessary\*\*/);
  });
});
