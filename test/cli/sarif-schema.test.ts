/** The SARIF check itself: the official schema accepts a minimal log and names what is wrong in broken ones. */
import assert from 'node:assert/strict';
import { sarifErrors } from './sarif-schema';

const minimal = () => ({
  version: '2.1.0',
  $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
  runs: [{
    tool: { driver: { name: 'imr', rules: [{ id: 'IMR006', helpUri: 'https://example.org/rules#imr006' }] } },
    results: [{
      ruleId: 'IMR006', level: 'error', message: { text: 'unknown decision' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'letters/a.imr' }, region: { startLine: 3, startColumn: 13 } } }],
    }],
  }],
});

describe('SARIF 2.1.0 schema check (ajv)', () => {
  it('accepts a minimal valid log', () => assert.deepEqual(sarifErrors(minimal()), []));

  it('rejects another version, an unknown level, a line 0, a relative helpUri and an unknown property', () => {
    const cases: [string, (log: ReturnType<typeof minimal>) => void, RegExp][] = [
      ['version', (l) => { (l as { version: string }).version = '2.0.0'; }, /\/version/],
      ['level', (l) => { (l.runs[0].results[0] as { level: string }).level = 'fatal'; }, /\/runs\/0\/results\/0\/level/],
      ['startLine', (l) => { l.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0; }, /startLine/],
      ['helpUri', (l) => { l.runs[0].tool.driver.rules[0].helpUri = 'not a uri'; }, /helpUri/],
      ['extra', (l) => { (l.runs[0] as Record<string, unknown>).notSarif = true; }, /additionalProperty.*notSarif/],
    ];
    for (const [what, breakIt, expected] of cases) {
      const log = minimal();
      breakIt(log);
      const errors = sarifErrors(log);
      assert.ok(errors.some((e) => expected.test(e)), `${what}: ${errors.join('; ') || 'accepted'}`);
    }
  });
});
