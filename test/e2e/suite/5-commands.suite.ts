/**
 * The extension's commands as VS Code has them: every command package.json declares is registered (and no other
 * `imr.` one), and New Determination, Import Letter, Export Public Copy, Toggle Look and Restart Language Server do
 * what they say. Commands
 * that take a file are given one (as the explorer's context menu does), so no dialog is needed; the one quick pick
 * (New Determination's layout) is answered with VS Code's own "accept" command.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, extension, letterUri, lineStarting, MISTAKE_FILE, openLetter, revertAndCloseAll, SHORT_LETTER, waitForDiagnostics, waitForValue } from './helpers';

interface ExportResult { target: string; bytes: number }
interface PreviewState { open: boolean; look?: string; fullRenders?: number; appliedVersion?: number; renderedVersion?: number; html?: string; topLine?: number }

const PARTIES_LETTER = 'parties-and-comments.imr';
const previewState = () => vscode.commands.executeCommand<PreviewState>('imr.preview.getState');

async function workspaceFile(...parts: string[]): Promise<vscode.Uri> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...parts);
}

async function exportTo(uri: vscode.Uri, format: string, name: string, publicCopy = false): Promise<vscode.Uri> {
  const target = await workspaceFile('commands', name);
  const result = await vscode.commands.executeCommand<ExportResult>(publicCopy ? 'imr.exportPublicCopy' : 'imr.export', uri, { format, target: target.fsPath });
  assert.equal(result?.target, target.fsPath);
  return target;
}

/** The untitled .imr editors open now, by their text. */
const untitledLetters = () => vscode.workspace.textDocuments.filter((d) => d.isUntitled && d.languageId === 'imr');

/** Resolves with the first untitled .imr letter that `run` opens (waiting on the open event). */
async function newUntitledLetter(what: string, run: () => Thenable<unknown>, timeoutMs = 30_000): Promise<vscode.TextDocument> {
  const before = new Set(untitledLetters().map((d) => d.uri.toString()));
  const opened = waitForValue(what, () => untitledLetters().find((d) => !before.has(d.uri.toString()) && d.getText().length > 0), (d) => d !== undefined, timeoutMs, (d) => d?.uri.toString() ?? 'none');
  void run();
  return (await opened)!;
}

