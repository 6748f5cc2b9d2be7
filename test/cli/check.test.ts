/**
 * `imr check` as a process: exit codes, the report formats (SARIF validated with ajv against the official SARIF
 * 2.1.0 schema), paths, folders and globs, unreadable files, configuration, and the same report on one thread or many.
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { VALID, validWith } from '../helpers/valid-letter';
import { sarifErrors } from './sarif-schema';
import { CLI, cleanUp, imr, requireBuiltCli, tempDir, writeFiles } from './run';
import { repoRoot } from '../helpers/corpus';
import { skipOrFail } from '../helpers/required';

/** A letter with one error (IMR006, an unknown decision word) and one warning (IMR205, a late decision). */
const WITH_ERROR = validWith('Decision: Upheld', 'Decision: Uphold');
const WITH_WARNING = validWith('Decision Date: 12/09/2016', 'Decision Date: 12/30/2016');

interface JsonEntry {
  file: string;
  problems: { line: number; column: number; endLine: number; endColumn: number; severity: string; code: string; message: string; fixes?: unknown }[];
}

interface SarifLog {
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string; helpUri: string; defaultConfiguration: { level: string } }[] } };
    results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[];
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: { message: { text: string } }[]; toolConfigurationNotifications: { message: { text: string } }[] }[];
  }[];
}

