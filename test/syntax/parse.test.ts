import assert from 'node:assert/strict';
import { parseLetter } from '../../server/src/language';
import { letter, problemStrings, textAt } from '../helpers/snippets';

describe('parsing a letter', () => {
  it('reads header fields, whatever the case of their labels', () => {
    const parsed = parseLetter(letter(
      'Case Number: CM16-0213037',
      'date of injury:   10/13/2016',
      'PRIORITY: Standard',
    ));
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.letterFields.caseNumber?.shape === 'value' && parsed.letterFields.caseNumber.value?.text, 'CM16-0213037');
    assert.equal(parsed.letterFields.dateOfInjury?.shape === 'value' && parsed.letterFields.dateOfInjury.value?.text, '10/13/2016');
    assert.equal(parsed.letterFields.priority?.label.text, 'PRIORITY:');
  });

  it('reads prose on the lines indented under its label, with blank lines between paragraphs', () => {
    const text = letter(
      'Clinical Case Summary:',
      '  The injured worker is a 48 year old male',
      '  who sustained an industrial injury.',
      '',
      '  A second paragraph with #60 tablets.',
      'Item: MRI of the right shoulder',
    );
    const parsed = parseLetter(text);
    const summary = parsed.letterFields.summary;
    assert.ok(summary && summary.shape === 'prose');
    assert.deepEqual(summary.paragraphs.map((p) => p.text), [
      'The injured worker is a 48 year old male who sustained an industrial injury.',
      'A second paragraph with #60 tablets.',
    ]);
    assert.equal(textAt(text, summary.paragraphs[1].range), 'A second paragraph with #60 tablets.');
    assert.equal(parsed.items.length, 1);
  });

  it('takes prose that starts on the label line', () => {
    const parsed = parseLetter(letter(
      'Item: Norco 10/325mg #60',
      '  Decision rationale: The request',
      '    is not medically necessary.',
    ));
    assert.deepEqual(parsed.items[0].rationale?.paragraphs.map((p) => p.text), ['The request is not medically necessary.']);
  });

  it('groups item fields under the Item line above them', () => {
    const parsed = parseLetter(letter(
      'Item: MRI of the cervical spine',
      '  Decision: Upheld',
      '  Claims Administrator guideline: MTUS Neck and Upper Back Complaints 2004',
      '  MAXIMUS guideline: None cited',
      'Item: Physical therapy 6 sessions',
      '  Decision: overturned',
    ));
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.items.map((i) => [i.field.value?.text, i.decision?.word]), [
      ['MRI of the cervical spine', 'Upheld'],
      ['Physical therapy 6 sessions', 'Overturned'],
    ]);
    assert.equal(parsed.items[0].reviewerGuideline?.citations[0].kind, 'none-cited');
    assert.deepEqual(parsed.items[0].range, { start: { line: 0, character: 0 }, end: { line: 3, character: 31 } });
  });

  it('keeps comments out of the letter, even inside prose', () => {
    const parsed = parseLetter(letter(
      '# draft: check the RFA date',
      'Clinical Case Summary:',
      '  First line',
      '# not rendered',
      '  second line.',
    ));
    assert.deepEqual(parsed.comments.map((c) => c.text), ['# draft: check the RFA date', '# not rendered']);
    const summary = parsed.letterFields.summary;
    assert.ok(summary?.shape === 'prose');
    assert.deepEqual(summary.paragraphs.map((p) => p.text), ['First line second line.']);
  });

  it('reports a line that belongs to no field, once, and reads on', () => {
    const parsed = parseLetter(letter(
      'Item: A',
      '  Decision: Upheld',
      'this line was meant for the rationale',
      'Item: B',
      '  Decision: Overturned',
    ));
    assert.deepEqual(problemStrings(parsed.problems), [
      "[2:0..2:37] IMR001 This line belongs to no field. Start it with a field label such as 'Item:' or 'Clinical Case Summary:', indent it under a field, or make it a comment with '#' in the first column.",
    ]);
    assert.deepEqual(parsed.items.map((i) => i.decision?.word), ['Upheld', 'Overturned']);
  });

  it('suggests the field meant by a misspelt label', () => {
    const parsed = parseLetter(letter('Item: A', '  Descision: Upheld'));
    assert.deepEqual(problemStrings(parsed.problems), [
      "[1:2..1:12] IMR002 'Descision:' is not a field of an IMR letter. Did you mean 'Decision:'?",
    ]);
    // read as the field it means, with the fix that corrects its spelling, safe to apply in bulk
    assert.equal(parsed.items[0].decision?.word, 'Upheld');
    assert.deepEqual(parsed.problems[0].fixes, [{ title: "Rename the label to 'Decision:'", edits: [{ range: { start: { line: 1, character: 2 }, end: { line: 1, character: 12 } }, newText: 'Decision:' }], isPreferred: true, safe: true }]);
  });

  it('says where an item field must go when there is no item', () => {
    const parsed = parseLetter(letter('Decision: Upheld'));
    assert.deepEqual(problemStrings(parsed.problems), [
      "[0:0..0:9] IMR004 'Decision:' belongs to a disputed item: put it under an 'Item:' line.",
    ]);
  });

  it('accepts only Upheld or Overturned as a decision', () => {
    const parsed = parseLetter(letter('Item: A', '  Decision: Uphold'));
    assert.deepEqual(problemStrings(parsed.problems), [
      "[1:12..1:18] IMR006 'Uphold' is not a decision: write 'Upheld' (not medically necessary) or 'Overturned' (medically necessary).",
    ]);
  });

  it('takes no word a plain object answers to for a decision', () => {
    for (const typed of ['constructor', 'toString', '__proto__', 'valueOf']) {
      const parsed = parseLetter(letter('Item: A', `  Decision: ${typed}`));
      assert.equal(parsed.items[0].decision?.word, undefined, typed);
      assert.deepEqual(parsed.problems.map((p) => p.code), ['IMR006'], typed);
    }
  });

  it('flags a field given twice in one item as a warning and keeps the first', () => {
    const parsed = parseLetter(letter('Item: A', '  Decision: Upheld', '  Decision: Overturned'));
    assert.equal(parsed.items[0].decision?.word, 'Upheld');
    assert.deepEqual(parsed.problems.map((p) => [p.code, p.severity, p.range.start.line]), [['IMR005', 'warning', 2]]);
  });

  it('reads the layout and rejects an unknown one', () => {
    assert.equal(parseLetter('Layout: 2014\n').layout, '2014');
    const parsed = parseLetter('Layout: 1999\n');
    assert.equal(parsed.layout, undefined);
    assert.deepEqual(parsed.problems.map((p) => p.code), ['IMR007']);
  });

  it('handles an empty document and one without a final newline', () => {
    assert.deepEqual(parseLetter('').problems, []);
    const parsed = parseLetter('Item: A\n  Decision: Upheld');
    assert.equal(parsed.items[0].decision?.word, 'Upheld');
  });

  it('accepts Windows line ends', () => {
    const parsed = parseLetter('Item: A\r\n  Decision rationale:\r\n    Not medically necessary.\r\n');
    assert.deepEqual(parsed.items[0].rationale?.paragraphs.map((p) => p.text), ['Not medically necessary.']);
  });
});

