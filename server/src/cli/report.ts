/**
 * The three report formats of `imr check`. Each is written file by file as results arrive (in the order the
 * files were named), so a report on ten thousand letters never holds them all.
 *   stylish  for people: problems grouped by file, a summary line; colours on a terminal
 *   compact  one line per problem, FILE:LINE:COLUMN: SEVERITY CODE MESSAGE (for grep, editors' problem matchers)
 *   json     an array of { file, problems: [{ line, column, endLine, endColumn, severity, code, message }] }
 *   sarif    SARIF 2.1.0, for code-scanning tools
 */
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Severity } from '../language';
import type { CheckedFile, ReportedProblem } from './check-core';
import { RULES_DOC, ruleDocs } from './rule-docs';
import { paint, type Output } from './terminal';
import { repositoryFileUrl, VERSION } from '../package-info';

export const REPORT_FORMATS = ['stylish', 'compact', 'json', 'sarif'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface Totals {
  files: number;
  /** files checked (read and validated) */
  checked: number;
  filesWithProblems: number;
  counts: Record<Severity, number>;
}

/** Something about the run itself rather than a letter: a file that cannot be read, a configuration mistake. */
export interface Notice {
  level: 'error' | 'warning';
  /** `execution`: a path that names nothing, a file that cannot be read; `configuration`: an .imrrc.json mistake */
  kind: 'execution' | 'configuration';
  file: string;
  message: string;
}

export interface Reporter {
  begin(): void;
  file(result: CheckedFile, shown: ReportedProblem[]): void;
  end(totals: Totals, notices: readonly Notice[]): void;
}

export function createReporter(format: ReportFormat, out: Output, colour: boolean, quiet = false): Reporter {
  switch (format) {
    case 'stylish': return stylish(out, colour, quiet);
    case 'compact': return compact(out);
    case 'json': return json(out);
    case 'sarif': return sarif(out);
    default: {
      const never: never = format;
      throw new Error(`unknown format ${String(never)}`);
    }
  }
}

const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;

function stylish(out: Output, colour: boolean, quiet: boolean): Reporter {
  const c = paint(colour);
  const severityColour: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, information: c.blue, hint: c.dim };
  return {
    begin() { /* nothing before the first file */ },
    file(result, shown) {
      if (!shown.length) return;
      const positions = shown.map((p) => `${p.line}:${p.column}`);
      const width = Math.max(...positions.map((p) => p.length));
      const codeWidth = Math.max(...shown.map((p) => p.code.length));
      const severityWidth = Math.max(...shown.map((p) => p.severity.length));
      out.write(`\n${c.underline(result.file)}\n`);
      shown.forEach((p, i) => {
        out.write(`  ${c.dim(positions[i].padEnd(width))}  ${severityColour[p.severity](p.severity.padEnd(severityWidth))}  ${c.dim(p.code.padEnd(codeWidth))}  ${p.message}\n`);
      });
    },
    end(totals) {
      const { error, warning, information, hint } = totals.counts;
      const total = error + warning + information + hint;
      const letters = plural(totals.checked, 'letter');
      if (!totals.checked) return; // nothing was checked: the reasons are on stderr
      if (!total) {
        out.write(`${totals.filesWithProblems ? '\n' : ''}${c.green('✔')} ${letters} checked: no ${quiet ? 'errors' : 'problems'}\n`);
        return;
      }
      const parts = [plural(error, 'error'), plural(warning, 'warning')];
      if (information) parts.push(`${information} information`);
      if (hint) parts.push(plural(hint, 'hint'));
      const line = `✖ ${plural(total, 'problem')} (${parts.join(', ')}) in ${totals.filesWithProblems} of ${letters}`;
      out.write(`\n${error ? c.bold(c.red(line)) : warning ? c.bold(c.yellow(line)) : c.bold(line)}\n`);
    },
  };
}

