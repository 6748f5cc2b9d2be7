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

/**
 * the protocol's modules (under vscode-languageserver-protocol/lib/common/) that serve only left-out features: their
 * requests, notifications and shapes. protocol.js re-exports each name through a getter, so a stand-in costs nothing
 * until a name is read. The kept code may read only a request's `method` (the client lists the methods whose failure
 * it forgives), which the stand-in keeps; the build fails if it reads anything else (see `leftOutNamesInUse`).
 */
const UNUSED_PROTOCOL = [
  'callHierarchy', 'colorProvider', 'declaration', 'diagnostic', 'fileOperations', 'implementation', 'inlayHint', 'inlineCompletion',
  'inlineValue', 'linkedEditingRange', 'moniker', 'notebook', 'semanticTokens', 'textDocumentContent', 'typeDefinition', 'typeHierarchy',
  'workspaceFolder',
];

/** the classes the converters make of the left-out features' results (code lenses, inlay hints, ...): never made here */
const UNUSED_ITEMS = ['protocolCallHierarchyItem', 'protocolCodeLens', 'protocolDocumentLink', 'protocolInlayHint', 'protocolTypeHierarchyItem', 'protocolWorkspaceSymbol'];

/**
 * What the stand-ins share, written once in the bundle: `Unused`, a static feature that adds nothing (no client
 * capability, no provider, no registration), and `leftOut`, a left-out protocol module, in which a request or
 * notification keeps its `method` alone and any other name throws when read, saying why, instead of giving undefined.
 * The build's check (`leftOutNamesInUse`) reads the kept sources for the names; a read it cannot see (a name
 * computed at run time, the namespace spread or enumerated) meets the throw instead.
 */
const SHARED = 'lean-language-client-stand-ins';
const SHARED_SOURCE = `"use strict";
exports.Unused = class Unused {
  constructor() {}
  getState() { return { kind: 'static' }; }
  fillClientCapabilities() {}
  initialize() {}
  clear() {}
};
exports.leftOut = (module, methods) => {
  const kept = { __esModule: true };
  for (const name of Object.keys(methods)) kept[name] = Object.freeze({ method: methods[name] });
  return new Proxy(Object.freeze(kept), { get(target, name) {
    // what a reader of any module may ask (is it a promise? how is it written as JSON?) is answered, not refused
    if (typeof name !== 'string' || name in target || name === 'then' || name === 'toJSON') return target[name];
    throw new Error(name + ' (protocol.' + module + ') was left out of this bundle by scripts/build/lean-language-client.mjs');
  } });
};
`;

/** A left-out feature module: each of its classes an `Unused`. */
function standIn(classes) {
  return `import { Unused } from '${SHARED}';
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

/** what a CommonJS module of the protocol exports (`exports.Name = ...`), with each name's `method` where it has one */
function exportsOf(source) {
  // quoted either way, or as a template without substitutions (the refresh requests write theirs so)
  const methods = new Map([...source.matchAll(/\b([A-Za-z_$][\w$]*)\.method = (['"`])([^'"`$\\]*)\2/g)].map((m) => [m[1], m[3]]));
  return [...new Set([...source.matchAll(/\bexports\.([A-Za-z_$][\w$]*)\s*=/g)].map((m) => m[1]))]
    .filter((name) => name !== '__esModule')
    .map((name) => ({ name, method: methods.get(name) }));
}

/** A left-out protocol module (see `leftOut` above), from what the real one exports. */
function protocolStandIn(module, names) {
  const methods = Object.fromEntries(names.filter((n) => n.method !== undefined).map((n) => [n.name, n.method]));
  return `module.exports = require('${SHARED}').leftOut(${JSON.stringify(module)}, ${JSON.stringify(methods)});`;
}

/**
 * Where a kept input reads a left-out protocol name for more than its `method` (a word of its source, outside
 * the protocol's own re-exports): each would fail at run time, so the build stops instead.
 */
async function leftOutNamesInUse(metafile, options, leftOut) {
  const uses = [];
  for (const input of Object.keys(metafile.inputs)) {
    // stand-ins (a plugin's namespace) and the protocol's re-exports are not uses
    if (input.includes(':') || /vscode-languageserver-protocol[\\/]lib[\\/]common[\\/]protocol\.js$/.test(input)) continue;
    const source = input === '<stdin>' ? options.stdin.contents : await fs.readFile(path.resolve(options.absWorkingDir ?? process.cwd(), input), 'utf8');
    for (const [name, { module, method }] of leftOut) {
      for (const use of source.matchAll(new RegExp(`\\b${name.replace(/\$/g, '\\$')}\\b(\\.method\\b)?`, 'g'))) {
        if (method !== undefined && use[1]) continue;
        uses.push(`${input} reads ${name}${method === undefined ? '' : ' for more than its method'} (protocol.${module}.js)`);
        break;
      }
    }
  }
  return uses;
}

export const leanLanguageClient = {
  name: 'lean-language-client',
  setup(build) {
    build.initialOptions.metafile = true; // for the check of the left-out protocol names, below
    build.onResolve({ filter: new RegExp(`^${SHARED}$`) }, () => ({ path: SHARED, namespace: 'lean-language-client' }));
    build.onLoad({ filter: /.*/, namespace: 'lean-language-client' }, () => ({ contents: SHARED_SOURCE, loader: 'js' }));
    /** name → its protocol module and `method`, of every name a left-out protocol module exports in this build */
    const leftOut = new Map();
    build.onResolve({ filter: new RegExp(`^\\./protocol\\.(${UNUSED_PROTOCOL.join('|')})$`) }, (args) => (
      /[\\/]vscode-languageserver-protocol[\\/]lib[\\/]common$/.test(args.resolveDir)
        ? { path: args.path.slice('./protocol.'.length), namespace: 'unused-lsp-protocol', pluginData: path.join(args.resolveDir, `${args.path}.js`) } : undefined
    ));
    build.onLoad({ filter: /.*/, namespace: 'unused-lsp-protocol' }, async (args) => {
      const names = exportsOf(await fs.readFile(args.pluginData, 'utf8'));
      for (const { name, method } of names) leftOut.set(name, { module: args.path, method });
      return { contents: protocolStandIn(args.path, names), loader: 'js' };
    });
    build.onEnd(async (result) => {
      if (!result.metafile || !leftOut.size) return undefined;
      const uses = await leftOutNamesInUse(result.metafile, build.initialOptions, leftOut);
      return { errors: uses.map((text) => ({ text: `lean-language-client: ${text}, which this bundle leaves out: keep that module (scripts/build/lean-language-client.mjs)` })) };
    });
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
