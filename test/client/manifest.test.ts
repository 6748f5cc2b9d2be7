/**
 * The manifest and the files it points at agree with the code: command ids, the settings the server reads, the
 * language configuration, and the .vsix allow-list.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as os from 'os';
import { pathToFileURL } from 'url';
import { COMMANDS, EXTENSION_ID, PREVIEW_VIEW_TYPE, STATUS_ITEM_ID } from '../../client/src/ids';
import { DEFAULT_SETTINGS } from '../../server/src/protocol';
import { repoRoot } from '../helpers/corpus';

interface Command { command: string; title: string; category?: string }
interface MenuItem { command: string; when?: string; group?: string }
interface Setting { type: string; default: unknown; scope?: string; description?: string; markdownDescription?: string; enum?: string[] }
interface Manifest {
  publisher: string;
  name: string;
  main: string;
  browser: string;
  icon: string;
  activationEvents: string[];
  engines: { vscode: string };
  capabilities: { untrustedWorkspaces: { supported: string; description: string }; virtualWorkspaces: { supported: boolean | string; description: string } };
  contributes: {
    languages: { id: string; extensions: string[]; configuration: string; icon: { light: string; dark: string } }[];
    grammars: { language: string; scopeName: string; path: string }[];
    snippets: { language: string; path: string }[];
    jsonValidation: { fileMatch: string; url: string }[];
    commands: Command[];
    menus: Record<string, MenuItem[]>;
    keybindings: { command: string; key: string; mac?: string; when: string }[];
    configuration: { title: string; properties: Record<string, Setting> }[];
  };
}

const root = repoRoot();
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Manifest;
const exists = (rel: string) => fs.existsSync(path.join(root, rel));
const settings: Record<string, Setting> = Object.assign({}, ...manifest.contributes.configuration.map((s) => s.properties));

describe('extension manifest', () => {
  it('declares exactly the commands the client registers, all in the IMR category', () => {
    const declared = manifest.contributes.commands.map((c) => c.command).sort();
    assert.deepEqual(declared, Object.values(COMMANDS).sort());
    for (const c of manifest.contributes.commands) assert.equal(c.category, 'IMR', c.command);
  });

  it('uses only declared commands in menus and keybindings', () => {
    const declared = new Set(manifest.contributes.commands.map((c) => c.command));
    for (const [menu, items] of Object.entries(manifest.contributes.menus)) {
      for (const item of items) assert.ok(declared.has(item.command), `${menu}: ${item.command}`);
    }
    for (const k of manifest.contributes.keybindings) assert.ok(declared.has(k.command), k.command);
  });

  it('shows letter commands only for .imr letters, hides the test command, and needs trust to export', () => {
    const palette = new Map(manifest.contributes.menus.commandPalette.map((m) => [m.command, m.when ?? '']));
    for (const id of [COMMANDS.openPreview, COMMANDS.openPreviewToSide, COMMANDS.exportLetter, COMMANDS.exportPublicCopy]) {
      assert.match(palette.get(id) ?? '', /editorLangId == imr/, id);
    }
    assert.equal(palette.get(COMMANDS.previewState), 'false');
    for (const items of Object.values(manifest.contributes.menus)) {
      for (const m of items.filter((x) => x.command === COMMANDS.exportLetter || x.command === COMMANDS.exportPublicCopy)) assert.match(m.when ?? '', /isWorkspaceTrusted/);
    }
    for (const m of manifest.contributes.menus['explorer/context']) assert.match(m.when ?? '', /resourceLangId == imr/);
  });

  it('binds the preview keys as Markdown does', () => {
    const keys = manifest.contributes.keybindings.map((k) => [k.command, k.key, k.mac]);
    assert.deepEqual(keys, [[COMMANDS.openPreview, 'ctrl+shift+v', 'cmd+shift+v'], [COMMANDS.openPreviewToSide, 'ctrl+k v', 'cmd+k v']]);
  });

  it('declares every setting the server reads, with its default, a scope and a description', () => {
    for (const [group, values] of Object.entries(DEFAULT_SETTINGS)) {
      for (const [key, value] of Object.entries(values as Record<string, unknown>)) {
        const s = settings[`imr.${group}.${key}`];
        assert.ok(s, `imr.${group}.${key} is not declared`);
        assert.equal(s.default, value, `default of imr.${group}.${key}`);
      }
    }
    for (const [name, s] of Object.entries(settings)) {
      assert.ok(s.scope, `${name} has no scope`);
      assert.ok((s.markdownDescription ?? s.description ?? '').length > 20, `${name} has no description`);
    }
    assert.deepEqual(settings['imr.trace.server'].enum, ['off', 'messages', 'verbose']);
    assert.deepEqual(settings['imr.preview.look'].enum, ['paper', 'editor']);
    for (const name of ['scrollEditorWithPreview', 'scrollPreviewWithEditor', 'followActiveEditor']) assert.equal(settings[`imr.preview.${name}`].default, true);
  });

  it('activates for restored previews and points at files that exist', () => {
    assert.ok(manifest.activationEvents.includes(`onWebviewPanel:${PREVIEW_VIEW_TYPE}`));
    assert.equal(manifest.main, './dist/client/extension.js');
    // VS Code for the Web: the web worker extension host loads this one (its server is dist/web/server.js)
    assert.equal(manifest.browser, './dist/web/extension.js');
    for (const bundle of [manifest.main, manifest.browser, './dist/web/server.js']) {
      assert.match(fs.readFileSync(path.join(root, 'esbuild.mjs'), 'utf8'), new RegExp(`out: '${bundle.slice(2).replace(/[.]/g, '\\.')}'`), bundle);
    }
    assert.ok(exists(manifest.icon));
    const [language] = manifest.contributes.languages;
    assert.deepEqual([language.id, language.extensions], ['imr', ['.imr']]);
    for (const file of [language.configuration, language.icon.light, language.icon.dark, manifest.contributes.grammars[0].path,
      manifest.contributes.jsonValidation[0].url]) assert.ok(exists(file), file);
    // no VS Code snippets: VS Code would mix them into every completion list (the server offers the skeletons)
    assert.equal(manifest.contributes.snippets, undefined);
    assert.equal(manifest.contributes.grammars[0].scopeName, 'source.imr');
    assert.equal(manifest.contributes.jsonValidation[0].fileMatch, '.imrrc.json');
    assert.equal(STATUS_ITEM_ID, 'imr.letterStatus');
    assert.equal(EXTENSION_ID, `${manifest.publisher}.${manifest.name}`);
  });

  it('says what works in untrusted and virtual workspaces', () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.match(manifest.capabilities.untrustedWorkspaces.description, /export/i);
    // the client reads .imrrc.json and writes exports through workspace.fs, so any file system will do
    assert.equal(manifest.capabilities.virtualWorkspaces.supported, true);
    assert.match(manifest.capabilities.virtualWorkspaces.description, /\.imrrc\.json/);
  });
});

describe('language configuration', () => {
  interface Rule { beforeText: string | { pattern: string; flags?: string }; action: { indent: string } }
  const config = JSON.parse(fs.readFileSync(path.join(root, 'language-configuration.json'), 'utf8')) as {
    comments: { lineComment: { comment: string; noIndent: boolean } }; onEnterRules: Rule[]; wordPattern: string;
  };
  const indentAfter = (line: string) => config.onEnterRules.find((r) => {
    const b = typeof r.beforeText === 'string' ? { pattern: r.beforeText } : r.beforeText;
    return new RegExp(b.pattern, b.flags).test(line);
  })?.action.indent;

  it('comments lines with # in the first column, the only place a comment can be', () => {
    assert.deepEqual(config.comments.lineComment, { comment: '#', noIndent: true });
  });

  it('indents after a block label or an Item line, and keeps the indentation of prose', () => {
    assert.equal(indentAfter('  Decision rationale:'), 'indent');
    assert.equal(indentAfter('Clinical Case Summary:  '), 'indent');
    assert.equal(indentAfter('  maximus guideline:'), 'indent');
    assert.equal(indentAfter('Item: MRI of the right knee'), 'indent');
    assert.equal(indentAfter('    The ACOEM Guidelines state'), 'none');
    assert.equal(indentAfter('  Decision: Upheld'), 'none');
    assert.equal(indentAfter('  Decision rationale: The ACOEM'), 'none', 'text on the label line: keep its indentation');
  });

  it('takes case numbers, dates and drug strengths as words', () => {
    const words = 'CM16-0213037 on 01/04/2017: Norco 10/325mg #120'.match(new RegExp(config.wordPattern, 'g'));
    assert.deepEqual(words, ['CM16-0213037', 'on', '01/04/2017', 'Norco', '10/325mg', '120']);
  });
});

describe('.vscodeignore', () => {
  const lines = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));

  it('is an allow-list of files that exist (the bundles are built by esbuild.mjs)', () => {
    assert.equal(lines[0], '**');
    const allowed = lines.slice(1);
    assert.ok(allowed.every((l) => l.startsWith('!')));
    for (const l of allowed) {
      const file = l.slice(1);
      if (file.startsWith('dist/')) assert.match(fs.readFileSync(path.join(root, 'esbuild.mjs'), 'utf8'), new RegExp(file.replace(/[.]/g, '\\.')), file);
      else assert.ok(exists(file), file);
    }
  });

  it('ships no sources, tests, node_modules or source maps', () => {
    for (const l of lines.slice(1)) assert.doesNotMatch(l, /node_modules|\/src\/|^!test|^!out|\.map$|\.ts$/);
  });

  it('gives vsce a .vsix of the user\'s files only: no developer docs, with the licence and the changelog', function () {
    this.timeout(60000);
    // what `vsce package` would put in the .vsix, as vsce itself reads the allow-list
    const r = spawnSync(process.execPath, [require.resolve('@vscode/vsce/vsce'), 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const files = r.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
    for (const f of ['LICENSE', 'CHANGELOG.md', 'README.md', 'package.json', 'docs/rules.md']) assert.ok(files.includes(f), `${f} is not in the .vsix: ${files.join(', ')}`);
    assert.deepEqual(files.filter((f) => /architecture|^test\/|^scripts\/|^\.ci\/|^server\/src|^client\/src|\.map$|\.ts$/.test(f)), []);
    assert.doesNotMatch(r.stderr, /WARNING/i);
  });
});

describe('one package per target (scripts/package.mjs)', () => {
  type Staged = { stage: string; files: string[] };
  type Packager = { stageTarget(name: string, stage: string): Staged };
  const packager = (): Promise<Packager> => import(pathToFileURL(path.join(root, 'scripts', 'package.mjs')).href) as Promise<Packager>;
  let tmp: string;
  before(function () {
    if (!exists('dist/client/extension.js') || !exists('dist/web/extension.js')) assert.fail('the bundles are not built (npm run build)');
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-package-'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const manifestOf = (staged: Staged) => JSON.parse(fs.readFileSync(path.join(staged.stage, 'package.json'), 'utf8')) as Record<string, unknown>;

  it('the desktop package: its main entry and what it loads, no web bundle, no browser entry', async () => {
    const staged = (await packager()).stageTarget('desktop', path.join(tmp, 'desktop'));
    const m = manifestOf(staged);
    assert.equal(m.main, './dist/client/extension.js');
    assert.equal(m.browser, undefined);
    for (const f of ['dist/client/extension.js', 'dist/server/main.js', 'dist/server/connection.js', 'dist/server/handlers.js', 'dist/exporters.js', 'dist/pdfjs/pdf.mjs', 'dist/pdfjs/pdf.worker.mjs', 'dist/nlp/compromise.js', 'media/fonts/IMRLetterSerif-Regular.ttf', 'syntaxes/imr.tmLanguage.json']) {
      assert.ok(staged.files.includes(f) && fs.existsSync(path.join(staged.stage, f)), f);
    }
    assert.deepEqual(staged.files.filter((f) => f.startsWith('dist/web/')), []);
  });

  it('the web package: its browser entry and the web worker\'s scripts, nothing of Node', async () => {
    const staged = (await packager()).stageTarget('web', path.join(tmp, 'web'));
    const m = manifestOf(staged);
    assert.equal(m.browser, './dist/web/extension.js');
    assert.equal(m.main, undefined);
    for (const f of ['dist/web/extension.js', 'dist/web/server.js', 'dist/web/exporters.js', 'dist/web/pdf-reader.js', 'dist/web/nlp.js', 'media/fonts/IMRLetterSans-Bold.ttf', 'media/preview/preview.js']) {
      assert.ok(staged.files.includes(f) && fs.existsSync(path.join(staged.stage, f)), f);
    }
    assert.deepEqual(staged.files.filter((f) => f.startsWith('dist/') && !f.startsWith('dist/web/')), []);
  });

  it('both hold the same manifest otherwise, without the repository\'s scripts and dependencies', async () => {
    const { stageTarget } = await packager();
    const desktop = manifestOf(stageTarget('desktop', path.join(tmp, 'd2')));
    const web = manifestOf(stageTarget('web', path.join(tmp, 'w2')));
    for (const m of [desktop, web]) for (const key of ['scripts', 'devDependencies', 'bin']) assert.equal(m[key], undefined, key);
    delete desktop.main;
    delete web.browser;
    assert.deepEqual(desktop, web);
  });
});

describe('marketplace listing', () => {
  it('has a licence file matching the license field, a repository and a changelog entry for this version', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { license: string; version: string; repository?: { url?: string } };
    assert.equal(pkg.license, 'MIT');
    assert.match(fs.readFileSync(path.join(root, 'LICENSE'), 'utf8'), /^MIT License\n/);
    assert.match(pkg.repository?.url ?? '', /^https:\/\/\S+\.git$/);
    assert.match(fs.readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8'), new RegExp(`^## \\[${pkg.version.replace(/\./g, '\\.')}\\]`, 'm'));
  });
});
