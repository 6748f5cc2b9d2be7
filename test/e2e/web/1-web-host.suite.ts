/**
 * Where the extension runs: in VS Code for the Web it must be the web worker extension host (no Node at all),
 * with its language server in a web worker of its own. This runs in the same host as the extension, after the
 * diagnostics suite has activated it by opening a letter.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extension } from '../suite/helpers';

describe('web worker extension host', () => {
  it('runs the extension in a web worker, not in Node', () => {
    const ext = extension();
    assert.equal(ext.isActive, true, 'the extension is active (the diagnostics suite opened a letter)');
    assert.equal(typeof (globalThis as { process?: unknown }).process, 'undefined', 'no Node process object');
    assert.equal(typeof (globalThis as { require?: { resolve?: unknown } }).require?.resolve, 'undefined', 'no Node require');
    const scope = globalThis as unknown as { WorkerGlobalScope?: new () => unknown };
    assert.ok(scope.WorkerGlobalScope && globalThis instanceof scope.WorkerGlobalScope, 'the global scope is a WorkerGlobalScope');
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
    assert.equal(vscode.env.remoteName, undefined, 'no remote (Node) extension host');
    // the browser entry point was loaded, not `main`
    const manifest = ext.packageJSON as { browser?: string };
    assert.equal(manifest.browser, './dist/web/extension.js');
  });

  it('sees the workspace as a virtual file system', () => {
    const [folder] = vscode.workspace.workspaceFolders ?? [];
    assert.ok(folder, 'a folder is open');
    assert.notEqual(folder.uri.scheme, 'file', `the workspace is ${folder.uri.toString()}`);
  });
});
