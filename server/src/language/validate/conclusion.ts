/**
 * What a decision rationale concludes about medical necessity, read clause by clause.
 *
 * A rationale's conclusion is the sentence that decides the request: it names the request ("the request for
 * ...", "this request", "the requested ...") or medical necessity, and says whether it is necessary, certified,
 * indicated, supported, warranted, recommended or appropriate. Reviewers put it last ("Therefore, the request
 * is not medically necessary.") or first ("No, the request ... was not medically necessary."), and surround it
 * with sentences that are not the conclusion: what the utilization review decided, what a guideline says in
 * general, and advice ("Weaning is not indicated", "a trial would be appropriate"). So each sentence is read on
 * its own: its deciding predicate, the subject it is said of, and the negations in that predicate's clause
 * (counted, so "not unreasonable" is positive); then the sentence that decides is chosen by position.
 *
 * The reading says how sure it is: only an unhedged sentence that names the request, with no other sentence
 * saying the opposite, is `certain`; everything else may only ever give a warning.
 */
import type { ProseField, Range } from '../syntax/ast';
import { readFromProse } from '../syntax/nodes';
import { proseText, type ProseText } from './prose-map';
import { splitSentences, type Sentence } from './sentences';
import { allMatches, lastMatch } from './all-matches';

export type Conclusion = 'necessary' | 'not-necessary' | 'taper';

/** How one sentence reads, when it says something about the necessity of something. */
export interface SentenceReading {
  conclusion: 'necessary' | 'not-necessary';
  sentence: Sentence;
  /** 1: names the request or medical necessity (or says "medically necessary"); 2: names the item's treatment; 3: a bare closing predicate */
  tier: 1 | 2 | 3;
  /** the subject is the request itself ("the request", "this request", "medical necessity") */
  namesRequest: boolean;
  /** hypothetical ("would be appropriate") or conditional ("... when red flags are present") */
  hedged: boolean;
  /** offsets (in the whole text) of a plain `not` whose removal reverses a negative reading */
  negation?: { start: number; end: number };
  /** offset (in the whole text) where `not ` reverses a positive "medically necessary" */
  insertNotAt?: number;
}

export interface TextConclusion {
  conclusion: Conclusion;
  sentence: Sentence;
  /** an unhedged sentence naming the request, where the rationale decides, with nothing saying the opposite */
  certain: boolean;
  /** another sentence that decides the other way */
  conflicting?: { conclusion: Conclusion; sentence: Sentence };
  negation?: { start: number; end: number };
  insertNotAt?: number;
}

/**
 * The predicate words, each written from its first letter (an optional prefix spelled out, with and then without
 * it, as the search tries them), so that `SCAN` can group them by that letter.
 */
const PREDICATE_FORMS = [
  String.raw`not-medically[- ](?:necessary|appropriate|indicated|warranted|reasonable|justified|required|supported)`,
  String.raw`medically[- ](?:necessary|appropriate|indicated|warranted|reasonable|justified|required|supported)`,
  String.raw`reasonable\s+and\s+(?:medically\s+)?necessary`,
  String.raw`medical\s+necessity`,
  String.raw`non-?certifi(?:ed|able)`, String.raw`uncertifi(?:ed|able)`, String.raw`certifi(?:ed|able)`,
  'unnecessary', 'necessary',
  'unsupported', 'supported',
  'unwarranted', 'warranted',
  'inappropriate', 'appropriate',
  'unreasonable', 'reasonable',
  'unjustified', 'justified',
  'contraindicated', 'indicated',
  'recommended',
  'approved',
  'authorized',
  'denied',
].map((p) => `${p}\\b`);
// (one word boundary before the alternatives, the same as one before each: the search tests it once a place)
const PREDICATE_WORDS = PREDICATE_FORMS.join('|');
const PREDICATE = new RegExp(`\\b(?:${PREDICATE_WORDS})`, 'gi');

const STRONG = /^(?:not-)?medically|^reasonable\s+and|^medical\s+necessity/i;
const NEGATIVE_FORM = /^(?:not-|non|un(?!der)|inappropriate|contraindicated|denied)/i;

/** What the request is called: the subject a weak predicate ("supported", "indicated") must be said of. */
const SUBJECT = /\b(?:the|this|these|that|such)\s+(?:(?!the\b|that\b|this\b)[\w-]+\s+){0,2}?requests?\b|\brequest(?:ed)?\s+for\b|\bthe\s+requested\b|\b(?:the|this)\s+decision\s+for\b|\bdecision\s+for\b|\b(?:this|the\s+(?:proposed|requested|prescribed|disputed|recommended))\s+(?:treatment|service|medication|procedure|study|item|test|therapy|device|surgery|imaging|equipment|program)\b|\bmedical\s+necessity\b|\bremaining\s+(?:IMR\s+eligible\s+)?portion\b/i;

/** Where a clause ends for the purpose of finding its subject. */
const BOUNDARY_WORDS = ['therefore', 'thus', 'hence', 'but', 'although', 'though', 'because', 'since', 'whereas', 'however', 'while', 'which', 'unless', String.raw`as\s+such`, String.raw`so\s+that`, 'consequently', 'accordingly'];
// (grouped by first letter, a fifth cheaper: see byFirstLetter)
const STRONG_BOUNDARY = new RegExp(`[;:]|\\b(?:${byFirstLetter(BOUNDARY_WORDS)})\\b`, 'gi');
const NEXT_BOUNDARY = new RegExp(STRONG_BOUNDARY.source, 'gi');
const SUBJECTS = new RegExp(SUBJECT.source, 'gi');

