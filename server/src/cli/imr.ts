/** The `imr` command line: entry point only; each command lives in its own file. */
import { UsageError } from './args';
import { isCheckWorker, runCheckWorker } from './check-worker';
import { exitCodeAfter, watchOutputErrors } from './output-errors';
import { VERSION } from '../package-info';
import { ownEntry } from '../language/text/own-entry';

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v' || name === '-V') { process.stdout.write(`${VERSION}\n`); return 0; }
  // the commands (and through them the exporters) are loaded here, not at the top: a checking thread starts
  // this same file and needs none of them
  const { COMMANDS, usage } = require('./commands') as typeof import('./commands');
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    const command = topic ? ownEntry(COMMANDS, topic) : undefined;
    if (topic && !command) { process.stderr.write(`imr: unknown command '${topic}'\n\n${usage()}`); return 2; }
    process.stdout.write(command ? command.help : usage());
    return 0;
  }
  const command = ownEntry(COMMANDS, name);
  if (!command) { process.stderr.write(`imr: unknown command '${name}'\n\n${usage()}`); return 2; }
  if (rest.includes('--help') || rest.includes('-h')) { process.stdout.write(command.help); return 0; }
  try {
    return await command.run(rest);
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`imr ${name}: ${e.message}\n(imr ${name} --help tells more)\n`); return 2; }
    process.stderr.write(`imr ${name}: ${(e as Error).message}\n`);
    return 2;
  }
}

// the bundle is one file, so a checking thread starts this same script; it must not run the command line
if (isCheckWorker()) {
  runCheckWorker();
} else {
  // `imr render ... | head -1`, `> /dev/full`: the files being written are finished, and the exit code says 2
  watchOutputErrors();
  main(process.argv.slice(2)).then((code) => { process.exitCode = exitCodeAfter(code); }, (e: unknown) => {
    process.stderr.write(`imr: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exitCode = 2;
  });
}
