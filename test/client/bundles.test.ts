/**
 * What each bundle may contain, from esbuild's own record of its inputs (built in memory with the options of
 * esbuild.mjs): the clients carry no PDF reader and no renderer (the server renders the preview and reads PDFs),
 * and the web bundles build for the browser, with no Node module to lean on.
 */
import assert from 'node:assert/strict';
import * as esbuild from 'esbuild';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { repoRoot } from '../helpers/corpus';

const root = repoRoot();

/** the plugins esbuild.mjs gives the clients and the web server */
type Plugins = { leanLanguageClient: esbuild.Plugin; privateProperties: esbuild.Plugin; webExportersOnDemand: esbuild.Plugin; webNlpOnDemand: esbuild.Plugin };
const pluginsOf = (): Promise<Plugins> => import(pathToFileURL(path.join(root, 'scripts', 'build', 'plugins.mjs')).href) as Promise<Plugins>;

/** the desktop client's bundle leaves features.ts to dist/client/features.js, as esbuild.mjs does */
const featuresApart: esbuild.Plugin = {
  name: 'features-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/features$/ }, (args) => (/client[\\/]src[\\/]extension\.ts$/.test(args.importer) ? { path: './features.js', external: true } : undefined));
  },
};

async function inputsOf(entry: string, platform: 'node' | 'browser', plugins: esbuild.Plugin[] = []): Promise<string[]> {
  const result = await esbuild.build({
    entryPoints: [path.join(root, entry)],
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    platform,
    format: 'cjs',
    external: ['vscode'],
    ...(platform === 'browser' ? { mainFields: ['browser', 'module', 'main'], conditions: ['browser'] } : {}),
    define: { 'import.meta.url': 'importMetaUrl' },
    logLevel: 'silent',
    plugins,
  });
  return Object.keys(result.metafile.inputs);
}

