import assert from 'node:assert/strict';
import { check } from '../helpers/check';
import { validWith } from '../helpers/valid-letter';

describe('reviewer rules', () => {
  it('IMR301: a licensure state that is not a US state, with the nearest one suggested', () => {
    assert.deepEqual(check(validWith('California,North Carolina', 'Californa,North Carolina'), 'IMR301'), [
      "[8:23..8:32] IMR301 error: 'Californa' is not a US state. Did you mean 'California'?",
    ]);
  });

  it('IMR301: two-letter codes and states outside California are fine', () => {
    assert.deepEqual(check(validWith('California,North Carolina', 'PA, TX'), 'IMR301'), []);
  });

  it('IMR302: an unknown specialty is a warning with a suggestion', () => {
    assert.deepEqual(check(validWith('Family Practice', 'Family Practise'), 'IMR302'), [
      "[9:28..9:43] IMR302 warning: 'Family Practise' is not a board specialty we know. Did you mean 'Family Practice'?",
    ]);
  });

  it('IMR303: the reviewer is named', () => {
    const text = validWith('None are documented here.', 'None are documented here, as reviewed by Dr. Alan Smith.');
    assert.deepEqual(check(text, 'IMR303').map((s) => s.slice(0, 30)), ['[19:92..19:118] IMR303 error: ']);
  });
});
