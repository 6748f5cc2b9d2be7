/** A letter at a glance, for the editor's status: the case outcome and how many problems of each kind. */
import type { Problem } from '../syntax/ast';
import { derivedOutcome, type CaseOutcome } from '../validate/rules/case-outcome';
import type { LetterSnapshot } from './snapshot';

export interface LetterStatus {
  outcome?: CaseOutcome;
  items: number;
  errors: number;
  warnings: number;
}

export function letterStatus(snap: LetterSnapshot, problems: readonly Problem[] = snap.problems): LetterStatus {
  return {
    outcome: derivedOutcome(snap.letter.items.map((i) => i.decision?.word)),
    items: snap.letter.items.length,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
  };
}
