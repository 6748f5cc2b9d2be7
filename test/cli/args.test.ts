/** The commands' argument reader (server/src/cli/args.ts): node:util parseArgs, its mistakes told as usage errors. */
import assert from 'node:assert/strict';
import { choiceFlag, intFlag, parseArgs, stringFlag, UsageError, type OptionSpec } from '../../server/src/cli/args';

const OPTIONS: Record<string, OptionSpec> = { '--format': { alias: '-f', value: true }, '--out': { alias: '-o', value: true }, '--check': {}, '--jobs': { value: true } };
const read = (...argv: string[]) => parseArgs(argv, OPTIONS);
const usage = (argv: string[], message: string) => assert.throws(() => read(...argv), (e: unknown) => e instanceof UsageError && e.message === message);

describe('command-line arguments', () => {
  it('reads options with values, inline values, aliases, flags and positionals in any order', () => {
    const args = read('a.imr', '--format', 'json', '-o', '-', '--check', 'b.imr', '--jobs=2');
    assert.deepEqual(args.positionals, ['a.imr', 'b.imr']);
    assert.deepEqual([...args.flags], [['--format', 'json'], ['--out', '-'], ['--check', true], ['--jobs', '2']]);
    assert.equal(stringFlag(args, '--out'), '-');
    assert.equal(intFlag(args, '--jobs', 1), 2);
    assert.equal(choiceFlag(args, '--format', ['stylish', 'json'], 'stylish'), 'json');
  });

  it('takes everything after -- as a path, even when it looks like an option', () => {
    assert.deepEqual(read('--', '--check', '-x.imr').positionals, ['--check', '-x.imr']);
  });

  it('names the option in every mistake', () => {
    usage(['--chek'], 'unknown option --chek');
    usage(['-z'], 'unknown option -z');
    usage(['--format'], '--format needs a value');
    usage(['a.imr', '-o'], '-o needs a value');
    usage(['--check=yes'], '--check takes no value');
    usage(['--out', '--check'], "--out needs a value (one that starts with '-' is written --out=VALUE)");
    assert.throws(() => intFlag(read('--jobs', 'many'), '--jobs', 1), /--jobs takes a whole number of at least 1, not 'many'/);
    assert.throws(() => choiceFlag(read('-f', 'xml'), '--format', ['stylish', 'json'], 'stylish'), /--format takes one of stylish, json, not 'xml'/);
  });
});
