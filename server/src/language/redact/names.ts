/**
 * Person names nobody declared and no title or role announces ("Henrietta Voss reported ..."), found with the
 * compromise NLP library (pure JavaScript, no downloads). compromise is loaded on the first public copy, never by
 * validation or the core index, and runs only on candidate sentences: those with a capitalised word that is not a
 * clinical or letter word and that compromise's lexicon knows as a name, or two such words in a row. A letter
 * written the de-identified way has none, so its public copy never pays for the NLP.
 *
 * What compromise calls a person is removed when the evidence is strong (two or more capitalised words, one a known
 * first name: "Linda Chu"); otherwise (one word, an unknown first name) it is kept and reported as a suspicious
 * remainder for the reviewer to decide.
 */
import { ROLE_WORDS } from './find';
import { isClinicalPhrase, isEponymUse, isLetterWord, overlapsPlaceName } from './vocabulary';

export interface NameSpan { start: number; end: number }
export interface FoundNames { names: NameSpan[]; remainders: NameSpan[] }

interface Term { text: string; tags: string[]; offset?: { start: number; length: number } }
interface NlpDoc { people(): { json(opts?: object): { text: string; offset?: { start: number; length: number }; terms: Term[] }[] } }
interface Nlp { (text: string): NlpDoc; model(): { one: { lexicon: Record<string, string | undefined> } } }

let nlp: Nlp | undefined;
/** compromise, loaded on first use (about half a second): only the public copy and its review need it. */
function compromise(): Nlp {
  if (!nlp) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require('compromise') as Nlp & { default?: Nlp };
    nlp = mod.default ?? mod;
  }
  return nlp;
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const CAPITALISED = /(?:Mc|Mac|O['\u2019])?[A-Z][a-z]+(?:['\u2019-][A-Z]?[a-z]+)*/g;

function lexiconTag(word: string): string | undefined {
  return compromise().model().one.lexicon[word.toLowerCase()];
}

/** A capitalised word that could start a name: not a letter word, not the first word of its sentence. */
function nameLike(sentence: string, start: number, word: string): boolean {
  if (isLetterWord(word)) return false;
  const before = sentence.slice(0, start).trimEnd();
  return before.length > 0 && !/[.!?:;"\u201c(]$/.test(before);
}

/** Sentences worth running the NLP on: one capitalised word, not a letter word, that compromise's lexicon knows as a
 * name, found by a cheap scan (two unknown capitalised words in a row are far more often a clinical term). */
function isCandidate(sentence: string, covered: (at: number) => boolean): boolean {
  for (const m of sentence.matchAll(CAPITALISED)) {
    if (covered(m.index)) continue;
    const tag = lexiconTag(m[0]);
    // a sentence's first word is capitalised anyway: there, only a known first name counts
    if (tag && NAME_TAGS.has(tag) && !isLetterWord(m[0]) && (FIRST_NAME_TAGS.has(tag) || nameLike(sentence, m.index, m[0]))) return true;
  }
  return false;
}

/** Sentences with their offsets; a title's full stop ("Dr.") does not end one. */
function sentences(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  const re = /(?:[^.!?]|\.(?=\S)|\b(?:Dr|Mr|Mrs|Ms|Jr|Sr|St|Prof|vs|e\.g|i\.e|[A-Z])\.\s)+[.!?]*/g;
  for (const m of text.matchAll(re)) if (m[0].trim()) out.push({ start: m.index, text: m[0] });
  return out;
}

function isAuthorCitation(text: string, start: number, end: number): boolean {
  return /\(\s*$/.test(text.slice(Math.max(0, start - 3), start)) && /^,?\s*(?:et al\.?,?\s*)?(?:19|20)\d\d/.test(text.slice(end, end + 16))
    || /^\s+et\s+al\b/.test(text.slice(end, end + 8));
}

/** "Ann Arbor (MI)", "Santa Rosa, CA": a place, named with its state. */
function isPlace(text: string, end: number): boolean {
  return /^(?:\s*\(\s*[A-Z]{2}\s*\)|,\s*[A-Z]{2}\b(?![a-z]))/.test(text.slice(end, end + 8));
}

/** `covered`: spans already redacted (by pattern or declaration); a name word inside one needs no NLP. */
export function findNames(text: string, covered: readonly NameSpan[] = []): FoundNames {
  const names: NameSpan[] = [];
  const remainders: NameSpan[] = [];
  for (const s of sentences(text)) {
    if (!isCandidate(s.text, (at) => covered.some((c) => c.start <= s.start + at && s.start + at < c.end))) continue;
    let from = 0;
    for (const person of compromise()(s.text).people().json({ offset: true })) {
      // the person's words as they stand in the sentence, without the punctuation compromise keeps
      const found = person.terms.map((t) => t.text.replace(/^[("'\u201c]+|[)"'\u201d.,;:!?]+$/g, '')).filter(Boolean);
      // compromise takes a role into the name ("Practitioner Henrietta Voss"): the role stays in the copy
      while (found.length > 1 && (ROLE_WORDS.has(found[0].toLowerCase()) || isLetterWord(found[0]))) found.shift();
      if (!found.length) continue;
      const at = s.text.indexOf(found[0], from);
      if (at < 0) continue;
      let end = at;
      for (const w of found) {
        const i = s.text.indexOf(w, end);
        if (i < 0 || i - end > 3) break;
        end = i + w.length;
      }
      from = end;
      const phrase = s.text.slice(at, end).replace(/['\u2019]s$/, '');
      end = at + phrase.length;
      const start = s.start + at;
      const words = phrase.split(/[\s,]+/).filter(Boolean);
      if (!words.every((w) => /^(?:Mc|Mac|O['\u2019])?[A-Z]/.test(w))) continue;
      if (isClinicalPhrase(phrase) || isEponymUse(text, s.start + end) || isAuthorCitation(text, start, s.start + end) || isPlace(text, s.start + end) || overlapsPlaceName(text, start, s.start + end)) continue;
      const unknown = words.filter((w) => !isLetterWord(w));
      if (!unknown.length) continue;
      const firstName = words.some((w) => FIRST_NAME_TAGS.has(lexiconTag(w) ?? ''));
      const strong = words.length >= 2 && firstName && !isLetterWord(words[0]);
      (strong ? names : remainders).push({ start, end: s.start + end });
    }
  }
  return { names, remainders };
}
