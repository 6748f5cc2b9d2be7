/**
 * The chevrotain grammar of an `.imr` letter. The lexer has already classified every line, so the grammar
 * is a sequence of fields, comments, blank and stray lines; it accepts any token stream the lexer can
 * produce, which is what makes one broken line cost exactly one problem. How fields group into disputed
 * items, and what their values mean, is the AST builder's work (build.ts).
 *
 * `parseTokens` reads the elements straight off the tokens as this grammar would (`readElements`) and leaves only
 * a stream the lexer never makes to the grammar itself.
 *
 * Embedded actions rather than a CST: the parser hands the builder each field's tokens in document order,
 * which costs a third of the time and garbage of building and re-sorting a CST (measured on a
 * 1,000-item letter).
 */
import { EmbeddedActionsParser, type IToken, type TokenType } from 'chevrotain';
import { optimisedLexer } from './chevrotain-lexer';
import {
  allTokens, CitationContinue, CitationEnd, CitationText, Comment, fieldOfLabelToken, Newline, ProseContinue, ProseEnd,
  ProseText, Stray, Value, ValueEnd,
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

/** One parser per process, made when first needed: chevrotain's self-analysis is the expensive part. */
let parser: LetterParser | undefined;

export interface ParseResult { elements: LetterElement[]; errors: { message: string; token: IToken }[] }

const shapeOfLabel: ReadonlyMap<TokenType, 'value' | 'prose' | 'citations'> = new Map(
  [...fieldOfLabelToken].map(([type, spec]) => [type, spec.shape]),
);

/**
 * The grammar's elements read straight off the tokens, as the grammar reads them (one token of lookahead,
 * every repetition greedy), at a fifth of its cost on a long letter; or undefined at a token the grammar does
 * not expect where it stands, which the lexer never produces: the grammar then reads the tokens, with its own
 * error recovery and messages. The tests compare the two on every example and corpus letter and on damaged ones.
 */
export function readElements(tokens: IToken[]): LetterElement[] | undefined {
  const elements: LetterElement[] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    const t = tokens[i++];
    const type = t.tokenType;
    if (type === Newline) { elements.push({ kind: 'newline', token: t }); continue; }
    if (type === Comment) { elements.push({ kind: 'comment', token: t }); continue; }
    if (type === Stray) { elements.push({ kind: 'stray', token: t }); continue; }
    const shape = shapeOfLabel.get(type);
    if (!shape) return undefined;
    const field = [t];
    if (shape === 'value') {
      if (i < n && tokens[i].tokenType === Value) field.push(tokens[i++]);
      if (i < n && tokens[i].tokenType === ValueEnd) field.push(tokens[i++]);
    } else if (shape === 'prose') {
      for (; i < n; i++) {
        const inner = tokens[i].tokenType;
        if (inner !== ProseText && inner !== ProseContinue && inner !== Comment) break;
        field.push(tokens[i]);
      }
      if (i < n && tokens[i].tokenType === ProseEnd) field.push(tokens[i++]);
    } else {
      for (; i < n; i++) {
        const inner = tokens[i].tokenType;
        if (inner !== CitationText && inner !== CitationContinue && inner !== Comment) break;
        field.push(tokens[i]);
      }
      if (i < n && tokens[i].tokenType === CitationEnd) field.push(tokens[i++]);
    }
    elements.push({ kind: shape, tokens: field });
  }
  return elements;
}

export function parseTokens(tokens: IToken[]): ParseResult {
  const elements = readElements(tokens);
  return elements ? { elements, errors: [] } : parseWithGrammar(tokens);
}

/** The tokens read by the chevrotain grammar itself (what `parseTokens` falls back on, and what the tests compare it with). */
export function parseWithGrammar(tokens: IToken[]): ParseResult {
  // chevrotain's parser chooses how to match tokens by whether their types already have category matches, before it
  // works them out itself; the lexer's types are plain objects (lexer.ts), which chevrotain's lexer works them out for
  if (!parser) { optimisedLexer(); parser = new LetterParser(); }
  // the scan may have made its tokens before chevrotain numbered their types (its lexer, made above, does): number them
  for (const t of tokens) if (t.tokenTypeIdx === undefined) t.tokenTypeIdx = t.tokenType.tokenTypeIdx as number;
  parser.input = tokens;
  const elements = parser.letter() ?? [];
  const errors = parser.errors.map((e) => ({ message: e.message, token: e.token }));
  // the parser outlives the parse: left set, its input would keep the last letter's tokens (about 2 KB an item) alive
  parser.input = [];
  return { elements, errors };
}