/** Closes the untitled letters the tests made without the "save?" prompt. */
async function discardUntitled(): Promise<void> {
  for (const doc of untitledLetters()) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

describe('commands', () => {
  after(async () => {
    await discardUntitled();
    await revertAndCloseAll();
  });

  it('registers exactly the commands package.json declares (vscode.commands.getCommands)', async () => {
    const ext = extension();
    await ext.activate();
    const declared = (ext.packageJSON as { contributes: { commands: { command: string }[] } }).contributes.commands.map((c) => c.command).sort();
    const registered = (await vscode.commands.getCommands(true)).filter((c) => c.startsWith('imr.')).sort();
    assert.deepEqual(registered, declared);
  });

  it('New Determination opens an untitled letter with the skeleton of the layout picked', async () => {
    const doc = await newUntitledLetter('New Determination to open a letter', async () => {
      const running = vscode.commands.executeCommand('imr.newDetermination');
      // the layout quick pick: take the first (highlighted) layout, as Enter would
      await waitForValue('the layout quick pick to take Enter', async () => {
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        return untitledLetters().some((d) => d.getText().length > 0);
      }, (done) => done, 15_000);
      return running;
    });
    const text = doc.getText();
    for (const label of ['Case Number:', 'Decision Date:', 'State(s) of Licensure:', 'Clinical Case Summary:', 'Item:', 'Decision:', 'MAXIMUS guideline:', 'Decision rationale:']) {
      assert.match(text, new RegExp(`^\\s*${label.replace(/[()/]/g, '\\$&')}`, 'm'), `the skeleton has '${label}'`);
    }
    assert.equal(vscode.window.activeTextEditor?.document, doc, 'the new letter is in the active editor');
  });

  for (const format of ['text', 'pdf'] as const) {
    it(`Import Letter reads a letter's ${format === 'text' ? 'text (.txt)' : 'PDF'} into a new untitled .imr letter`, async () => {
      const source = await letterUri(SHORT_LETTER);
      const original = (await vscode.workspace.openTextDocument(source)).getText();
      // the letter as DWC publishes it: our own rendering, read back
      const file = await exportTo(source, format, `published.${format === 'text' ? 'txt' : 'pdf'}`);
      const doc = await newUntitledLetter(`Import Letter to open the ${format} import`, () => vscode.commands.executeCommand('imr.importLetter', file), 60_000);
      const imported = doc.getText();
      const fieldValues = (text: string) => text.split('\n').filter((l) => /^\s*(Case Number|Decision Date|Item|Decision|MAXIMUS guideline):/.test(l)).map((l) => l.trim());
      assert.deepEqual(fieldValues(imported), fieldValues(original));
      assert.match(imported, /delivery driver/);
    });
  }

  it('Export Public Copy leaves out the personal data that the letter\'s export keeps', async () => {
    const source = await letterUri(PARTIES_LETTER);
    const text = (await vscode.workspace.openTextDocument(source)).getText()
      .replace('She returned to full duty', 'Dr. Robin Q. Sample (916-555-0142) noted she returned to full duty');
    const letter = await workspaceFile('commands', 'with-parties.imr');
    await vscode.workspace.fs.writeFile(letter, new TextEncoder().encode(text));
    const read = async (u: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(u));
    const full = await read(await exportTo(letter, 'text', 'full.txt'));
    const published = await read(await exportTo(letter, 'text', 'public.txt', true));
    assert.match(full, /Robin Q\. Sample/);
    assert.match(full, /916-555-0142/);
    assert.doesNotMatch(published, /Robin|Sample|916-555-0142|Jordan|Placeholder|Bayside/);
    assert.match(published, /returned to full duty/, 'the rest of the sentence stays');
  });

  it('Toggle Look switches the preview between paper and the editor theme, and back', async () => {
    await openLetter(SHORT_LETTER);
    await vscode.commands.executeCommand('imr.preview.openToSide');
    const first = await waitForValue('the preview to show the letter', previewState, (s) => !!s?.open && s.appliedVersion === s.renderedVersion && s.appliedVersion !== undefined && s.appliedVersion >= 0, 30_000);
    const looks = first.look === 'paper' ? ['editor', 'paper'] : ['paper', 'editor'];
    let renders = first.fullRenders ?? 0;
    for (const look of looks) {
      await vscode.commands.executeCommand('imr.preview.toggleLook');
      const s = await waitForValue(`the preview in the ${look} look`, previewState, (x) => x.look === look && (x.fullRenders ?? 0) > renders && x.appliedVersion === x.renderedVersion, 20_000);
      assert.equal(vscode.workspace.getConfiguration('imr.preview').get('look'), look);
      assert.match(s.html ?? '', /MRI of the right knee without contrast/);
      renders = s.fullRenders ?? 0;
    }
  });

  it('Restart Language Server starts a new server, which checks the open letter and its edits', async () => {
    const { doc, editor } = await openLetter(MISTAKE_FILE);
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'IMR301'), 'the misspelt state before the restart');
    await vscode.commands.executeCommand('imr.restartServer');
    // the new server is sent the open letter again and reports it; then an edit reaches it too
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'IMR301'), 'the misspelt state after the restart');
    const line = lineStarting(doc, 'Decision: Overturned');
    const word = doc.lineAt(line).text.indexOf('Overturned');
    assert.ok(await editor.edit((e) => e.replace(new vscode.Range(line, word, line, word + 'Overturned'.length), 'Overturnd')));
    const edited = await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => d.range.start.line === line), 'the new server to check the edit');
    assert.match(edited.find((d) => d.range.start.line === line)!.message, /Overturnd/);
  });
});
