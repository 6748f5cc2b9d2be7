/** Completion, hover, outline and quick fixes, through VS Code's own command API, so the client is in the path. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostics, lineStarting, MISTAKE_FILE, openLetter, replaceText, revertAndCloseAll, SHORT_LETTER, waitForDiagnostics } from './helpers';
import { recordMetric } from './metrics';

describe('language features', () => {
  after(revertAndCloseAll);

  it('completes guideline titles after "MTUS " on a citation line', async () => {
    const { doc } = await openLetter(SHORT_LETTER);
    await replaceText(doc, 'MAXIMUS guideline: MTUS Knee Complaints 2004, Section(s): Special Studies', 'MAXIMUS guideline: MTUS ');
    const line = lineStarting(doc, 'MAXIMUS guideline:');
    const position = new vscode.Position(line, doc.lineAt(line).text.length);
    const t0 = Date.now();
    const result = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, position);
    recordMetric('completionMs', Date.now() - t0);
    const labels = result.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.length >= 10, `guideline titles expected, got: ${labels.join(' | ')}`);
    // the extension contributes no VS Code snippets (VS Code would add them to every list after a blank)
    assert.ok(result.items.every((i) => i.kind === vscode.CompletionItemKind.Module), `only guideline titles: ${labels.join(' | ')}`);
    assert.ok(labels.every((l) => / (19|20)\d\d$/.test(l)), `every item is a guideline title with its year: ${labels.join(' | ')}`);
    assert.equal(labels[0], 'Knee Complaints 2004', 'the guideline for the item\'s body region (an MRI of the knee) first');
    // the guidelines in force on the letter's dates (2017) come first
    const inForce = ['Knee Complaints 2004', 'Chronic Pain Medical Treatment 2016'];
    const later = labels.indexOf('Knee Disorders 2019');
    for (const title of inForce) {
      assert.ok(labels.includes(title), `no '${title}' among: ${labels.join(' | ')}`);
      if (later >= 0) assert.ok(labels.indexOf(title) < later, `'${title}' (in force) should come before 'Knee Disorders 2019'`);
    }
  });

  it('explains a cited guideline on hover', async () => {
    const { doc } = await openLetter(SHORT_LETTER);
    const line = lineStarting(doc, 'Claims Administrator guideline:');
    const character = doc.lineAt(line).text.indexOf('Knee Complaints') + 3;
    const t0 = Date.now();
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, character));
    recordMetric('hoverMs', Date.now() - t0);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /\*\*Knee Complaints 2004\*\*/);
    assert.match(text, /ACOEM/);
  });

  it('lists the letter\'s outline: each item with its decision, the header and the reviewer\'s credentials as one node each', async () => {
    const { doc } = await openLetter(SHORT_LETTER);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    // VS Code orders the outline by position (the server sends the items first, for clients that keep its order)
    assert.deepEqual(symbols.map((s) => s.name), ['Header', 'Reviewer credentials', 'Clinical Case Summary', 'MRI of the right knee without contrast']);
    const item = symbols[3];
    assert.equal(item.detail, 'Overturned');
    assert.equal(item.kind, vscode.SymbolKind.Method, 'the item\'s icon');
    assert.ok(symbols[0].children.some((c) => c.name === 'Layout') && symbols[0].children.some((c) => c.name === 'Case Number'), 'the layout and header fields in one node');
    // the item's symbol covers the whole item, from its label to its rationale's last line
    assert.equal(item.range.start.line, lineStarting(doc, 'Item:'));
    assert.ok(item.range.end.line >= lineStarting(doc, 'knee without contrast is medically necessary.'), `the item ends at line ${item.range.end.line}`);
    // the outline opens with every node collapsed, so the items are in view below the three one-line nodes
    assert.equal(vscode.workspace.getConfiguration('outline', { languageId: 'imr', uri: doc.uri }).get('collapseItems'), 'alwaysCollapse');
  });

  it('offers the quick fix for the misspelt state; applied, the problem goes away', async () => {
    const { doc } = await openLetter(MISTAKE_FILE);
    const [problem] = await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'IMR301'), 'the IMR301 problem');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, problem.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === "Change to 'California'");
    assert.ok(fix, `no "Change to 'California'" among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), `kind ${fix.kind?.value}`);
    // (vscode.executeCodeActionProvider does not carry an action's `diagnostics` over; the LSP tests check them)
    assert.equal(fix.isPreferred, true, 'the only suggestion is the preferred fix');
    assert.ok(fix.edit, 'the fix carries its edit');
    const t0 = Date.now();
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.lineAt(problem.range.start.line).text, /Arizona,California$/);
    const after = await waitForDiagnostics(doc.uri, (ds) => ds.length === 0, 'no problem left after the fix');
    recordMetric('quickFixToCleanMs', Date.now() - t0);
    assert.equal(after.length, 0, describeDiagnostics(after));
  });
});
