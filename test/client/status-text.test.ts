/** What the language status item says. */
import assert from 'node:assert/strict';
import { describeStatus } from '../../client/src/status-text';

const status = (p: Partial<Parameters<typeof describeStatus>[0] & object>) => ({ uri: 'file:///a.imr', items: 0, errors: 0, warnings: 0, ...p });

describe('letter status', () => {
  it('is busy until the first check', () => {
    assert.deepEqual(describeStatus(undefined), { text: 'IMR letter', detail: 'Checking…', severity: 'information', busy: true });
  });

  it('gives the outcome and the items, and no problems as information', () => {
    assert.deepEqual(describeStatus(status({ outcome: 'Partially Overturned', items: 5 })),
      { text: 'Partially Overturned · 5 items', detail: 'No problems', severity: 'information', busy: false });
  });

  it('is a warning with warnings and an error with errors', () => {
    const warn = describeStatus(status({ outcome: 'Upheld', items: 1, warnings: 2 }));
    assert.deepEqual([warn.text, warn.detail, warn.severity], ['Upheld · 1 item', '2 warnings', 'warning']);
    const error = describeStatus(status({ items: 2, errors: 1, warnings: 1 }));
    assert.deepEqual([error.text, error.detail, error.severity], ['No outcome yet · 2 items', '1 error, 1 warning', 'error']);
  });

  it('says when the letter has no items yet', () => {
    assert.equal(describeStatus(status({})).text, 'No items yet');
  });
});
