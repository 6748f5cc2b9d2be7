/**
 * What every rule works from: the AST plus facts derived once per letter (header dates, the date that
 * decides which MTUS was in force), and a `report` that applies the configured severity.
 */
import type { CitationField, DisputedItem, Fix, Letter, Problem, Range, RelatedPlace, Severity, ValueField } from '../syntax/ast';
import type { FieldKey } from '../syntax/fields';
import { parsedLines } from '../syntax/parse';
import type { CitationSite } from './citations';
import { readUncached, type CitationReading } from './resolve-citation';
import { readDate, type CalendarDate } from './dates';
import { effectiveDate } from './effective-date';

export const HEADER_DATE_KEYS = ['dateOfInjury', 'urDenialDate', 'applicationReceived', 'dateAssigned', 'decisionDate'] as const;
export type HeaderDateKey = (typeof HEADER_DATE_KEYS)[number];

export interface HeaderDate { key: HeaderDateKey; field: ValueField; date?: CalendarDate }

export class RuleContext {
  readonly problems: Problem[] = [];
  readonly dates: Partial<Record<HeaderDateKey, HeaderDate>>;

  constructor(readonly letter: Letter, readonly text: string, private readonly severityOf: (code: string, fallback: Severity) => Severity | 'off') {
    // made whole, a key for each header date (undefined where the letter has none): one shape for every letter,
    // where adding the dates one by one made each letter's set of dates a shape of its own
    this.dates = {
      dateOfInjury: this.headerDate('dateOfInjury'),
      urDenialDate: this.headerDate('urDenialDate'),
      applicationReceived: this.headerDate('applicationReceived'),
      dateAssigned: this.headerDate('dateAssigned'),
      decisionDate: this.headerDate('decisionDate'),
    } satisfies Record<HeaderDateKey, HeaderDate | undefined>;
  }

  private headerDate(key: HeaderDateKey): HeaderDate | undefined {
    const field = this.valueField(key);
    return field?.value ? { key, field, date: readDate(field.value.text) } : undefined;
  }

  valueField(key: FieldKey): ValueField | undefined {
    const f = this.letter.letterFields[key];
    return f && f.shape === 'value' ? f : undefined;
  }

  value(key: FieldKey): string | undefined {
    return this.valueField(key)?.value?.text;
  }

  /**
   * The date that decides which MTUS applies: the UR decision reviewed (the request it decided came just
   * before), else the application, else the determination itself.
   */
  get effectiveDate(): CalendarDate | undefined {
    return this.effectiveDateField?.date;
  }

  private cachedEffective?: { field: HeaderDate | undefined };
  /** Which header date `effectiveDate` is, for messages (read once: a rule asks for both). */
  get effectiveDateField(): HeaderDate | undefined {
    if (!this.cachedEffective) {
      const effective = effectiveDate(this.letter);
      this.cachedEffective = { field: effective ? this.dates[effective.key as HeaderDateKey] : undefined };
    }
    return this.cachedEffective.field;
  }

  /**
   * Reports a problem under the configured severity; returns it (undefined when the rule is off). `lowered`
   * reports it one step below that (an uncertain finding is never as severe as a certain one).
   */
  report(code: string, defaultSeverity: Severity, range: Range, message: string, fixes?: Fix[], related?: RelatedPlace[], lowered = false): Problem | undefined {
    const configured = this.severityOf(code, defaultSeverity);
    if (configured === 'off') return undefined;
    const severity: Severity = !lowered ? configured : configured === 'error' ? 'warning' : configured === 'warning' ? 'information' : 'hint';
    const problem: Problem = { code, severity, range, message, ...(fixes && fixes.length ? { fixes } : {}), ...(related && related.length ? { related } : {}) };
    this.problems.push(problem);
    return problem;
  }

  /**
   * A second problem, at another place, that points back to `primary` (the reviewer sees both squiggles):
   * never more severe than information, and only while the primary is reported.
   */
  reportRelated(primary: Problem | undefined, range: Range, message: string, related: RelatedPlace[]): void {
    if (!primary) return;
    const severity: Severity = primary.severity === 'hint' ? 'hint' : 'information';
    this.problems.push({ code: primary.code, severity, range, message, related });
  }

  /**
   * Where to insert whole lines: at the start of `line` when there is one to go before, else at the end of the
   * letter (after a line break, so the new text never joins a block on the last line).
   */
  insertLines(line: number | undefined, text: string): { range: Range; newText: string } {
    if (line !== undefined) return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: text };
    const end = this.letter.range.end;
    return { range: { start: end, end }, newText: `${end.character > 0 ? '\n' : ''}${text}` };
  }

  /** The end of a line, for inserting after it. */
  lineEnd(line: number): Range {
    const lines = this.lines();
    const character = lines[line]?.length ?? 0;
    return { start: { line, character }, end: { line, character } };
  }

  /**
   * Whether an unknown label may be this missing field, misspelt (`Decisions:` near 'Decision:' and
   * 'Decision rationale:'): the missing field is then not reported, and no fix adds a second one.
   * `item`: the item's index for an item field.
   */
  misspeltAs(label: string, item?: number): boolean {
    return (this.letter.unknownLabels ?? []).some((u) => u.candidates.includes(label) && (item === undefined || u.item === item));
  }

  private cachedSites?: readonly CitationSite[];
  /**
   * Every citation of every guideline block, walked once for the several rules that look at them all (what
   * `citationSites` yields, gathered by plain loops: a generator's steps cost more than the walk itself).
   */
  citationSites(): readonly CitationSite[] {
    if (!this.cachedSites) {
      const sites: SiteWithReading[] = [];
      for (const { item, field } of this.guidelineFields()) for (const citation of field.citations) sites.push({ item, field, citation, reading: undefined });
      this.cachedSites = sites;
    }
    return this.cachedSites;
  }

  /**
   * What a site's MTUS citation names (resolve-citation.ts), read once and kept with the site for the several rules
   * that ask: kept there rather than in readMtusCitation's WeakMap, whose entries cost more to add than most readings.
   */
  mtusReading(site: CitationSite): CitationReading {
    if (site.citation.kind !== 'mtus') throw new Error('mtusReading: not an MTUS citation');
    const own = site as SiteWithReading;
    return (own.reading ??= readUncached(site.citation));
  }

  private cachedGuidelineFields?: readonly { item: DisputedItem; field: CitationField }[];
  /** Every guideline block (claims administrator's and reviewer's) of every item, walked once (as `guidelineFields`). */
  guidelineFields(): readonly { item: DisputedItem; field: CitationField }[] {
    if (!this.cachedGuidelineFields) {
      const fields: { item: DisputedItem; field: CitationField }[] = [];
      for (const item of this.letter.items) {
        if (item.claimsAdministratorGuideline) fields.push({ item, field: item.claimsAdministratorGuideline });
        if (item.reviewerGuideline) fields.push({ item, field: item.reviewerGuideline });
      }
      this.cachedGuidelineFields = fields;
    }
    return this.cachedGuidelineFields;
  }

  private cachedLines?: string[];
  lines(): string[] {
    this.cachedLines ??= parsedLines(this.letter, this.text);
    return this.cachedLines;
  }
}

/** The sites the context gathers, each with room for its citation's reading. */
interface SiteWithReading extends CitationSite { reading?: CitationReading }

export interface Rule {
  code: string;
  /** short kebab-case name, for configuration and docs */
  name: string;
  defaultSeverity: Severity;
  /** one line: what the rule checks */
  description: string;
  check(ctx: RuleContext): void;
}