describe('messages for lines out of place', () => {
  it('says a value field takes one line', () => {
    const parsed = parseLetter(letter('Item: Physical therapy 2 times a week', '    for 6 weeks'));
    assert.deepEqual(parsed.problems.map((p) => p.message), ["This line belongs to no field: 'Item:' takes one line. Join this line to it, or start a new field."]);
  });

  it('says a comment must start in the first column', () => {
    assert.match(parseLetter(letter('Item: A', '  # note')).problems[0].message, /^A comment starts with '#' in the first column/);
  });

  it('reports a misspelt block label once, not once per line of its text', () => {
    const parsed = parseLetter(letter('Item: A', '  Decison rationale:', '    The request', '    is not medically necessary.'));
    assert.deepEqual(parsed.problems.map((p) => p.code), ['IMR002']);
  });

  it('reads the design sketch\'s short labels for the guideline lines', () => {
    const parsed = parseLetter(letter('Item: A', '  Claims Administrator: None cited', '  MAXIMUS: MTUS Knee Complaints 2004'));
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.items[0].claimsAdministratorGuideline?.citations[0].kind, 'none-cited');
  });

  it('needs a source after Non-MTUS', () => {
    assert.deepEqual(parseLetter(letter('Item: A', '  MAXIMUS guideline: Non-MTUS')).problems.map((p) => p.code), ['IMR003']);
  });
});

describe("a span's range (line-span.ts)", () => {
  it('is a fresh plain range each time, that a structured clone or JSON keeps whole', () => {
    const parsed = parseLetter(letter('Item: Physical therapy', '  Decision: Upheld'));
    const value = parsed.items[0].decision!.value!;
    const range = value.range;
    assert.deepStrictEqual(range, { start: { line: 1, character: 12 }, end: { line: 1, character: 18 } });
    assert.equal(Object.getPrototypeOf(range), Object.prototype);
    assert.notEqual(value.range, range, 'changing one cannot change the tree');
    range.start.character = 0;
    assert.equal(value.range.start.character, 12);
    assert.deepStrictEqual(structuredClone(value.range), value.range);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(value)), { text: 'Upheld', range: value.range });
    assert.deepStrictEqual(Object.keys(value), ['text']);
  });
});

describe("a field's, an item's and a paragraph's range (nodes.ts)", () => {
  it('runs over their parts, a fresh plain range each time, and their JSON has it where a plain node had it', () => {
    const parsed = parseLetter(letter('Item: Physical therapy', '  Decision: Upheld', '  Decision rationale:', '    Not medically', '    necessary.'));
    const item = parsed.items[0];
    const rationale = item.rationale!;
    assert.deepStrictEqual(item.range, { start: { line: 0, character: 0 }, end: { line: 4, character: 14 } });
    assert.deepStrictEqual(item.field.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 22 } });
    assert.deepStrictEqual(rationale.range, { start: { line: 2, character: 2 }, end: { line: 4, character: 14 } });
    assert.deepStrictEqual(rationale.paragraphs[0].range, { start: { line: 3, character: 4 }, end: { line: 4, character: 14 } });
    for (const node of [item, item.field, rationale, rationale.paragraphs[0]]) {
      assert.notEqual(node.range, node.range);
      assert.equal(Object.getPrototypeOf(node.range), Object.prototype);
      assert.ok(!Object.keys(node).includes('range'));
    }
    assert.deepStrictEqual(Object.keys(JSON.parse(JSON.stringify(item))).slice(0, 4), ['index', 'field', 'range', 'fields']);
    assert.deepStrictEqual(Object.keys(JSON.parse(JSON.stringify(rationale))), ['spec', 'key', 'label', 'range', 'shape', 'paragraphs']);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(rationale.paragraphs[0])).range, rationale.paragraphs[0].range);
  });
});
