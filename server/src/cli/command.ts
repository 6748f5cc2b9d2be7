export interface Command {
  summary: string;
  help: string;
  /** resolves to the exit code: 0 clean, 1 findings, 2 usage or I/O error */
  run(argv: string[]): Promise<number>;
}
