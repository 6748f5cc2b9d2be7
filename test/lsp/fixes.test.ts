/**
 * Slips fixed through the language server, as an editor asks for them: the rename fix of a misspelt label, the
 * indent fix of prose at the wrong depth, the date fixes (one safe, or two for the reviewer), and
 * `source.fixAll.imr`, the code action `editor.codeActionsOnSave` runs, which applies only the safe fixes.
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { letter } from '../helpers/snippets';
import { VALID } from '../helpers/valid-letter';
import { applyEdits, CLIENT_CAPABILITIES, serverPath, startServer, type ServerProcess } from './lsp-client';

describe('fixes through the language server', function () {
  let server: ServerProcess;
  let version = 0;

  before(async function () {
    if (!fs.existsSync(serverPath())) throw new Error(`build the server first: ${serverPath()} is missing`);
    server = await startServer();
    const init = await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: CLIENT_CAPABILITIES }) as { capabilities: { codeActionProvider: { codeActionKinds: string[] } } };
    assert.deepEqual(init.capabilities.codeActionProvider.codeActionKinds, ['quickfix', 'source.fixAll.imr']);
    server.connection.sendNotification('initialized', {});
  });
  after(async () => { await server?.stop(); });

  /** Opens the text as a new document and waits for its diagnostics. */
  async function open(text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const uri = `untitled:fixes-${++version}.imr`;
    const published = server.nextDiagnostics(uri, 1);
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'imr', version: 1, text } });
    return { uri, diagnostics: await published };
  }

  async function quickFixes(uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    return await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }) as CodeAction[];
  }

  it('renames a misspelt label, and reports nothing missing beside it', async () => {
    const text = VALID.replace('  Decision rationale:', '  Decison rationale:');
    const { uri, diagnostics } = await open(text);
    assert.deepEqual(diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`), ['IMR002 18:2']);
    const [fix] = await quickFixes(uri, diagnostics[0]);
    assert.deepEqual([fix.title, fix.kind, fix.isPreferred], ["Rename the label to 'Decision rationale:'", 'quickfix', true]);
    assert.equal(applyEdits(text, fix.edit!.changes![uri]), VALID);
  });

  it('indents prose pasted at column 1 into its block, as one problem for the run', async () => {
    const text = letter(
      'Clinical Case Summary:',
      'The injured worker is a 48 year old male.',
      '',
      'Diagnoses: cervical strain. He fell at work.',
      'Item: MRI',
    );
    const { uri, diagnostics } = await open(text);
    const run = diagnostics.filter((d) => d.code === 'IMR001');
    assert.deepEqual(run.map((d) => `${d.range.start.line}-${d.range.end.line} ${d.message}`), [
      "1-3 Indent these 2 lines deeper than 'Clinical Case Summary:' (line 1): they are that block's text, but as typed they belong to no field.",
    ]);
    assert.ok(!diagnostics.some((d) => d.code === 'IMR103'), 'the summary is not reported empty: its text is there, only shallow');
    const [fix] = await quickFixes(uri, run[0]);
    assert.equal(fix.title, 'Indent these 2 lines into the Clinical Case Summary');
    assert.equal(applyEdits(text, fix.edit!.changes![uri]), letter(
      'Clinical Case Summary:',
      '  The injured worker is a 48 year old male.',
      '',
      '  Diagnoses: cervical strain. He fell at work.',
      'Item: MRI',
    ));
  });

  it('writes a day-first date as MM/DD/YYYY, and offers both readings when day and month could swap', async () => {
    const text = VALID.replace('Date of Injury: 10/13/2016', 'Date of Injury: 13/10/2016').replace('Date Assigned: 11/09/2016', 'Date Assigned: 09.11.2016');
    const { uri, diagnostics } = await open(text);
    const dates = diagnostics.filter((d) => d.code === 'IMR202');
    assert.equal(dates.length, 2);
    const assigned = await quickFixes(uri, dates.find((d) => d.range.start.line === 1)!);
    assert.deepEqual(assigned.map((a) => [a.title, a.isPreferred ?? false]), [
      ["Write '09/11/2016' (month first: Sunday, September 11, 2016)", false],
      ["Write '11/09/2016' (day first: Wednesday, November 9, 2016)", false],
    ]);
    const [injury] = await quickFixes(uri, dates.find((d) => d.range.start.line === 2)!);
    assert.deepEqual([injury.title, injury.isPreferred], ["Write '10/13/2016'", true]);
    assert.equal(applyEdits(text, injury.edit!.changes![uri]).split('\n')[2], 'Date of Injury: 10/13/2016');
  });

  it('source.fixAll.imr applies every safe fix, and never a decision or a date with two readings', async () => {
    const text = VALID
      .replace('Date of Injury: 10/13/2016', 'Date of Injury: Oct 13, 2016')
      .replace('Date Assigned: 11/09/2016', 'Date Assigned: 09.11.2016')
      .replace('  MAXIMUS guideline:', '  Maximus guidline:')
      .replace('    Therefore the request', 'Therefore the request')
      .replace('  Decision: Upheld', '  Decision: Denied');
    const { uri } = await open(text);
    const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const actions = await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: whole, context: { diagnostics: [], only: ['source.fixAll.imr'] } }) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.imr']);
    const fixed = applyEdits(text, actions[0].edit!.changes![uri]);
    assert.equal(fixed, VALID.replace('Date Assigned: 11/09/2016', 'Date Assigned: 09.11.2016').replace('  Decision: Upheld', '  Decision: Denied'));
    // the plain quick-fix request does not carry it, and a letter with nothing safe to fix gets no action
    const plain = await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: whole, context: { diagnostics: [] } }) as CodeAction[];
    assert.ok(!plain.some((a) => a.kind === 'source.fixAll.imr'));
    const clean = await open(VALID);
    const none = await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: clean.uri }, range: whole, context: { diagnostics: [], only: ['source.fixAll'] } }) as CodeAction[];
    assert.deepEqual(none, []);
  });
});
