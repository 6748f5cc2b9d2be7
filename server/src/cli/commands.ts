import { checkCommand } from './check';
import type { Command } from './command';
import { fmtCommand } from './fmt';
import { importCommand } from './import';
import { renderCommand } from './render';

export const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  import: importCommand,
  fmt: fmtCommand,
  render: renderCommand,
};

export function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`);
  return `Usage: imr <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nimr <command> --help tells more. imr --version prints the version.\n`;
}
