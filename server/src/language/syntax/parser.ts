/**
 * The chevrotain grammar of an `.imr` letter. The lexer has already classified every line, so the grammar
 * is a sequence of fields, comments, blank and stray lines; it accepts any token stream the lexer can
 * produce, which is what makes one broken line cost exactly one problem. How fields group into disputed
 * items, and what their values mean, is the AST builder's work (build.ts).
 *
 * Embedded actions rather than a CST: the parser hands the builder each field's tokens in document order,
 * which costs a third of the time and garbage of building and re-sorting a CST (measured on a
 * 1,000-item letter).
 */
import { EmbeddedActionsParser, type IToken } from 'chevrotain';
import {
  allTokens, CitationContinue, CitationEnd, CitationText, Comment, Newline, ProseContinue, ProseEnd, ProseText,
  Stray, Value, ValueEnd,
} from './lexer';

const [ValueLabel, ProseLabel, CitationLabel] = allTokens;

/** One line-level element of the letter: a lone token, or a field with its own tokens (label first). */
export type LetterElement =
  | { kind: 'newline' | 'comment' | 'stray'; token: IToken }
  | { kind: 'value' | 'prose' | 'citations'; tokens: IToken[] };

class LetterParser extends EmbeddedActionsParser {
  constructor() {
    super(allTokens, { recoveryEnabled: true, skipValidations: true });
    this.performSelfAnalysis();
  }

  public letter = this.RULE('letter', (): LetterElement[] => {
    const elements: LetterElement[] = [];
    this.MANY(() => {
      this.OR([
        { ALT: () => { elements.push({ kind: 'newline', token: this.CONSUME(Newline) }); } },
        { ALT: () => { elements.push({ kind: 'comment', token: this.CONSUME(Comment) }); } },
        { ALT: () => { elements.push({ kind: 'stray', token: this.CONSUME(Stray) }); } },
        { ALT: () => { elements.push(this.SUBRULE(this.valueField)); } },
        { ALT: () => { elements.push(this.SUBRULE(this.proseField)); } },
        { ALT: () => { elements.push(this.SUBRULE(this.citationField)); } },
      ]);
    });
    return elements;
  });

  private valueField = this.RULE('valueField', (): LetterElement => {
    const tokens = [this.CONSUME(ValueLabel)];
    this.OPTION(() => tokens.push(this.CONSUME(Value)));
    this.OPTION2(() => tokens.push(this.CONSUME(ValueEnd)));
    return { kind: 'value', tokens };
  });

  private proseField = this.RULE('proseField', (): LetterElement => {
    const tokens = [this.CONSUME(ProseLabel)];
    this.MANY(() => {
      this.OR([
        { ALT: () => tokens.push(this.CONSUME(ProseText)) },
        { ALT: () => tokens.push(this.CONSUME(ProseContinue)) },
        { ALT: () => tokens.push(this.CONSUME2(Comment)) },
      ]);
    });
    this.OPTION(() => tokens.push(this.CONSUME(ProseEnd)));
    return { kind: 'prose', tokens };
  });

  private citationField = this.RULE('citationField', (): LetterElement => {
    const tokens = [this.CONSUME(CitationLabel)];
    this.MANY(() => {
      this.OR([
        { ALT: () => tokens.push(this.CONSUME(CitationText)) },
        { ALT: () => tokens.push(this.CONSUME(CitationContinue)) },
        { ALT: () => tokens.push(this.CONSUME3(Comment)) },
      ]);
    });
    this.OPTION(() => tokens.push(this.CONSUME(CitationEnd)));
    return { kind: 'citations', tokens };
  });
}

/** One parser per process: chevrotain's self-analysis is the expensive part. */
const parser = new LetterParser();

export interface ParseResult { elements: LetterElement[]; errors: { message: string; token: IToken }[] }

export function parseTokens(tokens: IToken[]): ParseResult {
  parser.input = tokens;
  const elements = parser.letter() ?? [];
  const errors = parser.errors.map((e) => ({ message: e.message, token: e.token }));
  // the parser outlives the parse: left set, its input would keep the last letter's tokens (about 2 KB an item) alive
  parser.input = [];
  return { elements, errors };
}
