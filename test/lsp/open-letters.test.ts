/**
 * The open letters' snapshots: a letter is parsed once per version. When its folder's configuration arrives after
 * a feature already asked for it (the web host and virtual file systems ask the client), or settings or
 * `.imrrc.json` change, the problems are found afresh under the configuration now in force, on the same parse.
 */
import assert from 'node:assert/strict';
import type { Connection } from 'vscode-languageserver';
import type { ImrConfig } from '../../server/src/language';
import { LetterSnapshot } from '../../server/src/language/service';
import type { ServerHost } from '../../server/src/lsp/host';
import { OpenLetters } from '../../server/src/lsp/open-letters';
import { letter } from '../helpers/snippets';

const TEXT = letter('Case Number: CM16-0213037', 'Item: MRI of the right shoulder', '  Decision: Upheld');

/** OpenLetters over a connection that only carries the text document notifications, and a host whose configuration is given later. */
function openLetters() {
  const handlers: Record<string, (e: unknown) => void> = {};
  const on = (name: string) => (h: (e: unknown) => void) => { handlers[name] = h; return { dispose() {} }; };
  const connection = {
    onDidOpenTextDocument: on('open'), onDidChangeTextDocument: on('change'), onDidCloseTextDocument: on('close'),
    onWillSaveTextDocument: on('willSave'), onWillSaveTextDocumentWaitUntil: on('willSaveWaitUntil'), onDidSaveTextDocument: on('save'),
  } as unknown as Connection;
  let configure: (c: ImrConfig) => void = () => undefined;
  let config: ImrConfig | Promise<ImrConfig> = new Promise<ImrConfig>((resolve) => { configure = resolve; });
  const host = { readConfig: () => config } as unknown as ServerHost;
  const letters = new OpenLetters(connection, host);
  letters.documents.listen(connection);
  handlers.open({ textDocument: { uri: 'vscode-vfs://x/a.imr', languageId: 'imr', version: 1, text: TEXT } });
  const doc = letters.get('vscode-vfs://x/a.imr')!;
  return { letters, doc, configure: (c: ImrConfig) => configure(c), setConfig: (c: ImrConfig) => { config = c; } };
}

describe('the open letters', () => {
  it('checks a letter under the configuration read after it was first asked for, on the same parse', async () => {
    const { letters, doc, configure } = openLetters();
    const before = letters.snapshotOf(doc);
    assert.ok(before.problems.length > 0, 'the letter has problems under the defaults');
    const off: ImrConfig = { rules: Object.fromEntries(before.problems.map((p) => [p.code, 'off' as const])) };
    configure(off);
    await letters.configured(doc.uri);
    const after = letters.snapshotOf(doc);
    assert.notEqual(after, before);
    assert.equal(after.letter, before.letter, 'parsed once');
    assert.deepStrictEqual(after.problems, new LetterSnapshot(TEXT, off).problems);
    assert.notDeepStrictEqual(after.problems, before.problems);
    assert.equal(letters.snapshotOf(doc), after, 'then kept');
  });

  it('checks every letter afresh after the configuration files change, on the same parse', async () => {
    const { letters, doc, configure, setConfig } = openLetters();
    configure({ rules: {} });
    await letters.configured(doc.uri);
    const before = letters.snapshotOf(doc);
    const off: ImrConfig = { rules: Object.fromEntries(before.problems.map((p) => [p.code, 'off' as const])) };
    setConfig(off);
    letters.forgetConfigFiles();
    const after = letters.snapshotOf(doc);
    assert.equal(after.letter, before.letter);
    assert.deepStrictEqual(after.problems, new LetterSnapshot(TEXT, off).problems);
    assert.notDeepStrictEqual(after.problems, before.problems);
  });
});
