/**
 * The decision check over a real stdio connection: the diagnostic lies on the `Decision:` value, with related
 * information pointing at the concluding sentence (and a second diagnostic there pointing back); none of the
 * fixes that change the decision or the rationale is preferred or part of a fix-all.
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { validWith } from '../helpers/valid-letter';
import { CLIENT_CAPABILITIES, serverPath, startServer, type ServerProcess } from './lsp-client';

const URI = 'untitled:decision.imr';
const CONCLUSION = 'Therefore the request for an MRI of the shoulder is medically necessary.';
const TEXT = validWith('Therefore the request for an MRI of the shoulder is not medically necessary.', CONCLUSION);
const LINES = TEXT.split('\n');
const DECISION_LINE = LINES.findIndex((l) => l.includes('Decision: Upheld'));
const CONCLUSION_LINE = LINES.findIndex((l) => l.includes(CONCLUSION));

/** True when an edit touches the decision value or the rationale's lines. */
function touchesDecisionOrRationale(edit: TextEdit): boolean {
  const rationaleFrom = LINES.findIndex((l) => l.includes('Decision rationale:'));
  const lines = [edit.range.start.line, edit.range.end.line];
  return lines.some((l) => l === DECISION_LINE || l > rationaleFrom);
}

describe('the decision check over LSP', function () {
  let server: ServerProcess;
  let diagnostics: Diagnostic[] = [];

  before(async function () {
    if (!fs.existsSync(serverPath())) throw new Error(`build the server first: ${serverPath()} is missing`);
    server = await startServer();
    const capabilities = { ...CLIENT_CAPABILITIES, textDocument: { ...CLIENT_CAPABILITIES.textDocument, publishDiagnostics: { versionSupport: true, relatedInformation: true } } };
    await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities });
    server.connection.sendNotification('initialized', {});
    const published = server.nextDiagnostics(URI, 1);
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'imr', version: 1, text: TEXT } });
    diagnostics = (await published).filter((d) => d.code === 'IMR501');
  });
  after(async () => { await server?.stop(); });

  it('puts the error on the Decision value, with related information at the concluding sentence', () => {
    const [onDecision] = diagnostics.filter((d) => d.range.start.line === DECISION_LINE);
    assert.ok(onDecision, 'a diagnostic on the decision line');
    assert.equal(onDecision.severity, 1);
    assert.equal(LINES[DECISION_LINE].slice(onDecision.range.start.character, onDecision.range.end.character), 'Upheld');
    assert.match(String(onDecision.message), /change the decision or revise the conclusion/i);
    const related = onDecision.relatedInformation ?? [];
    assert.equal(related.length, 1);
    assert.equal(related[0].location.uri, URI);
    assert.equal(related[0].location.range.start.line, CONCLUSION_LINE);
  });

  it('puts a second, related diagnostic on the concluding sentence, pointing back at the decision', () => {
    const [onSentence] = diagnostics.filter((d) => d.range.start.line === CONCLUSION_LINE);
    assert.ok(onSentence);
    assert.equal(onSentence.relatedInformation?.[0].location.range.start.line, DECISION_LINE);
  });

  it('offers the fixes that change the decision or the rationale, never preferred, and none in a fix-all', async () => {
    const range = diagnostics.find((d) => d.range.start.line === DECISION_LINE)!.range;
    const quick = await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: URI }, range, context: { diagnostics } }) as CodeAction[];
    const changing = quick.filter((a) => Object.values(a.edit?.changes ?? {}).flat().some(touchesDecisionOrRationale));
    assert.deepEqual(changing.map((a) => a.title), [
      'Change the decision to Overturned (changes the determination)',
      'Reword the conclusion to "not medically necessary" (changes the reviewer\'s wording)',
    ]);
    assert.ok(changing.every((a) => !a.isPreferred));
    const whole = { start: { line: 0, character: 0 }, end: { line: LINES.length, character: 0 } };
    const fixAll = await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: URI }, range: whole, context: { diagnostics, only: ['source.fixAll'] } }) as CodeAction[];
    const bulk = fixAll.filter((a) => a.kind?.startsWith('source.fixAll'));
    assert.deepEqual(bulk.flatMap((a) => Object.values(a.edit?.changes ?? {}).flat()).filter(touchesDecisionOrRationale), []);
  });
});