function lastSubject(text: string): { index: number; 0: string } | undefined {
  return lastMatch(SUBJECTS, text);
}
/** Where the words governing a predicate start: commas, and a coordinated verb phrase ("... and is not ..."). */
const WEAK_BOUNDARY = /,|\b(?:and|or)\s+(?=(?:is|are|was|were|does|do|did|has|have|had|would|will|can|cannot|could|should|may|might|must|not|therefore|thus|deem|appears?|seems?)\b)/gi;
const VERB = /\b(?:is|are|was|were|be|been|am|does|do|did|has|have|had|would|will|can|cannot|could|should|may|might|must|appears?|seems?|remains?|deem|deems|deemed|considered?|find|finds|found|meets?|met|lacks?|lacking|lacked)\b|n't\b/i;
const NEGATION = /\b(?:not|no|never|cannot|neither|nor|none|nothing|lacks|lacking|lacked)\b|n't\b|\bfail(?:s|ed)?\s+to\b|\bunable\s+to\b|\bnon-?certification\b/gi;
const COPULA_BEFORE = /\b(?:is|are|was|were|be|been|being|am|seems?|appears?|remains?|deemed|considered|found|becomes?|not)\s+(?:[\w-]+\s+){0,3}$/i;
const HISTORY = /\b(?:was|were|had\s+been|has\s+been)\s+(?:previously\s+|initially\s+|partially\s+|subsequently\s+)?(?:non-?certified|certified|denied|approved|authorized|modified)\b/i;
const ATTRIBUTION = /\b(?:utilization\s+review|UR|claims\s+administrator|carrier|insurer|peer\s+review(?:er)?|(?:prior|previous|initial|first)\s+(?:reviewer|review|determination|decision|physician\s+reviewer)|(?:requesting|treating|primary|attending)\s+(?:physician|provider|doctor|surgeon)|provider)\s+(?:[\w-]+\s+){0,4}?(?:determined|found|non-?certified|denied|modified|stated|felt|noted|concluded|decided|deemed|considered|opined|reported|believes?|requested|argued|contends?|indicated)\b|\bby\s+(?:the\s+)?(?:UR|utilization\s+review|claims\s+administrator|carrier|prior|previous|initial)\b|\bper\s+(?:the\s+)?(?:UR|utilization\s+review)\b|\bpreviously\s+(?:denied|non-?certified|certified|modified|requested|approved|authorized)\b/i;
/** A verb of judgement whose object (or "that" clause) is the request. */
const JUDGEMENT_BEFORE_SUBJECT = /\b(?:find|finds|found|consider|considers|considered|deem|deems|believe|think|say|said|agree|see|feel|recommend|certify|support|approve|authori[sz]e|justify|endorse|establish(?:es|ed)?|shown?|demonstrat\w*|evidence|indication|documentation|clear|certain|convinced)\s+(?:that\s+)?$/i;
const MODAL = /\b(?:would|could|might|may)\b/i;
const CONDITION_AFTER = /^[^.;]*?\b(?:if|unless|when|whenever|once|provided|only\s+after|in\s+patients|for\s+patients|in\s+cases?)\b/i;
const CONDITION_START = /^\s*(?:if|once|should|unless|when|whenever|provided|in\s+the\s+event)\b/i;
const ESTABLISHED = /\b(?:established|demonstrated|shown|met|substantiated|supported|documented|proven|confirmed|present)\b/i;
const ADVICE_SUBJECT = /\b(?:wean\w*|taper\w*|trial|initial|additional|further|future|follow-up|consult\w*|referral)\b/i;
/** A guideline's general statement ("ODG states that an MRI is recommended when ..."), not the reviewer's decision. */
const GUIDELINE_SAYS = /\b(?:guidelines?|MTUS|ACOEM|ODG|literature)\s+(?:[\w-]+\s+){0,4}?(?:state|states|stated|indicate|indicates|recommend|recommends|support|supports|notes?|says?|allows?|suggests?|endorses?|requires?)\b/i;
/** ... and, for the weaker words, a statement of what is usual ("MRI is generally recommended", "only indicated for") */
const GENERAL_RULE = /^\W*(?:according\s+to|per|as\s+per|in\s+accordance\s+with)\b|\b(?:generally|typically|usually|routinely|commonly|only)\b/i;
const TAPER = /\b(?:taper\w*|wean\w*|discontinu\w*|detox\w*)\b/i;
const ADVISE = /\b(?:consult|advis\w*|recommend\w*|refer\w*|should|encourag\w*|suggest\w*)\b/i;
const ADVERBS = ['therefore', 'thus', 'hence', 'also', 'then', 'currently', 'still', 'clearly', 'certainly', 'consequently', 'accordingly', 'again'];
const ADVERB_WORDS = ADVERBS.join('|');
const ADVERB = new RegExp(`\\b(?:${ADVERB_WORDS})\\b`, 'i');
const ADVERB_AFTER_AUX = new RegExp(`\\b(is|are|was|were|be|would|will|should|can|does|do|has|have)(\\s+)(${ADVERB_WORDS})\\b`, 'gi');

