/**
 * The chevrotain grammar of an `.imr` letter. The lexer has already classified every line, so the grammar
 * is a sequence of fields, comments, blank and stray lines; it accepts any token stream the lexer can
 * produce, which is what makes one broken line cost exactly one error. How fields group into disputed
 * items, and what their values mean, is the AST builder's work (build.ts).
 */
import { CstParser, type CstNode, type IToken } from 'chevrotain';
import {
  allTokens, CitationContinue, CitationEnd, CitationText, Comment, Newline, ProseContinue, ProseEnd, ProseText,
  Stray, Value, ValueEnd,
} from './lexer';

const [ValueLabel, ProseLabel, CitationLabel] = allTokens;

class LetterParser extends CstParser {
  constructor() {
    super(allTokens, { recoveryEnabled: true, nodeLocationTracking: 'onlyOffset', skipValidations: true });
    this.performSelfAnalysis();
  }

  public letter = this.RULE('letter', () => {
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(Newline) },
        { ALT: () => this.CONSUME(Comment) },
        { ALT: () => this.CONSUME(Stray) },
        { ALT: () => this.SUBRULE(this.valueField) },
        { ALT: () => this.SUBRULE(this.proseField) },
        { ALT: () => this.SUBRULE(this.citationField) },
      ]);
    });
  });

  private valueField = this.RULE('valueField', () => {
    this.CONSUME(ValueLabel);
    this.OPTION(() => this.CONSUME(Value));
    this.OPTION2(() => this.CONSUME(ValueEnd));
  });

  private proseField = this.RULE('proseField', () => {
    this.CONSUME(ProseLabel);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(ProseText) },
        { ALT: () => this.CONSUME(ProseContinue) },
        { ALT: () => this.CONSUME2(Comment) },
      ]);
    });
    this.OPTION(() => this.CONSUME(ProseEnd));
  });

  private citationField = this.RULE('citationField', () => {
    this.CONSUME(CitationLabel);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(CitationText) },
        { ALT: () => this.CONSUME(CitationContinue) },
        { ALT: () => this.CONSUME3(Comment) },
      ]);
    });
    this.OPTION(() => this.CONSUME(CitationEnd));
  });
}

/** One parser per process: chevrotain's self-analysis is the expensive part. */
const parser = new LetterParser();

export interface ParseResult { cst: CstNode; errors: { message: string; token: IToken }[] }

export function parseTokens(tokens: IToken[]): ParseResult {
  parser.input = tokens;
  const cst = parser.letter();
  return { cst, errors: parser.errors.map((e) => ({ message: e.message, token: e.token })) };
}
