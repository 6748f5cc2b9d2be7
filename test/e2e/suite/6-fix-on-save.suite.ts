/**
 * Fix on save, as a reviewer sets it up: `editor.codeActionsOnSave` { "source.fixAll.imr": "explicit" } for the
 * imr language. Saving a letter with slips applies the safe fixes (a misspelt label, a date in ISO form, a
 * rationale line at the label's depth, a decision word's spelling) and leaves a decision in other words alone.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostics, letterUri, revertAndCloseAll, waitForDiagnostics, waitForValue } from './helpers';

const SOURCE = 'single-item-overturned.imr';
const SLIPPED = 'slips-on-save.imr';

describe('fix on save', () => {
  let uri: vscode.Uri | undefined;
  const editorConfig = () => vscode.workspace.getConfiguration('editor', { languageId: 'imr' });

  after(async () => {
    await revertAndCloseAll();
    await editorConfig().update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global, true);
    if (uri) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it('applies the safe fixes on save and leaves the decision as the reviewer wrote it', async () => {
    await editorConfig().update('codeActionsOnSave', { 'source.fixAll.imr': 'explicit' }, vscode.ConfigurationTarget.Global, true);
    const original = new TextDecoder().decode(await vscode.workspace.fs.readFile(await letterUri(SOURCE)));
    assert.match(original, /\n {2}Decision: Overturned\n/);
    const firstRationaleLine = /\n {2}Decision rationale:\n( {4})(\S[^\n]*)\n/.exec(original)!;
    const slipped = original
      .replace('Date of Injury: 08/03/2016', 'Date of Injury: 2016-08-03')
      .replace('  Decision rationale:', '  Decison rationale:')
      .replace(`\n    ${firstRationaleLine[2]}\n`, `\n  ${firstRationaleLine[2]}\n`)
      .replace('  Decision: Overturned', '  Decision: Certified');
    uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, SLIPPED);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(slipped));

    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const before = await waitForDiagnostics(doc.uri, (ds) => ds.length >= 4, 'the four slips reported');
    assert.deepEqual(before.map(codeOf).sort(), ['IMR001', 'IMR002', 'IMR006', 'IMR202'], describeDiagnostics(before));

    await vscode.commands.executeCommand('workbench.action.files.save');
    await waitForValue('the letter saved with its safe fixes', () => doc.getText(), (t) => t.includes('Decision rationale:') && !doc.isDirty, 20_000, (t) => t.slice(0, 300));
    const expected = original.replace('  Decision: Overturned', '  Decision: Certified');
    assert.equal(doc.getText(), expected);
    const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.equal(onDisk, expected);
    const after = await waitForDiagnostics(doc.uri, (ds) => ds.length === 1, 'only the decision in other words left');
    assert.equal(codeOf(after[0]), 'IMR006');
    assert.match(after[0].message, /'Certified' is not a decision/);
  });
});