/** The anchors GitHub makes for docs/rules.md's headings. */
function ruleAnchors(): Set<string> {
  const text = fs.readFileSync(path.join(repoRoot(), 'docs', 'rules.md'), 'utf8');
  const anchors = new Set<string>();
  for (const m of text.matchAll(/^#{1,6} (.+)$/gm)) anchors.add(m[1].trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-'));
  return anchors;
}

describe('imr check', function () {
  this.timeout(120000);
  let dir: string;

  before(() => {
    requireBuiltCli();
    dir = tempDir('check');
    writeFiles(dir, {
      'good/a.imr': VALID,
      'good/b.imr': VALID,
      'mixed/ok.imr': VALID,
      'mixed/late.imr': WITH_WARNING,
      'mixed/sub/wrong.imr': WITH_ERROR,
      'mixed/notes.txt': 'not a letter',
      'mixed/.hidden/ignored.imr': WITH_ERROR,
      'mixed/node_modules/ignored.imr': WITH_ERROR,
      'globs/x1.imr': VALID,
      'globs/x2.imr': WITH_ERROR,
      'globs/y1.imr': VALID,
      'globs/deep/er/z.imr': VALID,
    });
  });
  after(cleanUp);

  describe('exit codes', () => {
    it('0 for clean letters, with a summary line', () => {
      const r = imr(['check', 'good'], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /2 letters checked: no problems/);
      assert.equal(r.stderr, '');
    });

    it('1 when a letter has an error', () => {
      const r = imr(['check', 'mixed/sub/wrong.imr'], { cwd: dir });
      assert.equal(r.code, 1);
      assert.match(r.stdout, /IMR006/);
    });

    it('0 for warnings alone; 1 once they pass --max-warnings', () => {
      assert.equal(imr(['check', 'mixed/late.imr'], { cwd: dir }).code, 0);
      assert.equal(imr(['check', '--max-warnings', '1', 'mixed/late.imr'], { cwd: dir }).code, 0);
      const over = imr(['check', '--max-warnings=0', 'mixed/late.imr'], { cwd: dir });
      assert.equal(over.code, 1);
      assert.match(over.stderr, /1 warnings, more than --max-warnings 0/);
    });

    it('2 for a usage error, naming it', () => {
      for (const args of [['check'], ['check', '--format', 'xml', 'good'], ['check', '--max-warnings', 'many', 'good'], ['check', '--bogus', 'good'], ['check', '-j', '0', 'good']]) {
        const r = imr(args, { cwd: dir });
        assert.equal(r.code, 2, args.join(' '));
        assert.match(r.stderr, /^imr check: /, args.join(' '));
      }
    });

    it('2 for a path that names nothing or a pattern that matches nothing, still checking the rest', () => {
      const r = imr(['check', 'good', 'missing.imr', 'nowhere/*.imr'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^missing\.imr: no such file or folder$/m);
      assert.match(r.stderr, /^nowhere\/\*\.imr: no \.imr file matches this pattern$/m);
      assert.match(r.stdout, /2 letters checked/);
    });

    it('2 for a folder without letters', () => {
      const empty = path.join(dir, 'empty');
      fs.mkdirSync(empty, { recursive: true });
      const r = imr(['check', 'empty'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^empty: no \.imr files in this folder$/m);
    });
  });

  describe('unreadable files', () => {
    // tests run as root, where chmod 000 does not stop a read: a dangling link and a folder stand in
    it('a dangling link is named with the reason, and the exit code is 2', () => {
      const links = tempDir('links');
      writeFiles(links, { 'fine.imr': VALID });
      fs.symlinkSync(path.join(links, 'gone.imr'), path.join(links, 'dangling.imr'));
      const r = imr(['check', '.'], { cwd: links });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^dangling\.imr: cannot read: it is a link to a file that does not exist$/m);
      assert.match(r.stdout, /1 letter checked: no problems/);
      const named = imr(['check', 'dangling.imr'], { cwd: links });
      assert.equal(named.code, 2);
      assert.match(named.stderr, /dangling\.imr: cannot read/);
    });

    it('a folder named like a letter is searched, not read as one', () => {
      const odd = tempDir('odd');
      writeFiles(odd, { 'folder.imr/inner.imr': WITH_ERROR });
      const r = imr(['check', 'folder.imr'], { cwd: odd });
      assert.equal(r.code, 1);
      assert.match(r.stdout, /folder\.imr\/inner\.imr/);
    });
  });

  describe('a folder mixing good and bad letters', () => {
    it('checks every letter below it (not hidden folders, not node_modules), reports by file, exits 1', () => {
      const r = imr(['check', 'mixed'], { cwd: dir });
      assert.equal(r.code, 1);
      assert.match(r.stdout, /^mixed\/late\.imr$/m);
      assert.match(r.stdout, /^mixed\/sub\/wrong\.imr$/m);
      assert.doesNotMatch(r.stdout, /ok\.imr|ignored/);
      assert.match(r.stdout, /✖ 2 problems \(1 error, 1 warning\) in 2 of 3 letters/);
      assert.doesNotMatch(r.stdout, /\x1b\[/, 'no colours when the output is not a terminal');
    });

    it('--quiet reports errors only', () => {
      const r = imr(['check', '--quiet', 'mixed'], { cwd: dir });
      assert.equal(r.code, 1);
      assert.doesNotMatch(r.stdout, /late\.imr|IMR205/);
      assert.match(r.stdout, /1 problem \(1 error, 0 warnings\) in 1 of 3 letters/);
    });
  });

  describe('globs', () => {
    const files = (stdout: string) => (JSON.parse(stdout) as JsonEntry[]).map((e) => e.file);
    it('*, ?, {a,b} and ** select the letters they describe', () => {
      assert.deepEqual(files(imr(['check', '-f', 'json', 'globs/x*.imr'], { cwd: dir }).stdout), ['globs/x1.imr', 'globs/x2.imr']);
      assert.deepEqual(files(imr(['check', '-f', 'json', 'globs/?1.imr'], { cwd: dir }).stdout), ['globs/x1.imr', 'globs/y1.imr']);
      assert.deepEqual(files(imr(['check', '-f', 'json', 'globs/{x1,y1}.imr'], { cwd: dir }).stdout), ['globs/x1.imr', 'globs/y1.imr']);
      assert.deepEqual(files(imr(['check', '-f', 'json', 'globs/**/*.imr'], { cwd: dir }).stdout), ['globs/deep/er/z.imr', 'globs/x1.imr', 'globs/x2.imr', 'globs/y1.imr']);
      assert.deepEqual(files(imr(['check', '-f', 'json', './globs/*/**/z.imr'], { cwd: dir }).stdout), ['globs/deep/er/z.imr']);
    });

    it('a letter named twice (by path and by glob) is checked once', () => {
      assert.deepEqual(files(imr(['check', '-f', 'json', 'globs/x1.imr', 'globs/x*.imr'], { cwd: dir }).stdout), ['globs/x1.imr', 'globs/x2.imr']);
    });
  });

  describe('formats', () => {
    it('json: an array of { file, problems } with 1-based positions', () => {
      const r = imr(['check', '--format', 'json', 'mixed'], { cwd: dir });
      assert.equal(r.code, 1);
      const entries = JSON.parse(r.stdout) as JsonEntry[];
      assert.deepEqual(entries.map((e) => e.file), ['mixed/late.imr', 'mixed/ok.imr', 'mixed/sub/wrong.imr']);
      const problem = entries[2].problems.find((p) => p.code === 'IMR006');
      assert.ok(problem);
      const line = WITH_ERROR.split('\n').findIndex((l) => l.includes('Decision: Uphold')) + 1;
      assert.deepEqual(Object.keys(problem), ['line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message', 'fixes']);
      // each problem's fixes, with their edits in the same 1-based positions: a misspelt decision word is repaired safely
      assert.deepEqual(problem.fixes, [{ title: "Write 'Upheld'", safe: true, edits: [{ line, column: 13, endLine: line, endColumn: 19, newText: 'Upheld' }] }]);
      assert.deepEqual([problem.line, problem.column, problem.endLine, problem.endColumn, problem.severity], [line, 13, line, 19, 'error']);
      assert.deepEqual(entries[1].problems, []);
    });

    it('compact: one line per problem, FILE:LINE:COLUMN: SEVERITY CODE MESSAGE', () => {
      const r = imr(['check', '-f', 'compact', 'mixed'], { cwd: dir });
      assert.equal(r.code, 1);
      const lines = r.stdout.trim().split('\n');
      assert.equal(lines.length, 2);
      assert.match(lines[0], /^mixed\/late\.imr:\d+:\d+: warning IMR205 /);
      assert.match(lines[1], /^mixed\/sub\/wrong\.imr:\d+:13: error IMR006 'Uphold' is not a decision/);
    });

    it('json and sarif: a whole document even when nothing could be read', () => {
      const r = imr(['check', '-f', 'json', 'missing.imr', 'good'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.equal((JSON.parse(r.stdout) as JsonEntry[]).length, 2);
      const none = imr(['check', '-f', 'json', 'missing.imr'], { cwd: dir });
      assert.equal(none.code, 2);
      assert.deepEqual(JSON.parse(none.stdout), []);
      const sarif = imr(['check', '-f', 'sarif', 'missing.imr'], { cwd: dir });
      assert.equal(sarif.code, 2);
      const log = JSON.parse(sarif.stdout) as SarifLog;
      assert.deepEqual(sarifErrors(log), []);
      assert.deepEqual(log.runs[0].results, []);
      assert.equal(log.runs[0].invocations[0].executionSuccessful, false);
      assert.equal(imr(['check', 'missing.imr'], { cwd: dir }).stdout, '', 'stylish: no summary when nothing was checked');
    });

    it('sarif: valid SARIF 2.1.0 with every rule, relative URIs and 1-based regions', () => {
      fs.mkdirSync(path.join(dir, 'with space'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'with space', 'wrong #1.imr'), WITH_ERROR);
      const r = imr(['check', '-f', 'sarif', 'mixed', 'with space', 'missing.imr'], { cwd: dir });
      assert.equal(r.code, 2);
      const log = JSON.parse(r.stdout) as SarifLog;
      assert.deepEqual(sarifErrors(log), []);
      const run = log.runs[0];
      const rules = run.tool.driver.rules;
      assert.equal(run.tool.driver.name, 'imr');
      const codes = rules.map((rule) => rule.id);
      for (const code of ['IMR000', 'IMR001', 'IMR007', 'IMR101', 'IMR205', 'IMR601']) assert.ok(codes.includes(code), code);
      assert.equal(new Set(codes).size, codes.length, 'each rule once');
      const anchors = ruleAnchors();
      const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'package.json'), 'utf8')) as { repository: { url: string } };
      const repositoryWeb = manifest.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
      for (const rule of rules) {
        const [file, anchor] = rule.helpUri.split('#');
        assert.equal(file, `${repositoryWeb}/blob/HEAD/docs/rules.md`, rule.id);
        assert.ok(anchors.has(anchor), `${rule.id}: docs/rules.md has no heading #${anchor}`);
      }
      for (const result of run.results) assert.equal(rules[result.ruleIndex].id, result.ruleId);
      const uris = run.results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri);
      assert.ok(uris.includes('mixed/sub/wrong.imr'));
      assert.ok(uris.includes('with%20space/wrong%20%231.imr'), uris.join(', '));
      const decision = run.results.find((x) => x.ruleId === 'IMR006');
      assert.equal(decision?.level, 'error');
      assert.equal(decision?.locations[0].physicalLocation.region.startColumn, 13);
      assert.equal(run.results.find((x) => x.ruleId === 'IMR205')?.level, 'warning');
      assert.equal(run.invocations[0].executionSuccessful, false);
      assert.match(run.invocations[0].toolExecutionNotifications[0].message.text, /missing\.imr: no such file or folder/);
    });

    it('stylish: colours on a terminal, none with NO_COLOR', function () {
      // `script` gives the CLI a pseudo-terminal; without it there is no way to be a terminal from a test
      const probe = spawnSync('script', ['-qec', 'true', '/dev/null']);
      if (probe.error || probe.status !== 0) skipOrFail(this, 'script (util-linux) cannot give a pseudo-terminal here', 'IMR_E2E_REQUIRED');
      const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} check mixed`;
      const coloured = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } });
      assert.match(coloured.stdout, /\x1b\[31merror/);
      const plain = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      assert.doesNotMatch(plain.stdout, /\x1b\[3\dm/);
      assert.match(plain.stdout, /error/);
    });
  });

  describe('configuration', () => {
    it('the nearest .imrrc.json applies; its mistakes are reported once, on stderr', () => {
      const conf = tempDir('conf');
      writeFiles(conf, {
        '.imrrc.json': JSON.stringify({ rules: { IMR205: 'error', 'no-such-rule': 'off' } }),
        'a/late1.imr': WITH_WARNING,
        'a/late2.imr': WITH_WARNING,
        'b/.imrrc.json': JSON.stringify({ rules: { 'decision-deadline': 'off' } }),
        'b/late.imr': WITH_WARNING,
      });
      const r = imr(['check', '-f', 'json', '.'], { cwd: conf });
      assert.equal(r.code, 1);
      const entries = JSON.parse(r.stdout) as JsonEntry[];
      assert.deepEqual(entries.map((e) => [e.file, e.problems.map((p) => `${p.code} ${p.severity}`).join()]), [
        ['a/late1.imr', 'IMR205 error'], ['a/late2.imr', 'IMR205 error'], ['b/late.imr', ''],
      ]);
      const lines = r.stderr.trim().split('\n');
      assert.deepEqual(lines, [".imrrc.json: rules: unknown rule 'no-such-rule'"]);
    });
  });

  describe('parallel checking', () => {
    it('gives the same report, in the same order, on one thread and on several', () => {
      const many = tempDir('many');
      const letters: Record<string, string> = {};
      for (let i = 0; i < 240; i++) letters[`l${String(i).padStart(3, '0')}.imr`] = [VALID, WITH_WARNING, WITH_ERROR][i % 3];
      writeFiles(many, letters);
      const one = imr(['check', '-j', '1', '.'], { cwd: many });
      const three = imr(['check', '-j', '3', '.'], { cwd: many });
      const auto = imr(['check', '-f', 'json', '.'], { cwd: many });
      assert.equal(one.code, 1);
      assert.equal(three.code, 1);
      assert.equal(three.stdout, one.stdout);
      assert.equal((JSON.parse(auto.stdout) as JsonEntry[]).length, 240);
      assert.match(one.stdout, /✖ 160 problems \(80 errors, 80 warnings\) in 160 of 240 letters/);
    });
  });
});
