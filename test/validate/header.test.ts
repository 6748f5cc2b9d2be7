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

  it('IMR205: a late decision is a warning, and 3 days count for an expedited review', () => {
    assert.deepEqual(check(validWith('Decision Date: 12/09/2016', 'Decision Date: 12/12/2016'), 'IMR205'), [
      '[3:15..3:25] IMR205 warning: The decision came 33 days after assignment; a standard review is due within 30 days of receiving the records (Labor Code 4610.6(d)). A late determination stays valid.',
    ]);
    assert.equal(check(validWith('Priority: Standard', 'Priority: Expedited'), 'IMR205').length, 1);
  });

  it('IMR206: a late application is a warning', () => {
    const text = validWith('UR Denial Date: 11/03/2016', 'UR Denial Date: 09/03/2016');
    assert.deepEqual(check(text, 'IMR206').map((s) => s.slice(0, 40)), ['[6:22..6:32] IMR206 warning: The applica']);
  });
});