/** what the clients must leave to the server */
const SERVER_ONLY = [/node_modules\/(pdfjs-dist|pdfkit|fontkit|docx|brotli)\//, /server\/src\/language\/(render|import|validate\/rules|catalogue)\//, /server\/src\/node\//];

describe('bundles', function () {
  this.timeout(60_000);

  for (const [entry, platform] of [['client/src/extension.ts', 'node'], ['client/src/web/extension.ts', 'browser']] as const) {
    it(`${entry}: no PDF reader, no renderer, no language core beyond the protocol`, async () => {
      const inputs = await inputsOf(entry, platform, [(await pluginsOf()).leanLanguageClient]);
      const leaked = inputs.filter((i) => SERVER_ONLY.some((re) => re.test(i)));
      assert.deepEqual(leaked, [], `the client bundles server code: ${leaked.join(', ')}`);
      assert.ok(inputs.some((i) => i.includes('vscode-languageclient')), 'it does bundle the language client');
      // the language client's features the server does not offer are left out, those it offers kept
      const features = (name: string) => inputs.some((i) => i.endsWith(`vscode-languageclient/lib/common/${name}.js`));
      for (const unused of ['notebook', 'diagnostic', 'semanticTokens', 'fileOperations', 'inlayHint', 'callHierarchy', 'workspaceFolder', 'progress', 'executeCommand', 'protocolCodeLens']) assert.ok(!features(unused), `${unused}.js is bundled`);
      for (const used of ['textSynchronization', 'completion', 'hover', 'documentSymbol', 'foldingRange', 'formatting', 'selectionRange', 'codeAction', 'configuration', 'fileSystemWatcher']) assert.ok(features(used), `${used}.js is missing`);
      assert.ok(!inputs.some((i) => /node_modules\/(semver|minimatch)\//.test(i)), 'no semver, no minimatch');
    });
  }

  it('the desktop client leaves the commands\' work and the preview panel to features.js, which carries no language client', async () => {
    const activation = await inputsOf('client/src/extension.ts', 'node', [(await pluginsOf()).leanLanguageClient, featuresApart]);
    const onDemand = /client\/src\/(features|export\/|import\/|new-letter\/|public-copy\/|preview\/(letter-preview|webview-html|update-scheduler|scroll-guard))/;
    assert.deepEqual(activation.filter((i) => onDemand.test(i)), [], 'activation loads only the registrations');
    assert.ok(activation.some((i) => i.endsWith('client/src/preview/preview-manager.ts')), 'the preview serializer is registered at activation');
    const features = await inputsOf('client/src/features.ts', 'node');
    assert.ok(features.some((i) => i.endsWith('client/src/preview/letter-preview.ts')));
    // no `_` field is renamed in features.js, so it must share no object with the client's renamed ones
    assert.deepEqual(features.filter((i) => /node_modules\/vscode-(languageclient|jsonrpc|languageserver)/.test(i)), [], 'features.js bundles no language client');
  });

  describe('leaving out the protocol of unused features (scripts/build/lean-language-client.mjs)', () => {
    const build = async (source: string) => esbuild.build({
      stdin: { contents: source, loader: 'js', resolveDir: root }, absWorkingDir: root, bundle: true, write: false, platform: 'node', format: 'cjs',
      logLevel: 'silent', plugins: [(await pluginsOf()).leanLanguageClient],
    });
    const failure = async (source: string) => { try { await build(source); return ''; } catch (e) { return e instanceof Error ? e.message : String(e); } };
    /** the bundle of `source`, run: what it puts in `module.exports` */
    const run = async (source: string): Promise<Record<string, unknown>> => {
      const text = (await build(source)).outputFiles[0].text;
      const module = { exports: {} as Record<string, unknown> };
      (new Function('module', 'exports', 'require', text) as (m: unknown, e: unknown, r: NodeRequire) => void)(module, module.exports, require);
      return module.exports;
    };
    const PROTOCOL = "const p = require('vscode-languageserver-protocol');";

    it('keeps a left-out request\'s method, and says so when anything else of it is read', async () => {
      const read = (await run(`${PROTOCOL} module.exports = { name: (n) => p[n], kept: p.TextDocumentSyncKind.Full }`)) as { name: (n: string) => unknown; kept: number };
      assert.equal(read.kept, 1, 'what the client uses is there');
      assert.deepEqual(read.name('SemanticTokensRequest'), { method: 'textDocument/semanticTokens/full' });
      assert.deepEqual(read.name('NotebookDocumentSyncRegistrationType'), { method: 'notebookDocument/sync' });
      assert.deepEqual(read.name('SemanticTokensRefreshRequest'), { method: 'workspace/semanticTokens/refresh' }, 'a method written as a template');
      assert.equal((read.name('CallHierarchyPrepareRequest') as { type?: unknown }).type, undefined, 'the request\'s type is left out');
      assert.throws(() => read.name('NotebookCell'), /NotebookCell \(protocol\.notebook\) was left out of this bundle/);
    });
    it('stops the build where kept code reads a left-out name for more than its method', async () => {
      assert.equal(await failure(`${PROTOCOL} module.exports = p.SemanticTokensRequest.method;`), '', 'a method alone is fine');
      assert.match(await failure(`${PROTOCOL} module.exports = p.CallHierarchyPrepareRequest.type;`), /<stdin> reads CallHierarchyPrepareRequest for more than its method \(protocol\.callHierarchy\.js\)/);
      assert.match(await failure(`${PROTOCOL} module.exports = p.NotebookCell.is({});`), /<stdin> reads NotebookCell \(protocol\.notebook\.js\)/);
    });
    it('leaves those modules out of both clients', async () => {
      for (const [entry, platform] of [['client/src/extension.ts', 'node'], ['client/src/web/extension.ts', 'browser']] as const) {
        const inputs = await inputsOf(entry, platform, [(await pluginsOf()).leanLanguageClient]);
        const protocol = (name: string) => inputs.some((i) => i.endsWith(`vscode-languageserver-protocol/lib/common/protocol.${name}.js`));
        for (const unused of ['notebook', 'semanticTokens', 'diagnostic', 'fileOperations', 'callHierarchy']) assert.ok(!protocol(unused), `${entry}: protocol.${unused}.js is bundled`);
        for (const used of ['configuration', 'foldingRange', 'selectionRange', 'progress', 'showDocument']) assert.ok(protocol(used), `${entry}: protocol.${used}.js is missing`);
      }
    });
  });

  describe('renaming private fields (scripts/build/private-properties.mjs)', () => {
    const build = async (source: string) => esbuild.build({
      stdin: { contents: source, loader: 'js', resolveDir: root }, absWorkingDir: root, bundle: true, write: false, minify: true,
      logLevel: 'silent', plugins: [(await pluginsOf()).privateProperties],
    });
    const failure = async (source: string) => { try { await build(source); return ''; } catch (e) { return e instanceof Error ? e.message : String(e); } };

    it('renames a field the bundle sets and reads', async () => {
      const out = (await build('class A { _count = 0; bump() { return ++this._count; } } globalThis.a = new A();')).outputFiles[0].text;
      assert.ok(!out.includes('_count'), out);
    });
    it('refuses to rename a field only read: it belongs to an object made elsewhere', async () => {
      assert.match(await failure('globalThis.f = (doc) => doc._internalVersion;'), /_internalVersion is read but never set/);
    });
    it('refuses to rename a field also named in a string', async () => {
      assert.match(await failure("class A { _state = 1; } globalThis.s = (a) => a['_state'] ?? new A()._state;"), /_state appears as a string/);
    });
  });

  it('the web server builds for the browser and starts with the language core only', async () => {
    // platform browser: a Node module anywhere in the graph would fail the build
    const { webExportersOnDemand, webNlpOnDemand } = await pluginsOf();
    const inputs = await inputsOf('server/src/web/main.ts', 'browser', [webExportersOnDemand, webNlpOnDemand]);
    const heavy = inputs.filter((i) => /node_modules\/(pdfjs-dist|pdfkit|fontkit|docx|brotli|compromise)\/|\.ttf$/.test(i));
    assert.deepEqual(heavy, [], 'exporters, fonts, pdf.js and the NLP library are loaded on first use, not at start');
    assert.ok(inputs.some((i) => /redact\/names\.ts$/.test(i)), 'the public copy\'s name search is there (its library comes later)');
    assert.ok(!inputs.some((i) => /server\/src\/node\//.test(i)), 'nothing from the Node adapters');
  });

  it('the server, the CLI, its checking threads and the web worker load no chevrotain (the tests\' reference grammar alone does)', async () => {
    const { webExportersOnDemand, webNlpOnDemand } = await pluginsOf();
    for (const [entry, platform, plugins] of [
      ['server/src/node/server-handlers.ts', 'node', []], ['server/src/cli/imr.ts', 'node', []], ['server/src/cli/check-thread.ts', 'node', []],
      ['server/src/web/main.ts', 'browser', [webExportersOnDemand, webNlpOnDemand]],
    ] as const) {
      const inputs = await inputsOf(entry, platform, [...plugins]);
      assert.ok(inputs.some((i) => i.endsWith('server/src/language/syntax/lexer.ts')), `${entry} scans letters`);
      assert.deepEqual(inputs.filter((i) => /node_modules\/(chevrotain|@chevrotain|lodash-es)\/|syntax\/(parser|chevrotain-lexer|parse-in-stretches)\.ts$/.test(i)), [], `${entry} loads chevrotain`);
    }
  });

  it('the web server\'s exporters carry no font (read from media/fonts on first use), its PDF reader pdf.js\'s parser', async () => {
    const exporters = await inputsOf('server/src/web/exporters.ts', 'browser');
    assert.ok(exporters.some((i) => /node_modules\/pdfkit\//.test(i)), 'the exporters bundle pdfkit');
    // the server has parsed the letter and made its public copy: neither the parser nor the NLP library twice
    assert.deepEqual(exporters.filter((i) => /node_modules\/(compromise|chevrotain)\/|language\/syntax\/|redact\/(names|public-copy)\.ts$/.test(i)), [], 'the exporters carry only the renderers');
    assert.deepEqual(exporters.filter((i) => i.endsWith('.ttf')), [], 'no font is bundled: the .vsix ships media/fonts once');
    const reader = await inputsOf('server/src/web/pdf-reader.ts', 'browser');
    assert.ok(reader.some((i) => /node_modules\/pdfjs-dist\/build\/pdf\.worker\.mjs$/.test(i)), 'pdf.js parses in the same worker');
  });

  it('the web server\'s NLP script carries compromise and nothing of the language core', async () => {
    const nlp = await inputsOf('server/src/web/nlp.ts', 'browser');
    assert.ok(nlp.some((i) => /node_modules\/compromise\//.test(i)), 'compromise is in it');
    assert.deepEqual(nlp.filter((i) => /server\/src\/language\//.test(i)), [], 'only the library');
  });
});
