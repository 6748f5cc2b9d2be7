/** The outline stays readable and bounded: beyond OUTLINE_DETAIL_ITEMS items, it lists the items only. */
import assert from 'node:assert/strict';
import { emptyConfig } from '../../server/src/language';
import { documentSymbols, LetterSnapshot } from '../../server/src/language/service';
import { OUTLINE_DETAIL_ITEMS } from '../../server/src/language/service/symbols';
import { generatedLetter } from '../bench/generate';

const itemsOf = (items: number) => documentSymbols(new LetterSnapshot(generatedLetter(items), emptyConfig())).filter((s) => s.name.startsWith('Physical therapy'));

describe('the outline of a very long letter', function () {
  this.timeout(120000);

  it(`shows each item's fields up to ${OUTLINE_DETAIL_ITEMS} items`, () => {
    const items = itemsOf(OUTLINE_DETAIL_ITEMS);
    assert.equal(items.length, OUTLINE_DETAIL_ITEMS);
    assert.deepEqual(items[0].children?.map((c) => c.name), ['Decision', 'Claims Administrator guideline', 'MAXIMUS guideline', 'Decision rationale']);
  });

  it('lists every item, without fields, beyond that', () => {
    const items = itemsOf(OUTLINE_DETAIL_ITEMS + 1);
    assert.equal(items.length, OUTLINE_DETAIL_ITEMS + 1);
    assert.ok(items.every((s) => s.children === undefined && (s.detail === 'Upheld' || s.detail === 'Overturned')));
  });
});
