/**
 * What the web extension does through `workspace.fs` where the desktop one has a disk: the `.imrrc.json` of a
 * letter's folder (read by the client for the server in its worker), and Import Letter from a .txt and from a
 * .pdf (whose bytes the server reads with pdf.js in its worker). Also the baseline the issue compares against:
 * how soon VS Code's own JSON support shows a JSON file's first problem, in the same window.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostics, letterUri, openLetter, revertAndCloseAll, SHORT_LETTER, waitForDiagnostics, waitForValue } from '../suite/helpers';
import { recordMetric } from '../suite/metrics';

/** written by test/e2e/web.test.ts into the workspace; the letters to import are SHORT_LETTER rendered */
const FILES = {
  configuredLetter: 'configured-mistake.imr',
  textLetter: 'imported-letter.txt',
  pdfLetter: 'imported-letter.pdf',
  brokenJson: 'broken.json',
} as const;

/** What an imported letter must say: the source's case number, an item and its decision. */
async function assertImportedFromSource(imported: string): Promise<void> {
  const source = new TextDecoder().decode(await vscode.workspace.fs.readFile(await letterUri(SHORT_LETTER)));
  const caseNumber = /^Case Number: (\S+)$/m.exec(source)?.[1];
  const decision = /^ {2}Decision: (\w+)$/m.exec(source)?.[1];
  assert.ok(caseNumber && decision, `${SHORT_LETTER} has a case number and a decision`);
  assert.match(imported, new RegExp(`^Case Number: ${caseNumber}$`, 'm'));
  assert.match(imported, /^Item: /m);
  assert.match(imported, new RegExp(`^ {2}Decision: ${decision}$`, 'm'));
}

async function importAndWait(name: string): Promise<vscode.TextDocument> {
  const uri = await letterUri(name);
  const before = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
  // not awaited: with notes to show, the command waits on its message until the user answers
  void vscode.commands.executeCommand('imr.importLetter', uri);
  const editor = await waitForValue(`the letter imported from ${name}`, () => vscode.window.activeTextEditor,
    (e) => !!e && e.document.isUntitled && e.document.languageId === 'imr' && !before.has(e.document.uri.toString()), 30_000,
    (e) => e?.document.uri.toString() ?? 'no editor');
  return editor!.document;
}

describe('web: files through workspace.fs', () => {
  after(revertAndCloseAll);

  it('applies the .imrrc.json of the letter\'s folder (IMR301 turned into a warning there)', async () => {
    const { doc } = await openLetter(FILES.configuredLetter);
    const ds = await waitForDiagnostics(doc.uri, (all) => all.some((d) => codeOf(d) === 'IMR301'), 'IMR301 in the configured folder', 30_000);
    const d = ds.find((x) => codeOf(x) === 'IMR301')!;
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning, `severity from .imrrc.json: ${describeDiagnostics(ds)}`);
  });

  it('imports a letter from its text (.txt)', async () => {
    const doc = await importAndWait(FILES.textLetter);
    await assertImportedFromSource(doc.getText());
  });

  it('imports a letter from a PDF, read by the server in its worker', async () => {
    const doc = await importAndWait(FILES.pdfLetter);
    await assertImportedFromSource(doc.getText());
  });

  // JSON support is active by now (the diagnostics suite opened a JSON file first): this is its warm figure, printed
  // beside the ratio, which compares first openings in the diagnostics suite
  it('baseline: VS Code\'s JSON support reports a broken JSON file', async () => {
    const t0 = Date.now();
    const doc = await vscode.workspace.openTextDocument(await letterUri(FILES.brokenJson));
    await vscode.window.showTextDocument(doc, { preview: false });
    const ds = await waitForDiagnostics(doc.uri, (all) => all.length > 0, 'the first diagnostics of broken.json', 30_000);
    recordMetric('jsonWarmOpenToFirstDiagnosticsMs', Date.now() - t0);
    assert.ok(ds.length > 0);
  });
});
