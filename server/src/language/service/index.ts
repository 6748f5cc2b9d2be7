/** The language service: every editor feature as a pure function of a letter snapshot. */
export { LetterSnapshot } from './snapshot';
export { letterDiagnostics, toDiagnostic, type DiagnosticData } from './diagnostics';
export { completions, type CompletionOptions } from './completion';
export { hoverAt } from './hover';
export { documentSymbols } from './symbols';
export { foldingRanges } from './folding';
export { formattingEdits } from './formatting';
export { selectionRanges } from './selection-ranges';
export { fixAllAction, fixAllEdits, quickFixes, requested } from './code-actions';
export { FIX_ALL_KIND } from './code-action-kinds';
export { cursorContext, type CursorContext } from './cursor-context';
export { letterStatus, type LetterStatus } from './status';
export { applySafeFixes, fixAll, MAX_ROUNDS, type AppliedFix, type FixAllResult } from './fix-all';
export { warmUp } from './warm-up';
