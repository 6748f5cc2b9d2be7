/**
 * One slip, one problem, one fix, at the place of the slip: misspelt labels, prose at the wrong depth, decision
 * words, header dates in other forms, sections separated by commas; and fix all, which applies only safe fixes.
 */
import assert from 'node:assert/strict';
import { formatLetter, parseLetter } from '../../server/src/language';
import { fixAll } from '../../server/src/language/service/fix-all';
import { applyFix, problemsOf } from '../helpers/check';
import { letter, problemStrings, textAt } from '../helpers/snippets';
import { VALID, validWith } from '../helpers/valid-letter';

/** The problems `text` has that VALID has not, as `CODE [safe fix titles] / [other fix titles]`. */
function slipProblems(text: string): string[] {
  return problemsOf(text).map((p) => {
    const safe = (p.fixes ?? []).filter((f) => f.safe).map((f) => f.title);
    const other = (p.fixes ?? []).filter((f) => !f.safe).map((f) => `${f.title}${f.isPreferred ? ' (preferred)' : ''}`);
    return `${p.code} line ${p.range.start.line + 1}: safe [${safe.join(' | ')}] other [${other.join(' | ')}]`;
  });
}

describe('slips', () => {
  describe('a misspelt label', () => {
    it('is read as the field it clearly means: one problem, a safe rename fix, nothing reported missing', () => {
      for (const [from, to] of [
        ['  Decision rationale:', '  Decison rationale:'],
        ['  MAXIMUS guideline:', '  Maximus guidline:'],
        ['Date of Injury:', 'Date of Injry:'],
        ['Item:', 'Iten:'],
        ['Clinical Case Summary:', 'Clinical Case Sumary:'],
      ]) {
        const text = validWith(from, to);
        const problems = problemsOf(text);
        assert.deepEqual(problems.map((p) => p.code), ['IMR002'], `${to}: ${problemStrings(problems).join('; ')}`);
        assert.equal(textAt(text, problems[0].range), to.trim());
        assert.equal(applyFix(text, problems[0]), VALID, to);
        assert.equal(problems[0].fixes![0].safe, true);
      }
    });

    it('is corrected to the spelling it is nearest, an alias when the alias is nearer', () => {
      const text = letter('Item: MRI', '  Rationle:', '    Not medically necessary.');
      const [p] = problemsOf(text).filter((x) => x.code === 'IMR002');
      assert.equal(p.message, "'Rationle:' is not a field of an IMR letter. Did you mean 'Rationale:'?");
      assert.equal(p.fixes![0].title, "Rename the label to 'Rationale:'");
      assert.equal(parseLetter(text).items[0].rationale?.paragraphs[0].text, 'Not medically necessary.');
    });

    it('near two fields is not guessed: both are offered, neither in bulk, and neither field is added', () => {
      const text = letter('Employe: Jordan A. Placeholder');
      const [p] = problemsOf(text).filter((x) => x.code === 'IMR002');
      assert.deepEqual(p.fixes!.map((f) => [f.title, f.safe ?? false, f.isPreferred ?? false]), [
        ["Rename the label to 'Employee:'", false, false],
        ["Rename the label to 'Employer:'", false, false],
      ]);
    });
  });

  describe('prose at the wrong depth', () => {
    it('pasted at column 1 under its label is one problem for the run, with the fix that indents it', () => {
      const text = validWith('  The injured worker is a 48 year old male', 'The injured worker is a 48 year old male')
        .replace('Clinical Case Summary:\n', 'Clinical Case Summary:\nDiagnoses: neck strain.\n\n');
      assert.deepEqual(slipProblems(text), ['IMR001 line 13: safe [Indent these 2 lines into the Clinical Case Summary] other []']);
      const summary = parseLetter(text).letterFields.summary;
      assert.deepEqual(summary?.shape === 'prose' && summary.paragraphs.map((p) => p.text.slice(0, 24)), ['Diagnoses: neck strain.', 'The injured worker is a ']);
    });

    it('one rationale line at the label\'s depth is one problem, and the lines already deeper are left alone', () => {
      const text = validWith('    The guidelines support', '  The guidelines support');
      const [p] = problemsOf(text);
      assert.equal(p.message, "Indent this line deeper than 'Decision rationale:' (line 19): it is that block's text, but as typed it belongs to no field.");
      assert.deepEqual([p.range.start.line, p.range.end.line], [19, 20]);
      assert.deepEqual(p.fixes![0].edits.map((e) => e.range.start.line), [19]);
      assert.equal(applyFix(text, p), VALID);
      assert.equal(problemsOf(text).length, 1, 'the rationale keeps its conclusion: no follow-on problem');
    });

    it('is indented by imr fmt, since the lines before the next label can only be the block\'s text', () => {
      const text = letter('Clinical Case Summary:', 'The worker fell.', 'He has neck pain.', 'Item: MRI', '  Decision rationale:', '  Not necessary.');
      assert.equal(formatLetter(text), letter('Clinical Case Summary:', '  The worker fell.', '  He has neck pain.', '', 'Item: MRI', '  Decision rationale:', '    Not necessary.'));
    });

    it('stops at a line starting # at the label\'s depth (a comment typed indented?), which stays a problem of its own', () => {
      const text = letter('Item: MRI', '  Decision rationale:', '  The worker fell.', '  #60 tablets were dispensed.', '    Not necessary.');
      assert.deepEqual(problemsOf(text).filter((p) => p.code === 'IMR001').map((p) => `${p.range.start.line}: ${p.message.slice(0, 40)}`), [
        "2: Indent this line deeper than 'Decision r",
        '3: A comment starts with \'#\' in the first c',
        '4: This line belongs to no field. To contin',
      ]);
      assert.equal(formatLetter(text), text, 'not for the formatter to guess');
      const deeper = letter('Item: MRI', '  Decision rationale:', '  The worker fell.', '    #60 tablets were dispensed.');
      assert.deepEqual(problemsOf(deeper).filter((p) => p.code === 'IMR001').map((p) => p.range.end.line), [3], 'deeper than the label, it is text of the run');
    });
  });

  describe('a decision word', () => {
    it('in another spelling gets a safe fix to the word; in other words, a fix that is neither preferred nor safe', () => {
      const cases: [string, string][] = [
        ['Uphold', "safe [Write 'Upheld'] other []"],
        ['upheld.', "safe [Write 'Upheld'] other []"],
        ['OVERTURN', "safe [Write 'Overturned'] other []"],
        ['Overtuned', "safe [Write 'Overturned'] other []"],
        ['Denied', "safe [] other [Change the determination to 'Upheld' (changes the decision)]"],
        ['Certified', "safe [] other [Change the determination to 'Overturned' (changes the decision)]"],
        ['Partially Overturned', 'safe [] other []'],
        // names every plain object answers to: no decision, and no reading of one
        ['constructor', 'safe [] other []'],
        ['toString', 'safe [] other []'],
        ['__proto__', 'safe [] other []'],
        ['hasOwnProperty', 'safe [] other []'],
      ];
      for (const [typed, expected] of cases) {
        assert.deepEqual(slipProblems(validWith('Decision: Upheld', `Decision: ${typed}`)).map((s) => s.replace(/^IMR006 line 16: /, '')), [expected], typed);
      }
    });
  });

  describe('a header date', () => {
    it('in another form that means one day gets a safe fix; one whose day and month could swap gets both, for the reviewer', () => {
      const cases: [string, string][] = [
        ['13/10/2016', "safe [Write '10/13/2016'] other []"],
        ['2016-10-13', "safe [Write '10/13/2016'] other []"],
        ['20161013', "safe [Write '10/13/2016'] other []"],
        ['October 13th, 2016', "safe [Write '10/13/2016'] other []"],
        ['13.10.2016', "safe [Write '10/13/2016'] other []"],
        ['Oct 13, 2016', "safe [Write '10/13/2016'] other []"],
        ['13 October 2016', "safe [Write '10/13/2016'] other []"],
        ['October 13 2016', "safe [Write '10/13/2016'] other []"],
        ['10/13/16', "safe [Write '10/13/2016'] other []"],
        ['13-10-16', "safe [Write '10/13/2016'] other []"],
        ['10.03.2016', "safe [] other [Write '10/03/2016' (month first: Monday, October 3, 2016) | Write '03/10/2016' (day first: Thursday, March 10, 2016)]"],
        ['Octember 13, 2016', 'safe [] other []'],
      ];
      for (const [typed, expected] of cases) {
        const text = validWith('Date of Injury: 10/13/2016', `Date of Injury: ${typed}`);
        assert.deepEqual(slipProblems(text).map((s) => s.replace(/^IMR202 line 3: /, '')), [expected], typed);
      }
    });
  });

  describe('sections separated by commas', () => {
    it('get a safe fix to ";" when the catalogue splits them one way only, and a choice when it splits them two ways', () => {
      const unique = validWith('Section(s): Special Studies', 'Section(s): Special Studies, Surgical Considerations');
      const [p] = problemsOf(unique).filter((x) => x.code === 'IMR404');
      assert.deepEqual([p.severity, p.fixes!.map((f) => [f.title, f.safe])], ['information', [["Separate the sections with ';'", true]]]);
      assert.equal(fixAll(unique).text, validWith('Section(s): Special Studies', 'Section(s): Special Studies; Surgical Considerations'));

      const twoWays = validWith('MAXIMUS guideline: MTUS Shoulder Complaints 2004, Section(s): Special Studies',
        'MAXIMUS guideline: MTUS Chronic Pain Medical Treatment 2016, Section(s): NSAIDs, GI symptoms & cardiovascular risk, Proton Pump Inhibitors (PPIs)');
      const [q] = problemsOf(twoWays).filter((x) => x.code === 'IMR404');
      assert.equal(q.fixes!.length, 2);
      assert.ok(q.fixes!.every((f) => !f.safe && !f.isPreferred));
      assert.equal(fixAll(twoWays).text, twoWays);
    });
  });

  describe('fix all', () => {
    it('applies every safe fix, round after round, and leaves the rest', () => {
      const text = VALID
        .replace('Date of Injury: 10/13/2016', 'Date of Injury: 2016-10-13')
        .replace('  Decision rationale:', '  Decison rationale:')
        .replace('    Therefore the request', 'Therefore the request')
        .replace('Decision: Upheld', 'Decision: Denied')
        .replace('Date Assigned: 11/09/2016', 'Date Assigned: 11-9-16');
      const result = fixAll(text);
      assert.equal(result.text, VALID.replace('Decision: Upheld', 'Decision: Denied').replace('Date Assigned: 11/09/2016', 'Date Assigned: 11-9-16'));
      assert.deepEqual(result.applied.map((a) => a.code).sort(), ['IMR001', 'IMR002', 'IMR202']);
      assert.ok(result.rounds >= 1 && result.rounds <= 10);
      assert.deepEqual(fixAll(result.text).applied, [], 'a fixpoint: nothing safe is left');
    });
  });
});
