/** The command line's own surface: --help, per-command help, --version, and mistakes in naming a command. */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { imr, requireBuiltCli } from './run';
import { repoRoot } from '../helpers/corpus';

const COMMANDS = ['check', 'fmt', 'render', 'import'];

describe('imr help and version', function () {
  this.timeout(60000);
  before(requireBuiltCli);

  it('--help lists every command and the exit codes', () => {
    for (const args of [['--help'], ['-h'], ['help'], []]) {
      const r = imr(args);
      assert.equal(r.code, 0, args.join(' '));
      for (const c of COMMANDS) assert.match(r.stdout, new RegExp(`^  ${c} `, 'm'));
      assert.match(r.stdout, /Exit codes: 0 clean, 1 findings, 2 usage or I\/O error/);
    }
  });

  it('each command has its own help, by --help and by imr help', () => {
    for (const c of COMMANDS) {
      const r = imr([c, '--help']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, new RegExp(`^Usage: imr ${c} `));
      assert.match(r.stdout, /Exit code/);
      assert.equal(imr(['help', c]).stdout, r.stdout);
    }
  });

  it('--version prints the version of package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'package.json'), 'utf8')) as { version: string };
    const r = imr(['--version']);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, `${pkg.version}\n`);
  });

  it('an unknown command or option is a usage error (exit 2), named on stderr', () => {
    const unknown = imr(['lint', 'x.imr']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /^imr: unknown command 'lint'/);
    const option = imr(['fmt', '--chek', 'x.imr']);
    assert.equal(option.code, 2);
    assert.match(option.stderr, /^imr fmt: unknown option --chek/);
    const value = imr(['render', '--format']);
    assert.equal(value.code, 2);
    assert.match(value.stderr, /--format needs a value/);
    assert.equal(imr(['help', 'nothing']).code, 2);
    // names every plain object answers to are no commands either
    for (const name of ['constructor', 'toString', '__proto__']) {
      const r = imr([name]);
      assert.equal(r.code, 2, name);
      assert.match(r.stderr, new RegExp(`^imr: unknown command '${name}'`), name);
      const help = imr(['help', name]);
      assert.equal(help.code, 2, `help ${name}`);
      assert.match(help.stderr, new RegExp(`^imr: unknown command '${name}'`), `help ${name}`);
    }
  });
});
