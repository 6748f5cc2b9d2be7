import assert from 'node:assert/strict';
import { applyFix, check, problemsOf } from '../helpers/check';
import { validWith } from '../helpers/valid-letter';

describe('header rules', () => {
  it('IMR201: a malformed case number, with the repaired spelling offered', () => {
    const text = validWith('CM16-0213037', 'cm16 0213037');
    assert.deepEqual(check(text, 'IMR201'), [
      "[0:13..0:25] IMR201 error: 'cm16 0213037' is not an IMR case number: it is 'CM', two digits of the year received, '-', seven digits (e.g. CM16-0213037).",
    ]);
    assert.ok(applyFix(text, problemsOf(text).find((p) => p.code === 'IMR201')!).startsWith('Case Number: CM16-0213037\n'));
  });

  it('IMR202: a date that does not exist, and one written the wrong way', () => {
    assert.deepEqual(check(validWith('Decision Date: 12/09/2016', 'Decision Date: 02/30/2017'), 'IMR202'), [
      "[3:15..3:25] IMR202 error: '02/30/2017' is not a real date (Decision Date).",
    ]);
    const text = validWith('Date Assigned: 11/09/2016', 'Date Assigned: 11-9-16');
    const p = problemsOf(text).find((x) => x.code === 'IMR202')!;
    // 11-9-16 could be November 9 or September 11: both offered, neither applied in bulk
    assert.deepEqual(p.fixes?.map((f) => [f.title, f.safe ?? false, f.isPreferred ?? false]), [
      ["Write '11/09/2016' (month first: Wednesday, November 9, 2016)", false, false],
      ["Write '09/11/2016' (day first: Sunday, September 11, 2016)", false, false],
    ]);
  });

  it('IMR203: dates out of order', () => {
    assert.deepEqual(check(validWith('UR Denial Date: 11/03/2016', 'UR Denial Date: 11/05/2016'), 'IMR203'), [
      '[6:22..6:32] IMR203 error: Application Received (11/03/2016) is before UR Denial Date (11/05/2016); it cannot come first.',
    ]);
  });

  it('IMR204: an unknown priority', () => {
    assert.deepEqual(check(validWith('Priority: Standard', 'Priority: Urgent'), 'IMR204').length, 1);
  });

  it('IMR205: a decision 31-40 days after assignment is information, later a warning; 3 days count for an expedited review', () => {
    assert.deepEqual(check(validWith('Decision Date: 12/09/2016', 'Decision Date: 12/12/2016'), 'IMR205'), [
      '[3:15..3:25] IMR205 information: Check the Decision Date: it is 33 days after assignment. A standard review is due within 30 days of receiving the records, which this letter does not show (Labor Code 4610.6(d)); a late determination stays valid.',
    ]);
    assert.match(check(validWith('Decision Date: 12/09/2016', 'Decision Date: 12/19/2016'), 'IMR205')[0], /IMR205 information: Check the Decision Date: it is 40 days/);
    assert.match(check(validWith('Decision Date: 12/09/2016', 'Decision Date: 12/20/2016'), 'IMR205')[0], /IMR205 warning: Check the Decision Date: it is 41 days/);
    assert.match(check(validWith('Priority: Standard', 'Priority: Expedited'), 'IMR205')[0], /IMR205 warning/);
  });

  it('IMR206: an application more than 35 days after the UR decision is a warning; the 5 days of mail service are allowed', () => {
    const late = validWith('UR Denial Date: 11/03/2016', 'UR Denial Date: 09/27/2016');
    assert.deepEqual(check(late, 'IMR206').map((s) => s.slice(0, 78)), ['[6:22..6:32] IMR206 warning: Check the Application Received date: it is 37 day']);
    assert.deepEqual(check(validWith('UR Denial Date: 11/03/2016', 'UR Denial Date: 09/29/2016'), 'IMR206'), []);
  });
});
