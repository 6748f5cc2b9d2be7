import assert from 'node:assert/strict';
import { applyFix, check, problemsOf } from '../helpers/check';
import { validWith } from '../helpers/valid-letter';

const MAXIMUS = '  MAXIMUS guideline: MTUS Shoulder Complaints 2004, Section(s): Special Studies';
const withReviewerGuideline = (...lines: string[]) => validWith(MAXIMUS, lines.join('\n'));

describe('citation rules', () => {
  it('IMR401: an unknown guideline, with did-you-mean', () => {
    assert.deepEqual(check(withReviewerGuideline('  MAXIMUS guideline: MTUS Shoulder Complaint 2004'), 'IMR401'), [
      "[17:26..17:44] IMR401 error: 'Shoulder Complaint' is not an MTUS guideline. Did you mean 'Shoulder Complaints'?",
    ]);
  });

  it('IMR401: a Non-MTUS source cited as MTUS, fixed by citing it as Non-MTUS', () => {
    const text = withReviewerGuideline('  MAXIMUS guideline: MTUS Official Disability Guidelines (ODG) Shoulder');
    const [p] = problemsOf(text).filter((x) => x.code === 'IMR401');
    assert.match(p.message, /is not part of the MTUS/);
    assert.ok(applyFix(text, p).includes('MAXIMUS guideline: Non-MTUS Official Disability Guidelines (ODG) Shoulder'));
  });

  it('IMR402: a year the guideline has no version of', () => {
    assert.deepEqual(check(withReviewerGuideline('  MAXIMUS guideline: MTUS Shoulder Complaints 2016'), 'IMR402'), [
      '[17:46..17:50] IMR402 error: Shoulder Complaints has no 2016 version in the MTUS: it is cited as Shoulder Complaints 2004.',
    ]);
  });

  it('IMR402: an ACOEM chapter number that names another chapter', () => {
    const out = check(withReviewerGuideline('  MAXIMUS guideline: MTUS ACOEM Chapter 13 Low Back Complaints Page(s): 300'), 'IMR402');
    assert.deepEqual(out, ['[17:40..17:42] IMR402 error: ACOEM Chapter 13 is Knee Complaints, not Low Back Complaints (Chapter 12).']);
  });

  it('IMR403: a guideline not in force on the UR decision date, fixed by citing the one in force', () => {
    const text = withReviewerGuideline('  MAXIMUS guideline: MTUS Chronic Pain Medical Treatment 2009, Section(s): NSAIDs');
    const [p] = problemsOf(text).filter((x) => x.code === 'IMR403');
    assert.equal(p.severity, 'warning');
    assert.match(p.message, /^Chronic Pain Medical Treatment 2009 was not in force on 2016-11-03/);
    assert.ok(applyFix(text, p).includes('MTUS Chronic Pain Medical Treatment 2016, Section(s): NSAIDs'));
  });

  it('IMR404: a section the guideline does not have', () => {
    assert.deepEqual(check(withReviewerGuideline('  MAXIMUS guideline: MTUS Shoulder Complaints 2004, Section(s): Special Studie'), 'IMR404'), [
      "[17:64..17:78] IMR404 warning: 'Special Studie' is not a section of Shoulder Complaints 2004 that we know. Did you mean 'Special Studies'?",
    ]);
  });

  it('IMR404: known sections written with commas are offered ";"', () => {
    const text = withReviewerGuideline('  MAXIMUS guideline: MTUS Shoulder Complaints 2004, Section(s): Special Studies, Initial Care');
    const [p] = problemsOf(text).filter((x) => x.code === 'IMR404');
    assert.equal(p.severity, 'information');
    assert.ok(applyFix(text, p).includes('Section(s): Special Studies; Initial Care'));
  });

  it('IMR405: a page outside the chapter\'s verified range', () => {
    assert.deepEqual(check(withReviewerGuideline('  MAXIMUS guideline: MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 300, 412'), 'IMR405').map((s) => s.slice(0, 60)), [
      '[17:77..17:80] IMR405 warning: Page 412 is outside Low Back ',
    ]);
  });

  it('IMR406: only Non-MTUS sources without the Outside MTUS statement, fixed by adding it', () => {
    const text = withReviewerGuideline('  MAXIMUS guideline:', '    Non-MTUS Official Disability Guidelines (ODG) Shoulder');
    const [p] = problemsOf(text).filter((x) => x.code === 'IMR406');
    assert.equal(p.range.start.line, 18);
    const fixed = applyFix(text, p);
    assert.ok(fixed.includes('  MAXIMUS guideline:\n    Outside MTUS\n    Non-MTUS Official'));
    assert.deepEqual(check(fixed, 'IMR406'), []);
  });

  it('IMR407: None cited beside a citation, fixed by removing it', () => {
    const text = withReviewerGuideline('  MAXIMUS guideline:', '    None cited', '    MTUS Shoulder Complaints 2004');
    const [p] = problemsOf(text).filter((x) => x.code === 'IMR407');
    assert.ok(applyFix(text, p).includes('  MAXIMUS guideline:\n    MTUS Shoulder Complaints 2004\n'));
  });

  it('IMR408: Outside MTUS beside an MTUS citation, fixed by removing it', () => {
    const text = withReviewerGuideline('  MAXIMUS guideline:', '    Outside MTUS', '    MTUS Shoulder Complaints 2004');
    const [p] = problemsOf(text).filter((x) => x.code === 'IMR408');
    assert.deepEqual(check(applyFix(text, p), 'IMR408'), []);
  });
});

describe('moving a page into its chapter', () => {
  it('IMR405 offers the chapter a stray page belongs to', () => {
    const text = validWith('  MAXIMUS guideline: MTUS Shoulder Complaints 2004, Section(s): Special Studies',
      '  MAXIMUS guideline: MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 343');
    const [p] = problemsOf(text).filter((x) => x.code === 'IMR405');
    assert.match(p.message, /It falls in Knee Complaints \(Chapter 13, pages 331-361, unverified\)/);
    assert.ok(applyFix(text, p).includes('MAXIMUS guideline: MTUS ACOEM Chapter 13 Knee Complaints Page(s): 343'));
  });
});

describe('the MTUS drug formulary', () => {
  const formulary = (urDate: string, citation: string) => validWith('UR Denial Date: 11/03/2016', `UR Denial Date: ${urDate}`)
    .replace('Date of Injury: 10/13/2016', 'Date of Injury: 10/13/2015')
    .replace(MAXIMUS, `  MAXIMUS guideline: ${citation}`);

  it('is citable from 2018 with or without a year (no letter shows which year is printed)', () => {
    assert.deepEqual(problemsOf(formulary('11/03/2016', 'MTUS Drug Formulary')).filter((p) => p.code.startsWith('IMR4')).map((p) => p.code), ['IMR403']);
    for (const c of ['MTUS Drug Formulary', 'MTUS Drug Formulary 2020, Section(s): MTUS Drug List']) {
      const text = formulary('11/03/2016', c).replace(/11\/03\/2016/g, '01/03/2019').replace('Date Assigned: 11/09/2016', 'Date Assigned: 01/09/2019').replace('Decision Date: 12/09/2016', 'Decision Date: 01/29/2019');
      // line 17 is the MAXIMUS guideline (the claims administrator's 2004 chapter is out of force by 2019, rightly)
      assert.deepEqual(problemsOf(text).filter((p) => p.code.startsWith('IMR4') && p.range.start.line === 17).map((p) => `${p.code} ${p.message}`), [], c);
    }
  });
});
