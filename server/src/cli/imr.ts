/** The `imr` command line: entry point only; each command lives in its own file. */
import { UsageError } from './args';
import { COMMANDS, usage } from './commands';

const VERSION = '0.1.0';

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    process.stdout.write(topic && COMMANDS[topic] ? COMMANDS[topic].help : usage());
    return 0;
  }
  if (name === '--version' || name === '-v') { process.stdout.write(`${VERSION}\n`); return 0; }
  const command = COMMANDS[name];
  if (!command) { process.stderr.write(`imr: unknown command '${name}'\n\n${usage()}`); return 2; }
  if (rest.includes('--help') || rest.includes('-h')) { process.stdout.write(command.help); return 0; }
  try {
    return await command.run(rest);
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`imr ${name}: ${e.message}\n\n${command.help}`); return 2; }
    process.stderr.write(`imr ${name}: ${(e as Error).message}\n`);
    return 2;
  }
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