/** Words too common in item texts to say which treatment a sentence is about. */
const GENERIC = new Set(['the', 'and', 'for', 'with', 'without', 'of', 'to', 'a', 'an', 'right', 'left', 'bilateral', 'times', 'time', 'week', 'weeks', 'month', 'months', 'day', 'days', 'per', 'session', 'sessions', 'visit', 'visits', 'unit', 'units', 'quantity', 'qty', 'unknown', 'request', 'purchase', 'rental', 'retrospective', 'additional', 'each', 'one', 'two', 'three', 'four', 'six', 'twelve', 'mg', 'tab', 'tabs', 'tablet', 'tablets', 'contrast', 'spine', 'lower', 'upper', 'extremity', 'extremities', 'initial', 'follow', 'up', 'evaluation', 'treatment', 'therapy']);

const ITEM_WORD = /[a-z][a-z-]{2,}/g;

/** The item's words, made when first asked: only a closing predicate with no subject asks (most rationales never do). */
export type ItemWords = () => Set<string>;

function lazyItemWords(item: string | undefined): ItemWords {
  let words: Set<string> | undefined;
  return () => (words ??= itemWords(item));
}

function itemWords(item: string | undefined): Set<string> {
  const out = new Set<string>();
  if (!item) return out;
  for (const w of item.toLowerCase().match(ITEM_WORD) ?? []) {
    const stem = w.endsWith('s') ? w.slice(0, -1) : w;
    if (!GENERIC.has(w) && !GENERIC.has(stem)) out.add(stem);
  }
  return out;
}

/** White space other than the plain space: what blanking must keep as it is. */
const OTHER_SPACE = /[^\S ]/;

