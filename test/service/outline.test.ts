import assert from 'node:assert/strict';
import { SymbolKind } from 'vscode-languageserver-types';
import { LetterSnapshot, documentSymbols, foldingRanges, formattingEdits, quickFixes, selectionRanges, letterDiagnostics } from '../../server/src/language/service';
import { formatLetter } from '../../server/src/language';
import { letter, textAt, withCursor } from '../helpers/snippets';
import { VALID } from '../helpers/valid-letter';

/** SymbolKind's name for a kind number, so expectations read as icons. */
const kindName = (kind: number) => Object.entries(SymbolKind).find(([, k]) => k === kind)?.[0];

describe('outline, folding, selection, formatting and quick fixes', () => {
  it('outlines the items first, then the header, the reviewer\'s credentials and the summary, ranges covering whole blocks', () => {
    const symbols = documentSymbols(new LetterSnapshot(VALID));
    assert.deepEqual(symbols.map((s) => [s.name, s.detail ?? '', kindName(s.kind)]), [
      ['MRI of the right shoulder without contrast', 'Upheld', 'Method'],
      ['Header', 'CM16-0213037', 'Object'],
      ['Reviewer credentials', 'Family Practice', 'Object'],
      ['Clinical Case Summary', '1 paragraph', 'String'],
    ]);
    const [item, header, reviewer] = symbols;
    assert.deepEqual([item.range.start.line, item.range.end.line], [14, 20]);
    assert.deepEqual(item.children?.map((c) => [c.name, kindName(c.kind)]), [
      ['Decision', 'Boolean'], ['Claims Administrator guideline', 'Array'], ['MAXIMUS guideline', 'Array'], ['Decision rationale', 'String'],
    ]);
    assert.deepEqual([header.range.start.line, header.range.end.line, header.children?.length], [0, 6, 7], 'the header is one node holding its fields');
    assert.deepEqual(reviewer.children?.map((c) => [c.name, c.detail]), [['State(s) of Licensure', 'California,North Carolina'], ['Certification(s)/Specialty', 'Family Practice']]);
  });

  it('lists every item in letter order before the rest, each with its decision as typed, and the layout inside the header', () => {
    const text = letter(
      'Layout: 2016',
      VALID,
      'Item: Tramadol 50mg #60',
      '  Decision: Overturned',
      '',
      'Item: Lumbar epidural steroid injection L4-5',
      '  Decision: Uphold',
      '',
      'Item:',
    );
    const symbols = documentSymbols(new LetterSnapshot(text));
    assert.deepEqual(symbols.map((s) => [s.name, s.detail]), [
      ['MRI of the right shoulder without contrast', 'Upheld'],
      ['Tramadol 50mg #60', 'Overturned'],
      ['Lumbar epidural steroid injection L4-5', 'Uphold'],
      ['Item 4', 'no decision'],
      ['Header', 'CM16-0213037'],
      ['Reviewer credentials', 'Family Practice'],
      ['Clinical Case Summary', '1 paragraph'],
    ]);
    assert.deepEqual(symbols[4].children?.map((c) => c.name).slice(0, 2), ['Layout', 'Case Number']);
    assert.ok(symbols.every((s) => s.kind !== SymbolKind.Event), 'no event icon');
    for (const s of symbols) assert.ok(s.range.start.line <= s.selectionRange.start.line && s.selectionRange.end.line <= s.range.end.line, `${s.name}: the selection lies in the range`);
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
