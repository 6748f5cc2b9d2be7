/**
 * The language server under random editing, as a hostile or buggy client would do it: edits with NUL, lone
 * surrogates, CR/CRLF/LF mixes, byte-order marks, 10,000-character lines and emoji, at random places (past the
 * end too), interleaved with every request the server advertises at random positions. After each burst:
 * no crash, nothing on stderr, no error logged or answered, every range in an answer inside the document, and
 * the diagnostics equal to those of a fresh open of the same text.
 *
 * Seeded (IMR_FUZZ_SEED) and bounded in time: 3 seconds by default, IMR_FUZZ_SECONDS for a longer run.
 */
import { seeded as random } from '../helpers/random';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position, Range } from 'vscode-languageserver-types';
import { importLetterText } from '../../server/src/language';
import { corpusLetters } from '../helpers/corpus';
import { VALID } from '../helpers/valid-letter';
import { CLIENT_CAPABILITIES, startServer, type ServerProcess } from './lsp-client';

const SECONDS = Number(process.env.IMR_FUZZ_SECONDS ?? 3);
const SEED = Number(process.env.IMR_FUZZ_SEED ?? 12);


const PIECES = [
  '\u0000', '\ud800', '\udc00', '\udbff\n', '\r', '\n', '\r\n', '\n\r', '\ufeff', '\u00a0', '\u2028', '😀', '👩‍⚕️', '\t',
  'Item: ', '  Decision: Upheld', '  Decision: Uphold', 'MAXIMUS guideline: ', 'MTUS Chronic Pain Medical Treatment 2016',
  ', Section(s): Opioids', 'Non-MTUS ', '# note', '  Decision rationale:\n    Not medically necessary.', 'Case Number: CM16-',
  'Date Assigned: 13/45/2016', ':', '    ',
];

/** Every position and range in an answer, wherever it is nested. */
function rangesIn(value: unknown, out: Range[] = []): Range[] {
  if (Array.isArray(value)) { for (const v of value) rangesIn(v, out); return out; }
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (o.start && o.end && typeof (o.start as Position).line === 'number' && typeof (o.end as Position).line === 'number') out.push(o as unknown as Range);
    for (const [k, v] of Object.entries(o)) if (k !== 'data') rangesIn(v, out);
  }
  return out;
}

