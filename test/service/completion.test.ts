import assert from 'node:assert/strict';
import { CompletionItemKind } from 'vscode-languageserver-types';
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

  describe('ranks the guidelines for the item\'s body region first after MTUS', () => {
    /** The first guideline titles offered after `MTUS ` on the MAXIMUS line of an item with these lines. */
    function firstTitles(itemLines: string[], year = '2016', count = 3): string[] {
      const text = VALID.replace(/\/2016$/gm, `/${year}`)
        .replace(/Item: [^]*$/, letter(...itemLines, '  MAXIMUS guideline: MTUS |', '  Decision rationale:', '    Not medically necessary.'));
      const { text: source, position } = withCursor(text);
      const items = completions(new LetterSnapshot(source), position);
      const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
      assert.deepEqual(sorted.map((i) => i.label), items.map((i) => i.label), 'the list comes in its sortText order');
      assert.ok(items.every((i) => i.kind === CompletionItemKind.Module), 'only guideline titles');
      return sorted.slice(0, count).map((i) => i.label);
    }

    const cases: [string, string[], string][] = [
      ['a lumbar MRI', ['Item: MRI of the lumbar spine without contrast'], 'Low Back Complaints 2004'],
      ['a spinal level', ['Item: Epidural steroid injection at L4-L5'], 'Low Back Complaints 2004'],
      ['sciatica', ['Item: Physical therapy 8 sessions for sciatica'], 'Low Back Complaints 2004'],
      ['the neck', ['Item: Cervical traction unit for home use'], 'Neck and Upper Back Complaints 2004'],
      ['a rotator cuff', ['Item: Arthroscopic rotator cuff repair'], 'Shoulder Complaints 2004'],
      ['the knee', ['Item: Right knee arthroscopy with partial meniscectomy'], 'Knee Complaints 2004'],
      ['the foot', ['Item: Custom orthotics for both feet'], 'Ankle and Foot Complaints 2004'],
      ['the elbow', ['Item: Lateral epicondylitis release, left'], 'Elbow Complaints 2007'],
      ['carpal tunnel', ['Item: Carpal tunnel release, right'], 'Forearm, Wrist, and Hand Complaints 2004'],
      ['an opioid', ['Item: Norco 10/325mg #90'], 'Chronic Pain Medical Treatment 2016'],
    ];
    for (const [what, lines, first] of cases) {
      it(`${what}: ${first} first`, () => assert.equal(firstTitles(lines)[0], first));
    }

    it('reads the original request of a modified item, and the rationale when the request names no region', () => {
      assert.equal(firstTitles(['Item: Physical therapy 6 sessions', '  Original request: Physical therapy 12 sessions for the left shoulder'])[0], 'Shoulder Complaints 2004');
      const text = VALID.replace('Item: MRI of the right shoulder without contrast', 'Item: Physical therapy 6 sessions')
        .replace('  MAXIMUS guideline: MTUS Shoulder Complaints 2004, Section(s): Special Studies', '  MAXIMUS guideline: MTUS |')
        .replace('The guidelines support imaging', 'For knee pain with a meniscal tear the guidelines support therapy');
      const { text: source, position } = withCursor(text);
      assert.equal(completions(new LetterSnapshot(source), position).sort((a, b) => a.sortText!.localeCompare(b.sortText!))[0].label, 'Knee Complaints 2004');
    });

    it('takes the guidelines in force on the letter\'s dates: a lumbar item in 2020 gets Low Back Disorders', () => {
      assert.equal(firstTitles(['Item: MRI of the lumbar spine'], '2020')[0], 'Low Back Disorders 2019');
    });

    it('keeps two regions in the request\'s order of mentions, and says which fit', () => {
      const { text: source, position } = withCursor(VALID.replace(/Item: [^]*$/, letter('Item: Tramadol 50mg #60 for low back pain and lumbar radiculopathy', '  MAXIMUS guideline: MTUS |')));
      const items = completions(new LetterSnapshot(source), position).sort((a, b) => a.sortText!.localeCompare(b.sortText!));
      assert.deepEqual(items.slice(0, 2).map((i) => i.label), ['Low Back Complaints 2004', 'Chronic Pain Medical Treatment 2016']);
      assert.match(items[0].detail!, /matches the item \(Low Back\)/);
      const said = items.filter((i) => /matches the item/.test(i.detail!)).map((i) => i.label);
      assert.ok(said.every((l) => /Low Back|Chronic Pain|Opioid|Formulary/.test(l)), `only the fitting ones say so: ${said.join(', ')}`);
    });

    it('falls back to the titles\' order when nothing names a region', () => {
      const { text: source, position } = withCursor(VALID.replace(/Item: [^]*$/, letter('Item: Home health aide 4 hours a day', '  MAXIMUS guideline: MTUS |')));
      const inForce = completions(new LetterSnapshot(source), position).filter((i) => i.sortText!.startsWith('a')).sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map((i) => i.label);
      assert.ok(inForce.length > 5, inForce.join(', '));
      assert.deepEqual(inForce, [...inForce].sort((a, b) => a.localeCompare(b)));
    });
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
