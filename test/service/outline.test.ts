import assert from 'node:assert/strict';
import { LetterSnapshot, documentSymbols, foldingRanges, formattingEdits, quickFixes, selectionRanges, letterDiagnostics } from '../../server/src/language/service';
import { formatLetter } from '../../server/src/language';
import { letter, textAt, withCursor } from '../helpers/snippets';
import { VALID } from '../helpers/valid-letter';

describe('outline, folding, selection, formatting and quick fixes', () => {
  it('outlines the header, reviewer, summary and each item with its decision, ranges covering whole blocks', () => {
    const symbols = documentSymbols(new LetterSnapshot(VALID));
    assert.deepEqual(symbols.map((s) => [s.name, s.detail ?? '']), [
      ['Header', ''], ['Reviewer', ''], ['Clinical Case Summary', '1 paragraph'], ['MRI of the right shoulder without contrast', 'Upheld'],
    ]);
    const item = symbols[3];
    assert.deepEqual([item.range.start.line, item.range.end.line], [14, 20]);
    assert.deepEqual(item.children?.map((c) => c.name), ['Decision', 'Claims Administrator guideline', 'MAXIMUS guideline', 'Decision rationale']);
  });

  it('folds blocks, items, the header and runs of comments', () => {
    const ranges = foldingRanges(new LetterSnapshot(letter('# a', '# b', VALID)));
    assert.deepEqual(ranges.map((r) => [r.startLine, r.endLine, r.kind ?? '']), [
      [0, 1, 'comment'], [2, 8, 'imports'], [13, 14, ''], [16, 22, ''], [20, 22, ''],
    ]);
  });

  it('grows a selection from a section name to its citation, field, item and letter', () => {
    const { text, position } = withCursor(VALID.replace('Special Studies', 'Special Stu|dies'));
    let r = selectionRanges(new LetterSnapshot(text), [position])[0];
    const steps: string[] = [];
    while (r) { steps.push(textAt(text, r.range).split('\n')[0].trim()); r = r.parent!; }
    assert.deepEqual(steps.slice(0, 4), ['Studies', 'Special Studies', 'MTUS Shoulder Complaints 2004, Section(s): Special Studies', 'MAXIMUS guideline: MTUS Shoulder Complaints 2004, Section(s): Special Studies']);
    assert.equal(steps.at(-2), 'Item: MRI of the right shoulder without contrast');
  });

  it('formats with the smallest edit that gives the formatter\'s output', () => {
    const messy = VALID.replace('Priority: Standard', 'priority:    Standard');
    const [edit] = formattingEdits(new LetterSnapshot(messy));
    assert.deepEqual([edit.range.start, edit.range.end, edit.newText], [{ line: 5, character: 0 }, { line: 5, character: 12 }, 'Priority:']);
    assert.equal(formatLetter(messy), VALID);
    assert.deepEqual(formattingEdits(new LetterSnapshot(VALID)), []);
    assert.deepEqual(formattingEdits(new LetterSnapshot(VALID.replace(/\n/g, '\r\n'))), [], 'line ends alone are left as they are');
    const [end] = formattingEdits(new LetterSnapshot(VALID.trimEnd()));
    assert.deepEqual([end.range.start, end.range.end, end.newText], [{ line: 20, character: 80 }, { line: 20, character: 80 }, '\n'], 'the missing final newline');
  });

  it('turns each problem\'s fixes into quick fixes for the range asked', () => {
    const text = VALID.replace('California,North Carolina', 'Californa,North Carolina');
    const snap = new LetterSnapshot(text);
    const diagnostics = letterDiagnostics(snap.problems);
    const actions = quickFixes('file:///x.imr', { start: { line: 8, character: 25 }, end: { line: 8, character: 25 } }, diagnostics);
    assert.deepEqual(actions.map((a) => [a.title, a.isPreferred]), [["Change to 'California'", true]]);
    assert.deepEqual(quickFixes('file:///x.imr', { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, diagnostics), []);
  });
});
