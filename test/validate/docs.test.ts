/** docs/rules.md documents every code the tools can report, and the configuration schema knows every rule. */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../../server/src/language';
import { repoRoot } from '../helpers/corpus';

describe('rule documentation', () => {
  const doc = fs.readFileSync(path.join(repoRoot(), 'docs', 'rules.md'), 'utf8');

  it('has a section for every rule, with its name and default severity', () => {
    const missing = RULES.filter((r) => !new RegExp(`#+ .*${r.code}`).test(doc) || !doc.includes(r.name)).map((r) => r.code);
    assert.deepEqual(missing, []);
  });

  it('documents the syntax codes', () => {
    for (const code of ['IMR000', 'IMR001', 'IMR002', 'IMR003', 'IMR004', 'IMR005', 'IMR006', 'IMR007']) assert.match(doc, new RegExp(`#+ .*${code}`), code);
  });

  it('lets .imrrc.json name every rule, by code and by name', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'schemas', 'imrrc.schema.json'), 'utf8')) as { properties: { rules: { properties?: Record<string, unknown>; propertyNames?: { enum?: string[] } } } };
    const known = new Set([...Object.keys(schema.properties.rules.properties ?? {}), ...(schema.properties.rules.propertyNames?.enum ?? [])]);
    assert.deepEqual(RULES.flatMap((r) => [r.code, r.name]).filter((k) => !known.has(k)), []);
  });
});
