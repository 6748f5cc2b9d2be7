/**
 * Properties: any SSN, phone number, e-mail address or labelled record number, in any of the forms the letters'
 * sources write them, at any position in prose or in an item's text, is gone from the public copy.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { renderText } from '../../server/src/language';
import { publicCopy, redactionRules, redactText } from '../../server/src/language/redact';
import { documentOf } from '../render/support';

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const sep = fc.constantFrom('-', '\u2013', '\u2014', ' ', '.', '');

const ssn = fc.tuple(digits(3), sep, digits(2), digits(4), fc.constantFrom('', 'SSN ', 'SSN: ', 'social security number ', 'SS# '))
  .map(([a, s, b, c, label]) => `${label}${a}${s}${b}${s}${c}`);
const phone = fc.tuple(fc.integer({ min: 200, max: 999 }), digits(3), digits(4), fc.integer({ min: 0, max: 7 }), fc.option(digits(3), { nil: undefined }))
  .map(([area, ex, line, form, ext]) => {
    const forms = [`(${area}) ${ex}-${line}`, `${area}-${ex}-${line}`, `${area}.${ex}.${line}`, `${area} ${ex} ${line}`,
      `+1 ${area} ${ex} ${line}`, `1-${area}-${ex}-${line}`, `(${area})${ex}${line}`, `${area}${ex}${line}`];
    return forms[form] + (ext ? ` ext. ${ext}` : '');
  });
const email = fc.tuple(fc.stringMatching(/^[a-z][a-z0-9._]{1,12}[a-z0-9]$/), fc.stringMatching(/^[a-z]{2,10}$/), fc.constantFrom('com', 'org', 'net', 'us'))
  .map(([user, host, tld]) => `${user}@${host}.${tld}`);
const record = fc.tuple(
  fc.constantFrom('MRN', 'MRN:', 'Medical record number', 'Account #', 'Acct. No.', 'Member ID:', 'Policy number', 'Policy #', 'Claim number', 'Claim #'),
  fc.stringMatching(/^[A-Z]{0,3}$/), digits(7),
).map(([label, prefix, n]) => `${label} ${prefix}${n}`);

/** Words of real rationales around the personal data. */
const WORDS = ['The', 'injured', 'worker', 'reported', 'pain', 'rated', '6/10', 'on', '11-3-16;', 'per', 'MTUS', 'guidelines,', 'the', 'request', 'is', 'not', 'medically', 'necessary.', 'Norco', '10/325mg', '#60'];
const prose = fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((w) => w.join(' '));

const rules = redactionRules(documentOf(''));
/** The personal part of a finding: its digits (or the e-mail), which must not survive. */
const secretOf = (pii: string) => (pii.includes('@') ? pii : pii.replace(/^\D+/, '').replace(/\D/g, ''));
const leaks = (out: string, pii: string) => out.replace(/\D/g, '').includes(secretOf(pii)) && !pii.includes('@') || (pii.includes('@') && out.includes(pii));

describe('Properties of the public copy', function () {
  this.timeout(120000);
  for (const [name, arb] of [['SSN', ssn], ['phone number', phone], ['e-mail address', email], ['record number', record]] as const) {
    it(`any ${name}, anywhere in prose, is redacted`, () => {
      fc.assert(fc.property(prose, arb, prose, (before, pii, after) => {
        const text = `${before} ${pii} ${after}`.trim();
        const out = redactText(text, rules);
        // the words around it stay digits and all, so compare the digits the surroundings had
        const context = (before + after).replace(/\D/g, '');
        assert.ok(!leaks(out.replace(/\d+/g, (d) => (context.includes(d) ? '' : d)), pii), `${text} -> ${out}`);
      }), { numRuns: 300 });
    });

    it(`any ${name} in an item's text is redacted`, () => {
      fc.assert(fc.property(arb, (pii) => {
        const doc = documentOf(`Item: Physical therapy 12 sessions, see ${pii} for the records\n  Decision: Upheld\n`);
        const out = renderText(publicCopy(doc));
        assert.ok(!out.includes(pii) && !out.replace(/\s/g, '').includes(secretOf(pii)), out);
      }), { numRuns: 100 });
    });
  }
});
