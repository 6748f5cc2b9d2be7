// An esbuild plugin that leaves out of the client bundles the parts of vscode-languageclient this extension never
// uses. The library is CommonJS, so esbuild cannot drop its unused feature modules by itself: its client.js
// requires and registers every LSP feature. Each feature module named below is replaced by a stand-in whose
// classes take part in the client's life cycle but announce no capability and register nothing, so VS Code and
// the server behave as with a server that does not offer the feature.
//
// What stays: text synchronization, configuration, file watching (the server registers `**/.imrrc.json`),
// completion, hover, document symbols, folding, formatting, selection ranges, code actions: the capabilities
// server/src/lsp/server.ts announces and what the client itself needs. Also left out: workspace folders, work done
// progress and server-side commands, which the server neither reads nor uses. A server that announced one of the features left out would simply not be asked for it: keep this list
// in step with the server's capabilities (test/e2e covers each of those features through the packaged client).
import * as fs from 'node:fs/promises';
import * as path from 'node:path';

/** module (under vscode-languageclient/lib/common/) → the feature classes client.js and api.js take from it */
const UNUSED_FEATURES = {
  callHierarchy: ['CallHierarchyFeature'],
  codeLens: ['CodeLensFeature'],
  colorProvider: ['ColorProviderFeature'],
  declaration: ['DeclarationFeature'],
  definition: ['DefinitionFeature'],
  diagnostic: ['DiagnosticFeature'], // pull diagnostics: the server pushes them
  documentHighlight: ['DocumentHighlightFeature'],
  documentLink: ['DocumentLinkFeature'],
  executeCommand: ['ExecuteCommandFeature'], // the server has no executeCommandProvider
  fileOperations: ['DidCreateFilesFeature', 'DidDeleteFilesFeature', 'DidRenameFilesFeature', 'WillCreateFilesFeature', 'WillDeleteFilesFeature', 'WillRenameFilesFeature'],
  implementation: ['ImplementationFeature'],
  inlayHint: ['InlayHintsFeature'],
  inlineCompletion: ['InlineCompletionItemFeature'],
  inlineValue: ['InlineValueFeature'],
  linkedEditingRange: ['LinkedEditingFeature'],
  notebook: ['NotebookDocumentSyncFeature'],
  progress: ['ProgressFeature'], // window/workDoneProgress/create: the server reports no progress
  reference: ['ReferencesFeature'],
  rename: ['RenameFeature'],
  semanticTokens: ['SemanticTokensFeature'],
  signatureHelp: ['SignatureHelpFeature'],
  textDocumentContent: ['TextDocumentContentFeature'],
  typeDefinition: ['TypeDefinitionFeature'],
  typeHierarchy: ['TypeHierarchyFeature'],
  workspaceFolder: ['WorkspaceFoldersFeature'], // the server reads no workspace folder
  workspaceSymbol: ['WorkspaceSymbolFeature'],
};

/** the classes the converters make of the left-out features' results (code lenses, inlay hints, ...): never made here */
const UNUSED_ITEMS = ['protocolCallHierarchyItem', 'protocolCodeLens', 'protocolDocumentLink', 'protocolInlayHint', 'protocolTypeHierarchyItem', 'protocolWorkspaceSymbol'];

/** A static feature that adds nothing: no client capability, no provider, no registration. */
function standIn(classes) {
  return `class Unused {
  constructor() {}
  getState() { return { kind: 'static' }; }
  fillClientCapabilities() {}
  initialize() {}
  clear() {}
}
${classes.map((name) => `export class ${name} extends Unused {}`).join('\n')}
${classes.includes('NotebookDocumentSyncFeature') ? "NotebookDocumentSyncFeature.CellScheme = 'vscode-notebook-cell';" : ''}
${classes.includes('DiagnosticFeature') ? "export var DiagnosticPullMode = { onType: 'onType', onSave: 'onSave', onFocus: 'onFocus' };\nexport var vsdiag = { DocumentDiagnosticReportKind: { full: 'full', unChanged: 'unChanged' } };" : ''}
`;
}

/** `parse(version)`: the parts of `major.minor.patch[-prerelease]`, or null */
const SEMVER_PARSE = `module.exports = function parse(v) {
  const m = /^(\\d+)\\.(\\d+)\\.(\\d+)(?:-([0-9A-Za-z.-]+))?/.exec(String(v));
  return m ? { major: +m[1], minor: +m[2], patch: +m[3], prerelease: m[4] ? m[4].split('.') : [] } : null;
};`;
/** `satisfies(parsed, '^X.Y.Z')` with X >= 1: at least X.Y.Z, below X+1 (a prerelease never satisfies, as in semver) */
const SEMVER_CARET = `module.exports = function satisfies(v, range) {
  const [x, y, z] = range.slice(1).split('.').map(Number);
  if (!v || v.prerelease.length > 0 || v.major !== x) return false;
  return v.minor > y || (v.minor === y && v.patch >= z);
};`;

export const leanLanguageClient = {
  name: 'lean-language-client',
  setup(build) {
    const modules = Object.keys(UNUSED_FEATURES).join('|');
    build.onResolve({ filter: new RegExp(`^\\./(${modules})$`) }, (args) => (
      /[\\/]vscode-languageclient[\\/]lib[\\/]common$/.test(args.resolveDir) ? { path: args.path.slice(2), namespace: 'unused-lsp-feature' } : undefined
    ));
    build.onLoad({ filter: /.*/, namespace: 'unused-lsp-feature' }, (args) => ({ contents: standIn(UNUSED_FEATURES[args.path]), loader: 'js' }));
    build.onResolve({ filter: new RegExp(`^\\./(${UNUSED_ITEMS.join('|')})$`) }, (args) => (
      /[\\/]vscode-languageclient[\\/]lib[\\/]common$/.test(args.resolveDir) ? { path: args.path.slice(2), namespace: 'unused-lsp-item' } : undefined
    ));
    build.onLoad({ filter: /.*/, namespace: 'unused-lsp-item' }, () => ({ contents: 'export default class Unused {}', loader: 'js' }));
    // the Node client checks VS Code's version against a caret range with semver (20 KB with its parts): a few
    // lines do that (a range of another form fails the build, so an update of the library cannot slip past)
    build.onResolve({ filter: /^semver\/functions\/(parse|satisfies)$/ }, (args) => (
      /[\\/]vscode-languageclient[\\/]/.test(args.resolveDir) ? { path: args.path.split('/').pop(), namespace: 'semver-caret', pluginData: args.resolveDir } : undefined
    ));
    build.onLoad({ filter: /.*/, namespace: 'semver-caret' }, async (args) => {
      const main = await fs.readFile(path.join(args.pluginData, 'main.js'), 'utf8');
      const range = /REQUIRED_VSCODE_VERSION = '([^']*)'/.exec(main)?.[1];
      if (!range || !/^\^[1-9]\d*\.\d+\.\d+$/.test(range)) return { errors: [{ text: `vscode-languageclient asks for VS Code ${range ?? '(not found)'}: not a caret range scripts/build/lean-language-client.mjs can check` }] };
      return { contents: args.path === 'parse' ? SEMVER_PARSE : SEMVER_CARET, loader: 'js' };
    });
  },
};