function compact(out: Output): Reporter {
  return {
    begin() { /* nothing but the problems */ },
    file(result, shown) {
      for (const p of shown) out.write(`${result.file}:${p.line}:${p.column}: ${p.severity} ${p.code} ${p.message}\n`);
    },
    end() { /* no summary: every line is a problem */ },
  };
}

function json(out: Output): Reporter {
  let first = true;
  return {
    begin() { out.write('['); },
    file(result, shown) {
      if (result.error) return; // unreadable files are named on stderr; the array holds the files checked
      out.write(`${first ? '\n' : ',\n'}${JSON.stringify({ file: result.file, problems: shown })}`);
      first = false;
    },
    end() { out.write(first ? ']\n' : '\n]\n'); },
  };
}

/** SARIF's four levels; information and hints are both notes. */
const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** A file's path as a URI reference relative to the working directory, `/`-separated and percent-encoded. */
export function relativeUri(file: string, cwd = process.cwd()): string {
  const absolute = path.resolve(cwd, file);
  const rel = path.relative(cwd, absolute);
  if (path.isAbsolute(rel)) return pathToFileURL(absolute).href; // another drive (Windows): only an absolute URI will do
  return rel.split(path.sep).map(encodeURIComponent).join('/');
}

function sarif(out: Output): Reporter {
  const docs = ruleDocs();
  const indexOf = new Map(docs.map((d, i) => [d.code, i]));
  let first = true;
  return {
    begin() {
      const rules = docs.map((d) => ({
        id: d.code,
        ...(d.name ? { name: d.name } : {}),
        shortDescription: { text: d.description },
        fullDescription: {
          text: d.name
            ? `${d.description} Rule ${d.name}; default severity ${d.defaultSeverity}; set it in .imrrc.json by its code or its name.`
            : `${d.description} A syntax problem of the parser; default severity ${d.defaultSeverity}; set it in .imrrc.json by its code.`,
        },
        defaultConfiguration: { level: SARIF_LEVEL[d.defaultSeverity] },
        // SARIF wants an absolute URI here: the rule's heading in docs/rules.md on the repository's web page
        helpUri: `${repositoryFileUrl(RULES_DOC)}#${d.anchor}`,
        properties: { severity: d.defaultSeverity },
      }));
      const head = {
        $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
        version: '2.1.0',
      };
      const run = {
        tool: { driver: { name: 'imr', version: VERSION, semanticVersion: VERSION, rules } },
        // relative artifact URIs resolve against the folder imr check ran in
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(process.cwd() + path.sep).href } },
        columnKind: 'utf16CodeUnits',
      };
      const headJson = JSON.stringify(head);
      const runJson = JSON.stringify(run);
      out.write(`${headJson.slice(0, -1)},"runs":[${runJson.slice(0, -1)},"results":[`);
    },
    file(result, shown) {
      const uri = relativeUri(result.file);
      for (const p of shown) {
        const index = indexOf.get(p.code);
        const entry = {
          ruleId: p.code,
          ...(index === undefined ? {} : { ruleIndex: index }),
          level: SARIF_LEVEL[p.severity],
          message: { text: p.message },
          locations: [{
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
              region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
            },
          }],
          ...(p.severity === 'information' || p.severity === 'hint' ? { properties: { severity: p.severity } } : {}),
        };
        out.write(`${first ? '\n' : ',\n'}${JSON.stringify(entry)}`);
        first = false;
      }
    },
    end(_totals, notices) {
      const notification = (n: Notice) => ({
        level: n.level,
        message: { text: `${n.file}: ${n.message}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: relativeUri(n.file), uriBaseId: '%SRCROOT%' } } }],
      });
      const invocation = {
        executionSuccessful: !notices.some((n) => n.level === 'error'),
        toolExecutionNotifications: notices.filter((n) => n.kind === 'execution').map(notification),
        toolConfigurationNotifications: notices.filter((n) => n.kind === 'configuration').map(notification),
      };
      out.write(`${first ? '' : '\n'}],"invocations":[${JSON.stringify(invocation)}]}]}\n`);
    },
  };
}