/** Blanks what never governs the predicate (quoted request names, brackets) without moving offsets. */
function mask(text: string, plain = false, adverbLike = true): string {
  // each character but white space becomes a space: a run of spaces as long, when the only white space is the
  // space (the usual), rather than a replacement per character
  const blank = (s: string) => (plain || OTHER_SPACE.test(s) ? s.replace(/[^\s]/g, ' ') : ' '.repeat(s.length));
  let out = text;
  // (/["“(\[]/.test by indexOf, a quarter of the cost on a sentence without them, the usual)
  if (plain ? /["“(\[]/.test(out) : out.includes('"') || out.includes('(') || out.includes('[') || out.includes('“')) out = out.replace(/"[^"]*"|“[^”]*”|\([^()]*\)|\[[^\]]*\]/g, (m) => m[0] + blank(m.slice(1, -1)) + m[m.length - 1]);
  // `adverbLike` false: the sentence has no adverb, so neither has its blanked copy (blanking only turns the
  // letters between kept quotes and brackets into spaces, which makes no new word)
  if (adverbLike && ADVERB.test(out)) out = out.replace(ADVERB_AFTER_AUX, (_m, aux: string, space: string, adverb: string) => aux + space + ' '.repeat(adverb.length));
  return out;
}

function lastMatchBefore(re: RegExp, text: string, end: number): { index: number; length: number } | undefined {
  const m = lastMatch(re, text.slice(0, end));
  return m && { index: m.index, length: m[0].length };
}

const SENTENCE_WORD = /[a-z][a-z-]{2,}/g;

/** Whether a stretch of the sentence has a word of the item ("MRI" for "MRI of the lumbar spine"), plural or not. */
function namesItem(text: string, item: Set<string>): boolean {
  const lower = text.toLowerCase();
  SENTENCE_WORD.lastIndex = 0;
  for (let m; (m = SENTENCE_WORD.exec(lower));) {
    const w = m[0];
    if (item.has(w.endsWith('s') ? w.slice(0, -1) : w)) {
      SENTENCE_WORD.lastIndex = 0;
      return true;
    }
  }
  return false;
}

function countNegations(text: string): { count: number; plainNot?: number } {
  let count = 0;
  let plainNot: number | undefined;
  for (const m of allMatches(NEGATION, text)) {
    // "neither ... nor", "not supported nor necessary": one negation; "nor" counts only where it stands alone
    if (m[0].toLowerCase() === 'nor' && count > 0) continue;
    count++;
    if (m[0].toLowerCase() === 'not') plainNot = m.index;
  }
  return { count, plainNot };
}

/** /\?["')\]]*$/ by hand: a question mark before any closing quotes and brackets at the end (tried from the end). */
function isQuestion(text: string): boolean {
  let i = text.length - 1;
  for (let c = text.charCodeAt(i); i >= 0 && (c === 34 || c === 39 || c === 41 || c === 93); c = text.charCodeAt(--i));
  return i >= 0 && text.charCodeAt(i) === 63;
}

/** The reviewer's own verdict on the UR decision: "I am upholding the UR denial", "the prior decision is overturned". */
const VERDICT = /\b(uph[eo]ld(?:ing|s)?|affirm(?:ing|s|ed)?|overturn(?:ing|s|ed)?|revers(?:e|ing|es|ed))\s+(?:the\s+)?(?:UR|utilization\s+review|prior|previous|initial|original|adverse)?\s*(?:UR\s+)?(?:denial|decision|determination|non-?certification)\b|\b(?:denial|decision|determination|non-?certification)\s+(?:is|was|should\s+be|will\s+be)\s+(?:hereby\s+)?(uph[eo]ld|affirmed|overturned|reversed)\b|\b(?:denial|non-?certification|UR\s+decision)\s+(?:should|will|must|shall|is\s+to)\s+(stand|remain)\b/i;

/**
 * A cheap test before the verdict pattern: a word that starts with a verdict verb. Each verb of `VERDICT` starts a
 * word (after `\b` or white space), and so it does in the sentence as written: masking blanks only letters
 * between kept quotes and brackets, and whole adverbs followed by a non-word character, so a letter after a blank
 * is never a word's first.
 */
const VERDICT_STARTS = ['uphold', 'upheld', 'affirm', 'overturn', 'revers', 'stand', 'remain'];
const VERDICT_START = VERDICT_STARTS.join('|');
const VERDICT_WORD = new RegExp(`\\b(?:${VERDICT_START})`, 'i');

/** "Recommend non-certification (of the request)": the reviewer's recommendation as a noun. */
const RECOMMEND_CERTIFICATION = /\b(?:I\s+)?recommend(?:s|ed|ing)?\s+(?:the\s+)?(non-?)?certification\b/i;

/** The same for the recommendation: its "(non-)certification" follows white space, so it starts a word. */
const CERTIFICATION_STARTS = ['non-certification', 'noncertification', 'certification'];
const CERTIFICATION_WORD = new RegExp(`\\b(?:${CERTIFICATION_STARTS.join('|')})`, 'i');

/**
 * The four searches every read sentence needs (its predicates; whether it has a verdict word, "certification",
 * an adverb that `mask` blanks), as one pass; all four start where a word does, so the search tries nothing
 * inside a word (a third less time than with the verdict words and "certification" found anywhere). It finds
 * what the four find apart, because no match of one can hide a match of another: each starts a word, predicates
 * and adverbs end where a word does and hold none of the others' words, a verdict word or "certification" ends
 * inside a word or where it does (what follows in that word starts nothing), and no two of them can match at the
 * same place (so the one tried first never takes another's place). The tests check this against the four searches on
 * generated text. (The quote test of `mask` stays apart: an indexOf is cheaper.)
 */
const SCAN_WORDS = [...PREDICATE_FORMS, ...ADVERBS.map((a) => `${a}\\b`), ...VERDICT_STARTS, ...CERTIFICATION_STARTS];
const SCAN = new RegExp(`\\b(?:${byFirstLetter(SCAN_WORDS)})`, 'gi');
/** What a match of `SCAN` is, by its text in lower case (ASCII: a letter of these words matches only an ASCII letter); a predicate is none of these. */
const SCAN_KIND = new Map<string, 'adverb' | 'verdict' | 'certification'>([
  ...ADVERBS.map((w) => [w, 'adverb'] as const),
  ...VERDICT_STARTS.map((w) => [w, 'verdict'] as const),
  ...CERTIFICATION_STARTS.map((w) => [w, 'certification'] as const),
]);

/**
 * Alternatives that each start with a plain letter, grouped by it (`a(?:ppropriate|pproved)|c(?:...)`), each
 * group keeping its alternatives' order: where a search tries them, only the group of the letter there can match,
 * and it tries them in the same order, so the first that matches is the same; it is a fifth cheaper than trying
 * all of them at every word.
 */
export function byFirstLetter(alternatives: string[]): string {
  const groups = new Map<string, string[]>();
  for (const a of alternatives) {
    if (!/^[a-z](?![?*+{])/.test(a)) throw new Error(`not a plain first letter: ${a}`);
    const rest = groups.get(a[0]) ?? [];
    groups.set(a[0], rest);
    rest.push(a.slice(1));
  }
  return [...groups].map(([letter, rest]) => `${letter}(?:${rest.join('|')})`).join('|');
}

export interface SentenceScan { predicates: RegExpExecArray[]; verdictLike: boolean; certificationLike: boolean; adverbLike: boolean }

export function scanSentence(text: string): SentenceScan {
  const predicates: RegExpExecArray[] = [];
  let verdictLike = false;
  let certificationLike = false;
  let adverbLike = false;
  SCAN.lastIndex = 0;
  // (no alternative matches the empty string, so the search always moves on)
  for (let m; (m = SCAN.exec(text));) {
    const kind = SCAN_KIND.get(m[0].toLowerCase());
    if (kind === undefined) predicates.push(m);
    else if (kind === 'adverb') adverbLike = true;
    else if (kind === 'verdict') verdictLike = true;
    else certificationLike = true;
  }
  return { predicates, verdictLike, certificationLike, adverbLike };
}

/** The same, search by search: what `scanSentence` must equal. */
export function scanSentencePlain(text: string): SentenceScan {
  return { predicates: allMatches(PREDICATE, text), verdictLike: VERDICT_WORD.test(text), certificationLike: CERTIFICATION_WORD.test(text), adverbLike: ADVERB.test(text) };
}

/**
 * The deciding predicate of one sentence, if it has one; `closing` lets a bare predicate at its end count. The
 * predicate that names the request most directly decides; of equals, the last (the main clause ends the
 * sentence), so the predicates are read from the end, and the first reading of tier 1 is the answer.
 */
export function readSentence(s: Sentence, itemWordsOf?: ItemWords, closing = false, bodyOnly = false, plain = false, namingOnly = false): SentenceReading | undefined {
  // the predicates of the sentence as written: those of the masked text too when masking changed nothing (usual)
  // (`plain`: each search on its own, no gate and no shortcut, for the tests to compare with)
  const { predicates: unmasked, verdictLike, certificationLike, adverbLike } = (plain ? scanSentencePlain : scanSentence)(s.text);
  if (!plain && !unmasked.length && !verdictLike && !certificationLike) return undefined;
  // a question ("Medically necessary?") asks, it does not decide
  if (plain ? /\?["')\]]*$/.test(s.text) : isQuestion(s.text)) return undefined;
  const masked = mask(s.text, plain, plain || adverbLike);
  // `namingOnly`: the caller can use only a reading that names the request, and each one needs a verdict word,
  // "certification" or a subject (a subject before the predicate, or "medical necessity" itself, is a match of
  // SUBJECT in the masked text): without any, the reading, if there is one, names nothing
  if (namingOnly && !verdictLike && !certificationLike && !SUBJECT.test(masked)) return undefined;
  // the reviewer's recommendation or verdict names the request: nothing can outrank it
  const recommend = plain || certificationLike ? RECOMMEND_CERTIFICATION.exec(masked) : null;
  if (recommend && !/\b(?:not|never|cannot)\b|n't\b/i.test(masked.slice(0, recommend.index))) {
    return { conclusion: recommend[1] ? 'not-necessary' : 'necessary', sentence: s, tier: 1, namesRequest: true, hedged: false };
  }
  const verdict = plain || verdictLike ? VERDICT.exec(masked) : null;
  if (verdict && !/\b(?:not|never|cannot)\b|n't\b/i.test(masked.slice(0, verdict.index)) && !MODAL.test(masked.slice(0, verdict.index))) {
    const verb = (verdict[1] ?? verdict[2] ?? verdict[3]).toLowerCase();
    return { conclusion: /^(?:uph|affirm|stand|remain)/.test(verb) ? 'not-necessary' : 'necessary', sentence: s, tier: 1, namesRequest: true, hedged: false };
  }
  let best: SentenceReading | undefined;
  const matches = masked === s.text ? unmasked : allMatches(PREDICATE, masked);
  for (let k = matches.length - 1; k >= 0; k--) {
    const m = matches[k];
    const at = m.index ?? 0;
    const word = m[0];
    const strong = STRONG.test(word);
    // the cheap refusals first: a weaker word needs a copula ("is not supported"), and in the body of a
    // rationale only a sentence naming the request can matter
    if (!strong && !COPULA_BEFORE.test(masked.slice(Math.max(0, at - 60), at))) continue;
    // "a reasonable suspicion", "is being recommended for": an adjective or a process, not a verdict
    if (!strong && /\b(?:an?|the|being)\s+$/i.test(masked.slice(Math.max(0, at - 8), at))) continue;
    if (!strong && bodyOnly && !SUBJECT.test(masked.slice(0, at))) continue;
    const clauseBoundary = lastMatchBefore(STRONG_BOUNDARY, masked, at);
    const clauseStart = clauseBoundary ? clauseBoundary.index + clauseBoundary.length : 0;
    NEXT_BOUNDARY.lastIndex = at + word.length;
    const clauseEnd = NEXT_BOUNDARY.exec(masked)?.index ?? masked.length;
    const before = masked.slice(clauseStart, at);
    const after = masked.slice(at + word.length, clauseEnd);
    const clause = masked.slice(clauseStart, clauseEnd);
    const isNecessityNoun = /^medical\s+necessity$/i.test(word);
    // the request named nearest before the predicate: "As the guidelines do not support the request, the request is ..."
    const subject = lastSubject(before);
    if (!subject && GUIDELINE_SAYS.test(clause)) continue;
    if (!strong && !/request/i.test(subject?.[0] ?? '') && GENERAL_RULE.test(clause)) continue;
    const namesRequest = !!subject || isNecessityNoun;
    let tier: 1 | 2 | 3 | undefined;
    let item: Set<string>;
    if (strong || subject) tier = 1;
    else if (itemWordsOf && (item = itemWordsOf()).size && !ADVICE_SUBJECT.test(before) && namesItem(s.text.slice(clauseStart, at), item)) tier = 2;
    else if (closing && /^\W*(?:(?:at\s+this\s+time|in\s+this\s+case|here|for\s+this\s+(?:patient|injured\s+worker)|by\s+(?:the\s+)?(?:guidelines?|MTUS|ODG|ACOEM)[\w\s/]*)\W*)?$/i.test(masked.slice(at + word.length)) && !ADVICE_SUBJECT.test(before)) tier = 3;
    if (!tier) continue;
    // a later predicate already reads as well or better: this one cannot replace it
    if (best && tier >= best.tier && !plain) continue;
    // the words that govern the predicate: back from it to the nearest segment with a verb of its own
    const segments = [clauseStart];
    for (const b of allMatches(WEAK_BOUNDARY, before)) segments.push(clauseStart + (b.index ?? 0) + b[0].length);
    let scopeStart = at;
    for (let i = segments.length - 1; i >= 0; i--) {
      scopeStart = segments[i];
      // "medical necessity" is its own subject: only the words right before it govern it
      // a coordinated "... and not medically necessary" shares the verb before it but has its own negation
      const words = masked.slice(scopeStart, at);
      if (isNecessityNoun || VERB.test(words) || /^\s*(?:not|never)\b/i.test(words)) break;
    }
    // negations before the subject belong to another clause ("criteria have not been met and the request is ..."),
    // except the noun that carries the decision: "non-certification of the request is recommended"
    if (subject) {
      const subjectAt = clauseStart + subject.index;
      const noun = /\b(?:non-?)?certification\s+(?:of\s+)?$/i.exec(masked.slice(clauseStart, subjectAt));
      scopeStart = Math.max(scopeStart, noun ? clauseStart + noun.index : subjectAt);
    }
    // the request as the object of a negated judgement: "I do not find the request ...", "It cannot be said that the request ..."
    let matrix = 0;
    if (subject && !isNecessityNoun) {
      const lead = masked.slice(segments.filter((b) => b <= clauseStart + subject.index).pop() ?? clauseStart, clauseStart + subject.index);
      if (JUDGEMENT_BEFORE_SUBJECT.test(lead)) matrix = countNegations(lead).count;
      else if (/\b(?:none|neither|nothing|no\s+part|not\s+(?:any|one))\s+of\s+$/i.test(lead)) matrix = 1;
    }
    const scope = masked.slice(scopeStart, at);
    // what utilization review or the treating physician decided, or what was decided before, is not the conclusion
    const ownStart = Math.min(scopeStart, subject ? segments.filter((b) => b <= clauseStart + subject.index).pop() ?? clauseStart : scopeStart);
    if (ATTRIBUTION.test(masked.slice(ownStart, clauseEnd)) || HISTORY.test(masked.slice(scopeStart, at + word.length))) continue;
    const negations = countNegations(scope);
    let count = matrix + negations.count + (NEGATIVE_FORM.test(word) ? 1 : 0);
    if (isNecessityNoun) {
      // "medical necessity has not been established", "... is not a medical necessity", "lacks medical necessity"
      const established = ESTABLISHED.exec(after);
      if (established) count += countNegations(after.slice(0, established.index)).count;
      else if (!count && !/\b(?:is|are|was|were|meets?|met|has|have|shows?|demonstrates?|establish(?:es|ed)?)\s+(?:[\w-]+\s+){0,2}$/i.test(before)) continue;
    }
    const negative = count % 2 === 1;
    const hedged = tier === 3
      || (MODAL.test(scope) && !negative)
      || CONDITION_START.test(masked)
      || (!negative && CONDITION_AFTER.test(after));
    const reading: SentenceReading = { conclusion: negative ? 'not-necessary' : 'necessary', sentence: s, tier, namesRequest, hedged };
    if (negative && count === 1 && negations.count === 1 && negations.plainNot !== undefined) {
      const from = s.start + scopeStart + negations.plainNot;
      const gap = /^not[\s-]+/i.exec(s.text.slice(scopeStart + negations.plainNot))?.[0].length ?? 4;
      reading.negation = { start: from, end: from + gap };
    } else if (negative && count === 1 && /^not-/i.test(word)) {
      reading.negation = { start: s.start + at, end: s.start + at + 4 };
    }
    if (!negative && count === 0 && /^medically/i.test(word)) reading.insertNotAt = s.start + at;
    if (!best || reading.tier < best.tier) best = reading;
    if (best.tier === 1) return best; // nothing earlier in the sentence can outrank it
  }
  return best;
}

function isTaperAdvice(s: Sentence): boolean {
  return TAPER.test(s.text) && ADVISE.test(s.text);
}

const BODY_CANDIDATE = /\brequests?\b|\brequested\b|decision\s+for|medically|medical\s+necessity|reasonable\s+and|uph[eo]ld|overturn|revers|certification|\bthis\s+(?:treatment|service|medication|procedure|study|item|test|therapy|device|surgery|imaging|equipment|program)\b/i;

const agree = (a: Conclusion, b: Conclusion) => (a === 'necessary') === (b === 'necessary');

/**
 * Reads a rationale's text; `item` is the disputed item's text, which lets "The MRI is not indicated" count.
 * The whole reading, settled at once (see readDeciding; `readConclusionTextPlain` reads every sentence, for the
 * tests to compare with).
 */
export function readConclusionText(text: string, item?: string): TextConclusion | undefined {
  return readDeciding(text, item)?.settle();
}

/**
 * The reading with what only a disagreeing decision asks (whether the reading is certain: IMR501's message) left
 * until asked. The closing sentences are read from the last: the best ranked decides, the last of equals, so the
 * first reading of the best rank there is (a certain one: tier 1, naming the request, unhedged) decides whatever
 * the sentences before it say, and those are left unread. Whether any sentence says the opposite is looked for
 * when asked: the other closing sentences, then, from the end, those before them, which can then only conflict if
 * they name the request.
 */
function readDeciding(text: string, item?: string): Deciding | undefined {
  const all = splitSentences(text);
  if (!all.length) return undefined;
  const words = lazyItemWords(item);
  const closingFrom = closingStart(all);
  const readings: (SentenceReading | undefined)[] = new Array(all.length);
  let chosen: SentenceReading | undefined;
  let i = all.length - 1;
  for (; i >= closingFrom; i--) {
    const r = (readings[i] = readSentence(all[i], words, true));
    // (read back from the end: a later reading of the same rank stays)
    if (r && (!chosen || rank(r) < rank(chosen))) chosen = r;
    if (chosen && rank(chosen) === BEST_RANK) break;
  }
  if (!chosen) {
    // nothing decides where the rationale ends: the opening sentence or the body may, so every sentence counts
    for (let k = 0; k < closingFrom; k++) readings[k] = readEarly(all, k, words);
    const found = conclude(all, readings, closingFrom);
    return found && new Deciding(found, found);
  }
  if (i < closingFrom) {
    // every closing sentence read: one that says the opposite settles it now
    const conflicting = lastConflicting(readings, chosen, closingFrom, closingFrom);
    if (conflicting || closingFrom === 0) return new Deciding(chosen, outcome(chosen, 'closing', conflicting));
  }
  return new Deciding(chosen, undefined, text, words);
}

/** The best rank there is: tier 1, naming the request, unhedged. */
const BEST_RANK = rank({ tier: 1, namesRequest: true, hedged: false });

/** A reading decided by a closing sentence (or settled at once), and how to settle whether it is certain. */
class Deciding {
  readonly conclusion: Conclusion;
  readonly sentence: Sentence;
  readonly negation?: { start: number; end: number };
  readonly insertNotAt?: number;

  constructor(
    private readonly chosen: SentenceReading | TextConclusion,
    private settled: TextConclusion | undefined,
    /** the rationale's text (kept by its field anyway) and the item's words: its sentences and readings are not kept */
    private readonly text = '',
    private readonly words?: ItemWords,
  ) {
    this.conclusion = chosen.conclusion;
    this.sentence = chosen.sentence;
    this.negation = chosen.negation;
    this.insertNotAt = chosen.insertNotAt;
  }

  /** The whole reading: a sentence that says the opposite, among the closing ones, else one before them naming the request. */
  settle(): TextConclusion {
    if (!this.settled) {
      const chosen = this.chosen as SentenceReading;
      // the same sentences and closing readings as before (they depend on the text and the item alone); the chosen
      // sentence's own reading, read again, agrees with it, so it never counts as the opposite
      const all = splitSentences(this.text);
      const closingFrom = closingStart(all);
      const readings: (SentenceReading | undefined)[] = new Array(all.length);
      for (let i = closingFrom; i < all.length; i++) readings[i] = readSentence(all[i], this.words, true);
      let conflicting = lastConflicting(readings, chosen, closingFrom, closingFrom);
      for (let i = closingFrom - 1; i >= 0 && !conflicting; i--) {
        // (no item words: a reading of the opening sentence that names an item only, tier 2, cannot conflict here; the
        // one naming the request, tier 1, is the same without them)
        const r = readEarly(all, i, undefined, true);
        if (r && conflicts(r, chosen, false)) conflicting = r;
      }
      this.settled = outcome(chosen, 'closing', conflicting);
    }
    return this.settled;
  }
}

/** The same, every sentence read: what `readConclusionText` must equal. */
export function readConclusionTextPlain(text: string, item?: string): TextConclusion | undefined {
  const all = splitSentences(text);
  if (!all.length) return undefined;
  const words = lazyItemWords(item);
  const closingFrom = closingStart(all);
  const readings = all.map((s, i) => (i >= closingFrom ? readSentence(s, words, true) : readEarly(all, i, words)));
  return conclude(all, readings, closingFrom);
}

/** The closing sentences: the last three before any trailing tapering advice. */
function closingStart(all: Sentence[]): number {
  let end = all.length;
  while (end > 1 && isTaperAdvice(all[end - 1])) end--;
  return Math.max(0, end - 3);
}

/** A sentence before the closing ones; one in the body counts only when it names the request or says "medically necessary": the rest are left unread. */
function readEarly(all: Sentence[], i: number, words: ItemWords | undefined, namingOnly = false): SentenceReading | undefined {
  const s = all[i];
  if (i === 0) return readSentence(s, words, false, false, false, namingOnly);
  return BODY_CANDIDATE.test(s.text) ? readSentence(s, undefined, false, true, false, namingOnly) : undefined;
}

/** A sentence naming the request outranks one about another treatment ("a short course of therapy is medically necessary"). */
function rank(r: Pick<SentenceReading, 'tier' | 'namesRequest' | 'hedged'>): number {
  return r.tier * 4 + (r.namesRequest ? 0 : 2) + (r.hedged ? 1 : 0);
}

/** The closing sentence that decides: the best ranked, the last of equals. */
function chooseClosing(readings: (SentenceReading | undefined)[], closingFrom: number): SentenceReading | undefined {
  let chosen: SentenceReading | undefined;
  for (let i = closingFrom; i < readings.length; i++) {
    const r = readings[i];
    if (r && (!chosen || rank(r) <= rank(chosen))) chosen = r;
  }
  return chosen;
}

/** A sentence that decides the other way: one naming the request anywhere, or any reading where the rationale ends. */
function conflicts(r: SentenceReading, chosen: SentenceReading, closing: boolean): boolean {
  return r !== chosen && !agree(r.conclusion, chosen.conclusion) && !r.hedged && ((r.tier === 1 && r.namesRequest) || (closing && r.tier <= 2));
}

/** The last conflicting reading among readings[from, ...). */
function lastConflicting(readings: (SentenceReading | undefined)[], chosen: SentenceReading, from: number, closingFrom: number): SentenceReading | undefined {
  let conflicting: SentenceReading | undefined;
  for (let i = from; i < readings.length; i++) {
    const r = readings[i];
    if (r && conflicts(r, chosen, i >= closingFrom)) conflicting = r;
  }
  return conflicting;
}

/** The conclusion from every sentence's reading (or its absence). */
function conclude(all: Sentence[], readings: (SentenceReading | undefined)[], closingFrom: number): TextConclusion | undefined {
  let chosen = chooseClosing(readings, closingFrom);
  let where: 'closing' | 'opening' | 'body' = 'closing';
  if (!chosen && readings[0] && readings[0].tier <= 2) { chosen = readings[0]; where = 'opening'; }
  if (!chosen) {
    for (let i = closingFrom - 1; i >= 0; i--) {
      const r = readings[i];
      if (r && r.tier === 1) { chosen = r; where = 'body'; break; }
    }
  }
  if (!chosen) {
    for (let i = all.length - 1; i >= closingFrom; i--) {
      if (isTaperAdvice(all[i])) return { conclusion: 'taper', sentence: all[i], certain: false };
    }
    return undefined;
  }
  return outcome(chosen, where, lastConflicting(readings, chosen, 0, closingFrom));
}

function outcome(chosen: SentenceReading, where: 'closing' | 'opening' | 'body', conflicting: SentenceReading | undefined): TextConclusion {
  const out: TextConclusion = {
    conclusion: chosen.conclusion,
    sentence: chosen.sentence,
    certain: chosen.tier === 1 && !chosen.hedged && where !== 'body' && !conflicting,
  };
  if (conflicting) out.conflicting = { conclusion: conflicting.conclusion, sentence: conflicting.sentence };
  if (chosen.negation) out.negation = chosen.negation;
  if (chosen.insertNotAt !== undefined) out.insertNotAt = chosen.insertNotAt;
  return out;
}

export interface ConclusionReading {
  conclusion: Conclusion;
  /** the concluding sentence */
  range: Range;
  text: string;
  certain: boolean;
  conflicting?: { conclusion: Conclusion; range: Range; text: string };
  /** the negation word to remove to reverse a negative conclusion, when it is a plain `not` */
  negation?: Range;
  /** where to insert `not ` to reverse a positive conclusion */
  insertNotAt?: Range;
}

/** IMR501, IMR502, IMR504 and the hover all ask: each rationale is read once, and the reading kept with it. */
export function readConclusion(field: ProseField, item?: string): ConclusionReading | undefined {
  const read = readFromProse(field);
  let reading = read.conclusion as ConclusionReading | null | undefined;
  if (reading === undefined) {
    reading = readUncached(field, item) ?? null;
    read.conclusion = reading;
  }
  return reading ?? undefined;
}

function readUncached(field: ProseField, item?: string): ConclusionReading | undefined {
  const prose = proseText(field);
  const found = readDeciding(prose.text, item);
  return found && new ProseReading(prose, found);
}

/**
 * A reading whose document positions are worked out when first asked: every rationale is read, but only a
 * reading that disagrees with its decision (or one the hover or IMR504 reports) ever needs its lines; and only
 * such a disagreement asks whether the reading is certain (see readDeciding).
 */
class ProseReading implements ConclusionReading {
  readonly conclusion: Conclusion;
  readonly text: string;
  private rangeKept?: Range;
  private conflictingKept?: ConclusionReading['conflicting'] | null;
  private negationKept?: Range | null;
  private insertNotAtKept?: Range | null;

  constructor(private readonly prose: ProseText, private readonly found: Deciding) {
    this.conclusion = found.conclusion;
    this.text = found.sentence.text;
  }

  get certain(): boolean {
    return this.found.settle().certain;
  }

  get range(): Range {
    return (this.rangeKept ??= this.prose.rangeOf(this.found.sentence.start, this.found.sentence.end));
  }

  get conflicting(): ConclusionReading['conflicting'] {
    if (this.conflictingKept === undefined) {
      const c = this.found.settle().conflicting;
      this.conflictingKept = c ? { conclusion: c.conclusion, range: this.prose.rangeOf(c.sentence.start, c.sentence.end), text: c.sentence.text } : null;
    }
    return this.conflictingKept ?? undefined;
  }

  get negation(): Range | undefined {
    if (this.negationKept === undefined) {
      const n = this.found.negation;
      // "not " with the space after it, unless the space is the join between two lines
      this.negationKept = !n ? null
        : this.prose.positionAt(n.end).line === this.prose.positionAt(n.start).line ? this.prose.rangeOf(n.start, n.end) : this.prose.rangeOf(n.start, n.start + 3);
    }
    return this.negationKept ?? undefined;
  }

  get insertNotAt(): Range | undefined {
    if (this.insertNotAtKept === undefined) {
      const at = this.found.insertNotAt;
      const point = at === undefined ? undefined : this.prose.positionAt(at);
      this.insertNotAtKept = point ? { start: point, end: point } : null;
    }
    return this.insertNotAtKept ?? undefined;
  }
}
