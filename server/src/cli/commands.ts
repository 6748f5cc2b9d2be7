import { checkCommand } from './check';
import type { Command } from './command';
import { fmtCommand } from './fmt';
import { importCommand } from './import';
import { renderCommand } from './render';

export const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  fmt: fmtCommand,
  render: renderCommand,
  import: importCommand,
};

export function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`);
  return `Usage: imr <command> [options] PATH...

Commands:
${lines.join('\n')}

PATH is a file, a folder (searched recursively) or a quoted glob ('letters/**/*.imr').
imr <command> --help (or imr help <command>) tells more; imr --version prints the version.
Exit codes: 0 clean, 1 findings, 2 usage or I/O error.
`;
}
