import type { DisputedItem, Range } from '../../syntax/ast';
import { fieldSpec, type FieldKey } from '../../syntax/fields';
import type { Rule, RuleContext } from '../context';

/** What a missing field is added as; `$` stands for the item's field indentation. */
const REQUIRED: { key: FieldKey; template: string }[] = [
  { key: 'decision', template: '$Decision: Upheld' },
  { key: 'decision', template: '$Decision: Overturned' },
  { key: 'claimsAdministratorGuideline', template: '$Claims Administrator guideline: None cited' },
  { key: 'reviewerGuideline', template: '$MAXIMUS guideline: None cited' },
  { key: 'rationale', template: '$Decision rationale:\n$  ' },
];

/** Each required field's key and spec, looked up once (every item of every letter asks for each). */
const REQUIRED_FIELDS = [...new Set(REQUIRED.map((r) => r.key))].map((key) => ({ key, spec: fieldSpec(key) }));

function checkItem(ctx: RuleContext, item: DisputedItem, code: string): void {
  const name = item.field.value?.text ?? `Item ${item.index + 1}`;
  if (!item.field.value) {
    ctx.report(code, 'error', item.field.label.range, 'This disputed item has no text: say what was requested.');
  }
  // right under the Item: line, indented like the item's own fields: at the item's end the new line could fall
  // inside a block (a rationale whose label sits in column 0) and be read as its text (worked out only for a
  // fix: reading the letter's lines for every item was most of this rule's time)
  let place: { insertAt: Range; indent: string } | undefined;
  const where = () => {
    if (!place) {
      const firstField = item.fields[0];
      place = {
        insertAt: ctx.lineEnd(item.field.range.start.line),
        indent: firstField ? (ctx.lines()[firstField.range.start.line] ?? '').slice(0, firstField.label.range.start.character) || '' : '  ',
      };
    }
    return place;
  };
  for (const { key, spec } of REQUIRED_FIELDS) {
    const field = item[key as keyof DisputedItem] as DisputedItem['decision'] | DisputedItem['rationale'] | DisputedItem['reviewerGuideline'] | undefined;
    if (!field) {
      if (ctx.misspeltAs(spec.label, item.index)) continue;
      // adding a decision makes a determination: both are offered, neither preferred, and the title says so
      const fixes = REQUIRED.filter((r) => r.key === key).map(({ template }) => ({
        title: key === 'decision' ? `Add '${template.slice(1)}' (changes the determination)` : `Add '${spec.label}:'`,
        edits: [{ range: where().insertAt, newText: `\n${template.replace(/\$/g, () => where().indent)}` }],
      }));
      ctx.report(code, 'error', item.field.label.range, `'${name}' has no '${spec.label}:'.`, fixes);
      continue;
    }
    const empty = field.shape === 'value' ? !field.value
      : field.shape === 'prose' ? !field.paragraphs.length : !field.citations.length;
    if (empty) {
      const what = field.shape === 'citations' ? 'no citation (write \'None cited\' if none was given)' : 'no text';
      ctx.report(code, 'error', field.label.range, `'${spec.label}:' of '${name}' has ${what}.`);
    }
  }
}

/** Each item has one decision, both guideline lines and a rationale (all 439 real items do). */
export const itemFields: Rule = {
  code: 'IMR105',
  name: 'item-fields',
  defaultSeverity: 'error',
  description: 'Each disputed item has its text, a decision, both guideline lines and a decision rationale.',
  check(ctx) {
    for (const item of ctx.letter.items) checkItem(ctx, item, this.code);
  },
};
