/**
 * Everyday slips as generic mutations of a letter, for the slip suite: each takes the letter's text and AST and a
 * random source, and changes one thing the way a hurried reviewer would. None is a fixed example: the label,
 * the lines, the date, the citation and the form are drawn at random from what the letter holds.
 */
import type { Field, Letter, MtusCitation } from '../../server/src/language';
import { FIELDS } from '../../server/src/language';

import type { Random } from './random';

export { seeded, type Random } from './random';

const pick = <T>(random: Random, list: readonly T[]): T | undefined => (list.length ? list[Math.floor(random() * list.length)] : undefined);
const int = (random: Random, from: number, to: number) => from + Math.floor(random() * (to - from + 1));

export interface Slip {
  text: string;
  /** the 0-based lines the slip touched */
  lines: number[];
  /** what was done, for messages */
  what: string;
  /** the slip has more than one reading: no fix may be applied in bulk */
  ambiguous?: boolean;
}

export interface SlipKind {
  name: string;
  apply(text: string, letter: Letter, random: Random): Slip | undefined;
}

const splitLines = (t: string) => t.split('\n');

function replaceOnLine(text: string, line: number, from: number, to: number, insert: string): string {
  const ls = splitLines(text);
  ls[line] = ls[line].slice(0, from) + insert + ls[line].slice(to);
  return ls.join('\n');
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const SPELLINGS = new Set(FIELDS.flatMap((f) => [f.label, ...f.aliases]).map((s) => s.toLowerCase().replace(/\s+/g, ' ')));

/** One typing slip in a word: a letter inserted, dropped, replaced, or two letters swapped. */
export function typo(word: string, random: Random): string {
  const letters = [...word].flatMap((c, i) => (/[A-Za-z]/.test(c) ? [i] : []));
  for (let attempt = 0; attempt < 20; attempt++) {
    const i = pick(random, letters)!;
    const c = LETTERS[int(random, 0, 25)];
    let out: string;
    switch (int(random, 0, 3)) {
      case 0: out = word.slice(0, i + 1) + c + word.slice(i + 1); break;
      case 1: out = word.slice(0, i) + word.slice(i + 1); break;
      case 2: out = word.slice(0, i) + c + word.slice(i + 1); break;
      default: {
        const j = letters.includes(i + 1) ? i + 1 : i - 1;
        if (!letters.includes(j)) continue;
        const [a, b] = [Math.min(i, j), Math.max(i, j)];
        out = word.slice(0, a) + word[b] + word[a] + word.slice(b + 1);
      }
    }
    if (out.toLowerCase() !== word.toLowerCase() && /^[A-Za-z]/.test(out)) return out;
  }
  return `${word}x`;
}

/** A field's label misspelt by one slip (two on long labels), never into another real spelling. */
export const misspeltLabel: SlipKind = {
  name: 'misspelt label',
  apply(text, letter, random) {
    const field = pick(random, letter.fields);
    if (!field) return undefined;
    const typed = field.label.text.replace(/\s*:$/, '');
    for (let attempt = 0; attempt < 20; attempt++) {
      let wrong = typo(typed, random);
      if (typed.length >= 12 && random() < 0.5) wrong = typo(wrong, random);
      if (SPELLINGS.has(wrong.toLowerCase().replace(/\s+/g, ' '))) continue;
      const { start } = field.label.range;
      return {
        text: replaceOnLine(text, start.line, start.character, start.character + typed.length, wrong),
        lines: [start.line],
        what: `'${typed}:' typed '${wrong}:'`,
      };
    }
    return undefined;
  },
};

const proseFields = (letter: Letter) => letter.fields.filter((f): f is Extract<Field, { shape: 'prose' }> => f.shape === 'prose' && f.paragraphs.length > 0);

/**
 * A run of a prose block's lines typed no deeper than its label: at column 1 (pasted) or at the label's own
 * depth; sometimes the whole block, sometimes a few lines from anywhere in it.
 */
export const shallowProse: SlipKind = {
  name: 'prose at the wrong depth',
  apply(text, letter, random) {
    const field = pick(random, proseFields(letter));
    if (!field) return undefined;
    const all = field.paragraphs.flatMap((p) => p.lines).filter((l) => l.range.start.line !== field.label.range.start.line);
    if (!all.length) return undefined;
    // a line starting '#' (a drug quantity, '#60') moved to column 1 is a comment by the language's rule, and at the
    // label's depth may be one typed indented: a different letter, not a slip of indentation; such runs stop before it
    const whole = random() < 0.3;
    const from = whole ? 0 : int(random, 0, all.length - 1);
    let to = whole ? all.length - 1 : Math.min(all.length - 1, from + int(random, 0, 4));
    const hash = all.findIndex((l, i) => i >= from && i <= to && l.text.startsWith('#'));
    if (hash === from) return undefined;
    if (hash > from) to = hash - 1;
    const labelIndent = field.label.range.start.character;
    const depth = random() < 0.5 ? 0 : labelIndent;
    const ls = splitLines(text);
    const lines: number[] = [];
    for (const l of all.slice(from, to + 1)) {
      const n = l.range.start.line;
      ls[n] = ' '.repeat(depth) + ls[n].trimStart();
      lines.push(n);
    }
    return { text: ls.join('\n'), lines, what: `${lines.length} line(s) of '${field.spec.label}:' at column ${depth + 1}` };
  },
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A header date written another way: ISO, month names, a two-digit year, the day first, other separators. */
export const reformattedDate: SlipKind = {
  name: 'date in another form',
  apply(text, letter, random) {
    const fields = ['dateAssigned', 'dateOfInjury', 'decisionDate', 'urDenialDate', 'applicationReceived']
      .map((k) => letter.letterFields[k as keyof Letter['letterFields']])
      .filter((f): f is Extract<Field, { shape: 'value' }> => f?.shape === 'value' && !!f.value && /^\d{2}\/\d{2}\/\d{4}$/.test(f.value.text));
    const field = pick(random, fields);
    if (!field?.value) return undefined;
    const [mm, dd, yyyy] = field.value.text.split('/');
    const [m, d] = [Number(mm), Number(dd)];
    const yy = yyyy.slice(2);
    const month = MONTHS[m - 1];
    const forms: { text: string; ambiguous?: boolean }[] = [
      { text: `${yyyy}-${mm}-${dd}` },
      { text: `${month.slice(0, 3)} ${d}, ${yyyy}` },
      { text: `${month} ${d}, ${yyyy}` },
      { text: `${d} ${month} ${yyyy}` },
      { text: `${dd}-${month.slice(0, 3)}-${yy}` },
      { text: `${mm}/${dd}/${yy}` },
      { text: `${m}/${d}/${yy}` },
      // day first: one reading when the day is above 12, two with '-' or '.' when it is not
      d > 12 ? { text: `${dd}/${mm}/${yyyy}` } : { text: `${dd}.${mm}.${yyyy}`, ambiguous: d !== m },
      { text: `${mm}-${dd}-${yy}`, ambiguous: d <= 12 && d !== m },
    ];
    const form = pick(random, forms)!;
    const { start, end } = field.value.range;
    return {
      text: replaceOnLine(text, start.line, start.character, end.character, form.text),
      lines: [start.line],
      what: `'${field.value.text}' typed '${form.text}'`,
      ambiguous: form.ambiguous,
    };
  },
};

/** A citation's sections separated with commas, as the printed letter shows them. */
export const commaSections: SlipKind = {
  name: 'sections separated by commas',
  apply(text, letter, random) {
    const citations = letter.items.flatMap((i) => [...(i.claimsAdministratorGuideline?.citations ?? []), ...(i.reviewerGuideline?.citations ?? [])])
      .filter((c): c is MtusCitation => c.kind === 'mtus' && (c.sections?.topics.length ?? 0) > 1);
    const citation = pick(random, citations);
    if (!citation?.sections) return undefined;
    const topics = citation.sections.topics;
    const { start } = topics[0].range;
    const end = topics[topics.length - 1].range.end;
    if (start.line !== end.line) return undefined;
    return {
      text: replaceOnLine(text, start.line, start.character, end.character, topics.map((t) => t.text).join(', ')),
      lines: [start.line],
      what: `sections '${topics.map((t) => t.text).join('; ')}' separated by commas`,
    };
  },
};

/** An item's decision word in another spelling: a stem, a full stop, a typing slip, capitals. */
export const decisionSpelling: SlipKind = {
  name: 'decision word misspelt',
  apply(text, letter, random) {
    const decision = pick(random, letter.items.map((i) => i.decision).filter((d) => d?.word && d.value));
    if (!decision?.value || !decision.word) return undefined;
    const stem = decision.word === 'Upheld' ? 'Uphold' : 'Overturn';
    const variants = [stem, `${decision.word}.`, `${decision.word.toLowerCase()}.`, decision.word.toUpperCase() + '.', typo(decision.word, random), `${stem.toLowerCase()}`];
    const wrong = pick(random, variants)!;
    if (/^(upheld|overturned)$/i.test(wrong)) return undefined;
    const { start, end } = decision.value.range;
    return { text: replaceOnLine(text, start.line, start.character, end.character, wrong), lines: [start.line], what: `'${decision.value.text}' typed '${wrong}'` };
  },
};

/** An item's decision in another vocabulary (`Denied`, `Certified`): its meaning is a reading, never fixed in bulk. */
export const decisionVocabulary: SlipKind = {
  name: 'decision in other words',
  apply(text, letter, random) {
    const decision = pick(random, letter.items.map((i) => i.decision).filter((d) => d?.word && d.value));
    if (!decision?.value || !decision.word) return undefined;
    const words = decision.word === 'Upheld' ? ['Denied', 'Not certified', 'Non-certified', 'Not medically necessary'] : ['Certified', 'Approved', 'Authorized', 'Medically necessary'];
    const wrong = pick(random, words)!;
    const { start, end } = decision.value.range;
    return { text: replaceOnLine(text, start.line, start.character, end.character, wrong), lines: [start.line], what: `'${decision.value.text}' typed '${wrong}'`, ambiguous: true };
  },
};

export const SLIP_KINDS: readonly SlipKind[] = [misspeltLabel, shallowProse, reformattedDate, commaSections, decisionSpelling, decisionVocabulary];