function insideDocument(doc: TextDocument, r: Range): boolean {
  const ok = (p: Position) => {
    if (p.line < 0 || p.line >= doc.lineCount || p.character < 0) return false;
    const lineText = doc.getText({ start: { line: p.line, character: 0 }, end: { line: p.line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
    return p.character <= lineText.length;
  };
  return ok(r.start) && ok(r.end);
}

const withoutVersion = (ds: Diagnostic[]) => ds.map((d) => ({ ...d, data: d.data ? { ...(d.data as object), version: undefined } : undefined }));

describe('language server fuzz: random edits and requests', function () {
  this.timeout(SECONDS * 1000 + 120000);
  let server: ServerProcess;
  let stderr = '';

  before(async () => {
    server = await startServer({ validate: { enable: true, delay: 0, maxProblems: 1000 } });
    server.process.stderr.on('data', (d) => { stderr += d; });
    await server.connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: CLIENT_CAPABILITIES });
    server.connection.sendNotification('initialized', {});
  });
  after(async () => { await server?.stop(); });

  it(`for ${SECONDS} s (seed ${SEED}): no crash, no error, ranges inside, diagnostics as on a fresh open`, async () => {
    const rnd = random(SEED);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
    const letters = [VALID, ...corpusLetters().slice(0, 20).map((l) => importLetterText(l.text).imr)];
    const uri = 'untitled:fuzz.imr';
    let version = 1;
    let doc = TextDocument.create(uri, 'imr', version, pick(letters));
    let diagnostics = server.nextDiagnostics(uri, version, 30000);
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'imr', version, text: doc.getText() } });
    let published = await diagnostics;

    /** A position anywhere, past the end of a line or of the letter now and then. */
    const somewhere = (): Position => {
      const line = rnd() < 0.05 ? doc.lineCount + Math.floor(rnd() * 50) : Math.floor(rnd() * doc.lineCount);
      const character = rnd() < 0.1 ? 10000 + Math.floor(rnd() * 10) : Math.floor(rnd() * 60);
      return { line, character };
    };
    const insertion = (): string => {
      const r = rnd();
      if (r < 0.05) return 'x'.repeat(10000) + pick(['\n', '']);
      if (r < 0.1) return pick(letters).slice(0, 2000);
      let s = '';
      for (let i = 0, n = 1 + Math.floor(rnd() * 4); i < n; i++) s += pick(PIECES);
      return s;
    };
    const clamp = (p: Position) => doc.positionAt(doc.offsetAt(p)); // the rule the server applies (docs/architecture.md)

    const requests: Record<string, () => unknown> = {
      'textDocument/completion': () => ({ textDocument: { uri }, position: somewhere() }),
      'textDocument/hover': () => ({ textDocument: { uri }, position: somewhere() }),
      'textDocument/documentSymbol': () => ({ textDocument: { uri } }),
      'textDocument/foldingRange': () => ({ textDocument: { uri } }),
      'textDocument/selectionRange': () => ({ textDocument: { uri }, positions: [somewhere(), somewhere()] }),
      'textDocument/formatting': () => ({ textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } }),
      'textDocument/codeAction': () => ({ textDocument: { uri }, range: { start: somewhere(), end: somewhere() }, context: { diagnostics: published.slice(0, 5) } }),
      'imr/renderPreview': () => ({ uri, look: pick(['paper', 'editor']) }),
    };

    const deadline = Date.now() + SECONDS * 1000;
    let bursts = 0;
    let edits = 0;
    let answered = 0;
    while (Date.now() < deadline || bursts < 3) {
      bursts++;
      for (let i = 0, n = 1 + Math.floor(rnd() * 5); i < n; i++) {
        version++;
        if (doc.getText().length > 150000 || rnd() < 0.03) {
          const text = pick(letters);
          doc = TextDocument.update(doc, [{ text }], version);
          server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
        } else {
          const range = { start: somewhere(), end: rnd() < 0.5 ? somewhere() : undefined } as { start: Position; end?: Position };
          const end = range.end ?? range.start;
          const text = rnd() < 0.3 ? '' : insertion();
          const sent = { start: range.start, end };
          // the model applies the edit as the server must: clamped, and with start and end in order
          doc = TextDocument.update(doc, [{ range: { start: clamp(sent.start), end: clamp(sent.end) }, text }], version);
          server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: sent, text }] });
        }
        edits++;
        diagnostics = server.nextDiagnostics(uri, version, 30000);
        for (let r = 0, m = Math.floor(rnd() * 3); r < m; r++) {
          const method = pick(Object.keys(requests));
          const snapshot = doc;
          const answer = await server.connection.sendRequest(method, requests[method]());
          answered++;
          for (const range of rangesIn(answer)) assert.ok(insideDocument(snapshot, range), `${method} answered a range outside the document: ${JSON.stringify(range)} (seed ${SEED}, burst ${bursts})`);
        }
      }
      published = await diagnostics;
      for (const d of published) assert.ok(insideDocument(doc, d.range), `diagnostic outside the document: ${JSON.stringify(d.range)}`);
      const fresh = `untitled:fresh-${bursts}.imr`;
      const freshDiagnostics = server.nextDiagnostics(fresh, 1, 30000);
      server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: fresh, languageId: 'imr', version: 1, text: doc.getText() } });
      // related places name their document: the fresh copy's name stands for the fuzzed letter's
      const freshAsFuzzed = JSON.parse(JSON.stringify(await freshDiagnostics).split(JSON.stringify(fresh)).join(JSON.stringify(uri)));
      assert.deepEqual(withoutVersion(published), withoutVersion(freshAsFuzzed), `diagnostics differ from a fresh open of the same text (seed ${SEED}, burst ${bursts}): ${JSON.stringify(doc.getText().slice(0, 300))}`);
      server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: fresh } });
      assert.equal(server.process.exitCode, null, 'the server ended');
    }
    assert.equal(stderr, '', 'the server wrote to stderr');
    const errors = server.received('window/logMessage').filter((m) => (m as { type: number }).type === 1);
    assert.deepEqual(errors, [], 'the server logged errors');
    console.log(`      ${bursts} bursts, ${edits} edits, ${answered} requests answered`);
  });
});
