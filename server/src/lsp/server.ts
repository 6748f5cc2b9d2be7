/**
 * The language server: a thin adapter from LSP to the language core. It keeps one analysed snapshot per
 * open document version, publishes diagnostics (debounced, never stale, cleared on close), and answers
 * every request by calling a pure function of that snapshot.
 */
import * as path from 'path';
import { fileURLToPath } from 'url';
import {
  CodeActionKind, DidChangeWatchedFilesNotification, TextDocuments, TextDocumentSyncKind,
  type Connection, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildDocument, emptyConfig, importLetterText, type ImrConfig } from '../language';
import { renderHtmlBody } from '../language/render/html';
import { isExportFormat } from '../language/render/export';
import {
  completions, documentSymbols, foldingRanges, formattingEdits, hoverAt, letterDiagnostics, letterStatus,
  LetterSnapshot, quickFixes, selectionRanges,
} from '../language/service';
import { loadConfigFor, type LoadedConfig } from '../node/config-file';
import { exportToFile } from '../node/export-file';
import { ExportRequest, ImportRequest, RenderPreviewRequest, StatusNotification } from '../protocol';
import { SettingsCache } from './settings';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const settings = new SettingsCache(connection);
  const snapshots = new Map<string, { version: number; snapshot: LetterSnapshot }>();
  const timers = new Map<string, NodeJS.Timeout>();
  // the .imrrc.json of each letter's folder, found once (not on every keystroke) until the files change
  let configs = new Map<string, LoadedConfig>();
  let folderConfigs = new Map<string, ImrConfig>();
  let snippets = false;
  let watchFiles = false;

  function configFor(uri: string): ImrConfig {
    if (!uri.startsWith('file:')) return emptyConfig();
    try {
      const file = fileURLToPath(uri);
      const folder = path.dirname(file);
      let config = folderConfigs.get(folder);
      if (!config) {
        config = loadConfigFor(file, configs).config;
        folderConfigs.set(folder, config);
      }
      return config;
    } catch {
      return emptyConfig();
    }
  }

  function snapshotOf(doc: TextDocument): LetterSnapshot {
    const cached = snapshots.get(doc.uri);
    if (cached && cached.version === doc.version) return cached.snapshot;
    const snapshot = new LetterSnapshot(doc.getText(), configFor(doc.uri));
    snapshots.set(doc.uri, { version: doc.version, snapshot });
    return snapshot;
  }

  async function validate(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const s = await settings.get(uri);
    // the document may have changed or closed while the settings were fetched
    const now = documents.get(uri);
    if (!now || now.version !== version) return;
    const snap = snapshotOf(now);
    const problems = s.validate.enable ? snap.problems : snap.letter.problems;
    void connection.sendDiagnostics({ uri, version, diagnostics: letterDiagnostics(problems, s.validate.maxProblems, version, uri) });
    void connection.sendNotification(StatusNotification.type, { uri, ...letterStatus(snap, problems) });
  }

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => { timers.delete(uri); void validate(uri); }, delay));
  }

  function revalidateAll(): void {
    snapshots.clear();
    for (const doc of documents.all()) schedule(doc.uri, 0);
  }

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    snippets = caps.textDocument?.completion?.completionItem?.snippetSupport === true;
    settings.supported = caps.workspace?.configuration === true;
    watchFiles = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: [':', ' ', ',', ';'] },
        hoverProvider: true,
        documentSymbolProvider: { label: 'IMR letter' },
        foldingRangeProvider: true,
        documentFormattingProvider: true,
        selectionRangeProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'imr-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (watchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.imrrc.json' }] }).catch(() => undefined);
    }
  });

  connection.onDidChangeConfiguration(() => { settings.forget(); revalidateAll(); });
  connection.onDidChangeWatchedFiles(() => { configs = new Map(); folderConfigs = new Map(); revalidateAll(); });

  // onDidChangeContent also fires on open: a letter just opened is checked at once, edits after a pause
  const opened = new Set<string>();
  documents.onDidChangeContent((e) => {
    const uri = e.document.uri;
    if (!opened.has(uri)) { opened.add(uri); schedule(uri, 0); return; }
    void settings.get(uri).then((s) => schedule(uri, s.validate.delay));
  });
  documents.onDidClose((e) => {
    opened.delete(e.document.uri);
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    snapshots.delete(e.document.uri);
    settings.forget(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  const withDoc = <P extends { textDocument: { uri: string } }, R>(fallback: R, fn: (snap: LetterSnapshot, params: P) => R | Promise<R>) =>
    (params: P): R | Promise<R> => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? fn(snapshotOf(doc), params) : fallback;
    };

  connection.onCompletion(withDoc([], async (snap, p) => ((await settings.get(p.textDocument.uri)).completion.enable ? completions(snap, p.position, { snippets }) : [])));
  connection.onHover(withDoc(null, async (snap, p) => ((await settings.get(p.textDocument.uri)).hover.enable ? hoverAt(snap, p.position) ?? null : null)));
  connection.onDocumentSymbol(withDoc([], (snap) => documentSymbols(snap)));
  connection.onFoldingRanges(withDoc([], (snap) => foldingRanges(snap)));
  connection.onSelectionRanges(withDoc([], (snap, p) => selectionRanges(snap, p.positions)));
  connection.onDocumentFormatting(withDoc([], async (snap, p) => ((await settings.get(p.textDocument.uri)).format.enable ? formattingEdits(snap) : [])));
  connection.onCodeAction((p) => quickFixes(p.textDocument.uri, p.range, p.context.diagnostics, documents.get(p.textDocument.uri)?.version));

  connection.onRequest(RenderPreviewRequest.type, (p) => {
    const doc = documents.get(p.uri);
    if (!doc) return null;
    const snap = snapshotOf(doc);
    const model = buildDocument(snap.letter);
    const syntaxProblems = snap.letter.problems.filter((x) => x.severity === 'error').map((x) => ({ line: x.range.start.line, message: x.message }));
    return { version: doc.version, html: renderHtmlBody(model, { look: p.look }), syntaxProblems, caseNumber: model.caseNumber };
  });

  connection.onRequest(ExportRequest.type, async (p) => {
    const doc = documents.get(p.uri);
    if (!doc) throw new Error(`${p.uri} is not open`);
    if (!isExportFormat(p.format)) throw new Error(`unknown export format '${p.format}'`);
    const s = await settings.get(p.uri);
    const bytes = await exportToFile(doc.getText(), p.format, p.target, {
      publicCopy: p.publicCopy, organisation: s.export.organisation || undefined, letterheadImage: s.export.letterhead || undefined,
    });
    return { target: p.target, bytes };
  });

  connection.onRequest(ImportRequest.type, (p) => importLetterText(p.text));

  documents.listen(connection);
  connection.listen();
}
