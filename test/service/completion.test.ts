import assert from 'node:assert/strict';
import { LetterSnapshot, completions } from '../../server/src/language/service';
import { letter, withCursor } from '../helpers/snippets';
import { VALID } from '../helpers/valid-letter';

/** Labels offered at the cursor `|` of a snippet. */
function labelsAt(text: string, snippets = true): string[] {
  const { text: source, position } = withCursor(text);
  return completions(new LetterSnapshot(source), position, { snippets }).map((c) => c.label);
}

function editAt(text: string, label: string): string {
  const { text: source, position } = withCursor(text);
  const item = completions(new LetterSnapshot(source), position).find((c) => c.label === label);
  assert.ok(item, `no completion '${label}'`);
  const edit = item.textEdit as { range: { start: { line: number; character: number }; end: { character: number } }; newText: string };
  const lines = source.split('\n');
  const line = lines[edit.range.start.line];
  lines[edit.range.start.line] = line.slice(0, edit.range.start.character) + edit.newText + line.slice(edit.range.end.character);
  return lines.join('\n');
}

describe('completion', () => {
  it('offers the item\'s missing fields at the start of an indented line under an item', () => {
    const labels = labelsAt(letter('Item: MRI', '  Decision: Upheld', '  |'));
    assert.ok(labels.includes('MAXIMUS guideline:'));
    assert.ok(labels.includes('Decision rationale:'));
    assert.ok(!labels.includes('Decision:'), 'Decision: is already there');
    assert.ok(!labels.includes('Case Number:'), 'header fields do not belong in an item');
  });

  it('offers letter fields and a new item at the start of an unindented line', () => {
    const labels = labelsAt(letter('Case Number: CM16-0213037', '|'));
    assert.ok(labels.includes('Date of Injury:'));
    assert.ok(labels.includes('Item (new disputed item)'));
    assert.ok(!labels.includes('Case Number:'));
  });

  it('replaces the word being typed with the label', () => {
    assert.equal(editAt(letter('Item: MRI', '  Deci|'), 'Decision:'), letter('Item: MRI', '  Decision: '));
  });

  it('offers the decision words after Decision:', () => {
    assert.deepEqual(labelsAt(letter('Item: MRI', '  Decision: |')), ['Upheld', 'Overturned']);
  });

  it('offers US states for the entry being typed in the licensure', () => {
    const text = letter('State(s) of Licensure: California,Ne|');
    assert.ok(labelsAt(text).includes('Nevada'));
    assert.equal(editAt(text, 'Nevada'), letter('State(s) of Licensure: California,Nevada'));
  });

  it('offers nothing while typing prose', () => {
    assert.deepEqual(labelsAt(letter('Clinical Case Summary:', '  The injured worker |')), []);
    assert.deepEqual(labelsAt(letter('Item: MRI', '  Decision rationale:', '    MTUS |')), []);
  });

  it('offers the citation forms and the guidelines in force at the start of a citation line', () => {
    const labels = labelsAt(VALID.replace('  MAXIMUS guideline: MTUS Shoulder Complaints 2004, Section(s): Special Studies', '  MAXIMUS guideline: |'));
    assert.deepEqual(labels.slice(0, 4), ['MTUS', 'Non-MTUS', 'None cited', 'Outside MTUS']);
    assert.ok(labels.includes('MTUS Chronic Pain Medical Treatment 2016'));
    assert.ok(!labels.includes('MTUS Chronic Pain Medical Treatment 2009'), 'not in force in November 2016');
  });

  it('offers guideline titles after MTUS in the style of the letter\'s layout', () => {
    const current = labelsAt(VALID.replace('  MAXIMUS guideline: MTUS Shoulder Complaints 2004, Section(s): Special Studies', '  MAXIMUS guideline: MTUS |'));
    assert.ok(current.includes('Low Back Complaints 2004'));
    const older = labelsAt(letter('Layout: 2014', 'UR Denial Date: 08/20/2014', 'Item: SI joint injections', '  MAXIMUS guideline: MTUS |'));
    assert.ok(older.includes('ACOEM Chapter 12 Low Back Complaints'), older.slice(0, 20).join(', '));
  });

  it('offers the sections of the guideline typed, replacing only the section being typed', () => {
    const text = VALID.replace('Section(s): Special Studies', 'Section(s): Special Studies; Ini|');
    assert.ok(labelsAt(text).includes('Initial Care'));
    assert.ok(editAt(text, 'Initial Care').includes('Section(s): Special Studies; Initial Care\n'));
  });

  it('offers the pages letters cite for a chapter', () => {
    const labels = labelsAt(letter('Layout: 2014', 'Item: SI joint injections', '  MAXIMUS guideline: MTUS ACOEM Chapter 12 Low Back Complaints Page(s): |'));
    assert.ok(labels.includes('300'), labels.join(', '));
  });

  it('offers ODG chapters after Non-MTUS', () => {
    assert.ok(labelsAt(letter('Item: x', '  MAXIMUS guideline: Non-MTUS |')).some((l) => /^Official Disability Guidelines \(ODG\) Low Back/.test(l)));
  });

  it('writes plain text for clients without snippets', () => {
    const { text: source, position } = withCursor(letter('|'));
    const items = completions(new LetterSnapshot(source), position, { snippets: false });
    assert.ok(items.every((i) => !/\$\{?\d/.test((i.textEdit as { newText: string }).newText)));
  });
});
