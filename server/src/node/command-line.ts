/** The server's command-line options, as `--name value` or `--name=value`. No dependencies: the 3 KB entry reads it. */
export function commandLineOption(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === name) return argv[i + 1];
    if (argv[i].startsWith(`${name}=`)) return argv[i].slice(name.length + 1);
  }
  return undefined;
}
