/**
 * What a `Decision:` value that is not `Upheld` or `Overturned` most likely means. A spelling of one of the two
 * words (`Uphold`, `upheld.`, `Overturn`, `Overtuned`) is repaired as form only. A different word that states an
 * outcome (`Denied`, `Certified`) is a reading of the reviewer's meaning: offered, never preferred, never applied
 * in bulk, and its title says it changes the determination.
 */
import type { DecisionWord } from './ast';
import { ownEntry } from '../text/own-entry';
import { editDistance } from '../text/similar';

export interface DecisionReading { word: DecisionWord; sameWord: boolean }

/** Words of other vocabularies and what they would mean as an IMR decision. */
const OUTCOME_WORDS: Record<string, DecisionWord> = {
  denied: 'Upheld', deny: 'Upheld', denial: 'Upheld', 'not certified': 'Upheld', 'non certified': 'Upheld', noncertified: 'Upheld',
  'not medically necessary': 'Upheld', 'not approved': 'Upheld', 'not authorized': 'Upheld', rejected: 'Upheld', affirmed: 'Upheld',
  sustained: 'Upheld', 'not recommended': 'Upheld',
  certified: 'Overturned', approved: 'Overturned', authorized: 'Overturned', authorised: 'Overturned', granted: 'Overturned',
  'medically necessary': 'Overturned', reversed: 'Overturned', recommended: 'Overturned', allowed: 'Overturned',
};

/** The forms of each decision word a writer may type for it. */
const FORMS: Record<DecisionWord, string[]> = {
  Upheld: ['upheld', 'uphold', 'upholds', 'upholding'],
  Overturned: ['overturned', 'overturn', 'overturns', 'overturning'],
};

export function readDecisionWord(typed: string): DecisionReading | undefined {
  // case, blanks or a hyphen inside the word, and punctuation around it do not change the word
  const words = typed.toLowerCase().replace(/^[\s"'“”‘’.,;:!-]+|[\s"'“”‘’.,;:!?-]+$/g, '').replace(/[\s-]+/g, ' ');
  const joined = words.replace(/ /g, '');
  for (const word of ['Upheld', 'Overturned'] as DecisionWord[]) {
    if (FORMS[word].includes(joined)) return { word, sameWord: true };
  }
  // a typing slip: one or two letters off one form, and clearly nearer one word than the other
  const distance = (word: DecisionWord) => Math.min(...FORMS[word].map((f) => editDistance(joined, f)));
  const up = distance('Upheld');
  const over = distance('Overturned');
  if (Math.min(up, over) <= (joined.length > 7 ? 2 : 1) && up !== over) return { word: up < over ? 'Upheld' : 'Overturned', sameWord: true };
  const outcome = ownEntry(OUTCOME_WORDS, words);
  return outcome ? { word: outcome, sameWord: false } : undefined;
}
