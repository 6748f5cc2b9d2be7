import { readConclusion } from '../conclusion';
import { readTreatmentPart, type TreatmentReading } from '../treatment';
import type { Rule } from '../context';

/** What the concluding sentence calls the request: "the request for X", "the requested X", a quoted "X", or "X is ...". */
const VERB = /\s+(?:is|are|was|were|would|will|cannot|can|could|does|do|did|has|have|had|remains?|appears?|seems?|to\s+be|at\s+this\s+time|per\s+(?:the\s+)?guidelines?)\b|[.;]|$/gi;
const NAMING = /\b(?:requests?\s+for|the\s+requested|decision\s+for|currently\s+requested)\s+/gi;

/** The words from `from` up to the next verb. */
function upToVerb(sentence: string, from: number): string {
  VERB.lastIndex = from;
  const verb = VERB.exec(sentence);
  return sentence.slice(from, verb ? verb.index : sentence.length).trim();
}

function requestNamed(sentence: string): string | undefined {
  // (a quote is looked for only where there is a '"')
  const quoted = sentence.includes('"') ? /"([^"]{3,})"/.exec(sentence) : null;
  if (quoted) return quoted[1];
  // the last one: in "As the requested surgery is not necessary, the requested ancillary service is not" the second decides
  // found by exec, not matchAll, which copies the pattern on every call
  let named: RegExpExecArray | undefined;
  NAMING.lastIndex = 0;
  for (let m; (m = NAMING.exec(sentence));) named = m; // never empty: each match ends in \s+
  NAMING.lastIndex = 0;
  if (named) return upToVerb(sentence, named.index + named[0].length) || undefined;
  // "MRI of the lumbar spine is not medically necessary", after any lead-in clause
  VERB.lastIndex = 0;
  const verb = VERB.exec(sentence);
  const head = sentence.slice(0, verb ? verb.index : sentence.length);
  const bare = head.slice(head.lastIndexOf(',') + 1).trim();
  return bare && !/\b(?:request|it|this|that|these)\b/i.test(bare) ? bare : undefined;
}

const CATEGORIES: { key: keyof TreatmentReading; name: string }[] = [
  { key: 'modalities', name: 'treatment' },
  { key: 'drugs', name: 'drug' },
  { key: 'bodyParts', name: 'body part' },
  { key: 'quantities', name: 'quantity' },
];

const list = (s: Set<string>) => [...s].join(', ');

/**
 * The `Item:` is the disputed treatment the determination decides; the rationale's conclusion names the request
 * it decides. When both name a kind of treatment, a drug, a body part or a quantity and they share none, the
 * item and the rationale are about different requests (a rationale pasted from another item, a wrong item
 * line). A warning: descriptions are read by vocabulary, not understood.
 */
export const itemRequest: Rule = {
  code: 'IMR504',
  name: 'item-request',
  defaultSeverity: 'warning',
  description: 'The Item names the same treatment as the request the rationale decides (kind, drug, body part, quantity).',
  check(ctx) {
    for (const item of ctx.letter.items) {
      const value = item.field.value;
      if (!value || !item.rationale?.paragraphs.length) continue;
      const reading = readConclusion(item.rationale, value.text);
      if (!reading || reading.conclusion === 'taper') continue;
      const named = requestNamed(reading.text);
      // the same words read the same (half the rationales name the request as the item does): nothing can differ
      if (!named || named === value.text) continue;
      // each part read only where it can differ: the rationale's (a few words) first, the item's only when that names some
      const differences: string[] = [];
      for (const { key, name } of CATEGORIES) {
        const b = readTreatmentPart(named, key);
        if (!b.size) continue;
        const a = readTreatmentPart(value.text, key);
        if (a.size && ![...b].some((x) => a.has(x))) differences.push(`${name} ${list(a)} in the item, ${list(b)} in the rationale`);
      }
      if (!differences.length) continue;
      const what = differences.join('; ');
      ctx.report(this.code, this.defaultSeverity, value.range,
        `Check the item against the rationale: they name different requests (${what}; the rationale concludes on line ${reading.range.start.line + 1}: "${named}").`,
        undefined, [{ range: reading.range, message: 'The request the rationale decides.' }]);
    }
  },
};
