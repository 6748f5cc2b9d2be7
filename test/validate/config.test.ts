import assert from 'node:assert/strict';
import { readConfig } from '../../server/src/language';
import { problemsOf } from '../helpers/check';
import { validWith } from '../helpers/valid-letter';

describe('rule configuration', () => {
  // 46 days after assignment: the deadline's warning (31-40 days would be one step below the configured severity)
  const late = validWith('Decision Date: 12/09/2016', 'Decision Date: 12/25/2016');

  it('switches a rule off by code or by name, and changes a severity', () => {
    assert.equal(problemsOf(late, readConfig('{"rules":{"IMR205":"off"}}').config).length, 0);
    assert.equal(problemsOf(late, readConfig('{"rules":{"decision-deadline":"off"}}').config).length, 0);
    assert.deepEqual(problemsOf(late, readConfig('{"rules":{"IMR205":"error"}}').config).map((p) => p.severity), ['error']);
  });

  it('reports what it cannot use, naming the key', () => {
    assert.deepEqual(readConfig('{"rules":{"IMR999":"off","IMR205":"loud"},"x":1}').problems, [
      "unknown key 'x' (expected 'rules')",
      "rules: unknown rule 'IMR999'",
      "rules.IMR205: 'loud' is not one of off, error, warning, information, hint",
    ]);
    assert.match(readConfig('{').problems[0], /^not valid JSON/);
  });
});
