/**
 * chevrotain's lexer of the letter's four modes (lexer.ts): what the hand-written scan is compared with in the
 * tests, token for token. Nothing in the product loads it, so the server, the CLI and the web worker start without
 * chevrotain. Its blanks are a skipped group of their own: the scan skips them too, so no token of them is compared.
 */
import { createToken, Lexer } from 'chevrotain';
import { LEXER_MODES, Whitespace } from './lexer';

const SkippedWhitespace = createToken({ name: Whitespace.name, pattern: Whitespace.PATTERN, group: Lexer.SKIPPED });

const modes = {
  defaultMode: LEXER_MODES.defaultMode,
  modes: Object.fromEntries(Object.entries(LEXER_MODES.modes).map(([mode, types]) => [mode, types.map((t) => (t === Whitespace ? SkippedWhitespace : t))])),
};
const OPTIONS = { positionTracking: 'onlyStart', ensureOptimizations: false, skipValidations: true } as const;

let optimised: Lexer | undefined;

/** The chevrotain lexer of the modes, with its first-character optimisation. */
export function optimisedLexer(): Lexer {
  optimised ??= new Lexer(modes, OPTIONS);
  return optimised;
}

/** The same lexer without chevrotain's first-character optimisation: what tests compare the fast one with. */
export function unoptimisedLexer(): Lexer {
  return new Lexer(modes, { ...OPTIONS, safeMode: true });
}
