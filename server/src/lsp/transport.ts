/**
 * The connection to the client, as the command line asks (`--stdio`, the default; `--node-ipc`, as VS Code
 * starts it; `--socket=PORT`; `--pipe=NAME`), with every incoming message passed through the protocol guard.
 * A framing error or an unreadable stream ends the process with one line on stderr and exit code 1: the
 * client sees the server stop and starts a new one, instead of waiting on a server that can no longer read.
 */
import { format } from 'util';
import type { Message } from 'vscode-jsonrpc';
import {
  createConnection, createServerPipeTransport, createServerSocketTransport, IPCMessageReader, IPCMessageWriter, ProposedFeatures,
  StreamMessageWriter, type Connection, type MessageReader, type MessageWriter,
} from 'vscode-languageserver/node';
import { commandLineOption } from '../node/command-line';
import { FramedMessageReader } from './message-reader';
import { ProtocolGuard } from './protocol-guard';
import type { LoadHandlers } from './server';

function stderrLine(line: string): void {
  process.stderr.write(`imr-language-server: ${line}\n`);
}

function endpoints(argv: string[]): [MessageReader, MessageWriter] {
  if (argv.includes('--node-ipc')) return [new IPCMessageReader(process), new IPCMessageWriter(process)];
  const port = commandLineOption(argv, '--socket');
  if (port !== undefined) return createServerSocketTransport(Number(port));
  const pipe = commandLineOption(argv, '--pipe');
  if (pipe !== undefined) return createServerPipeTransport(pipe);
  // stdio: standard output carries the protocol, so anything logged with console goes to stderr
  for (const level of ['log', 'info', 'debug', 'warn', 'error'] as const) console[level] = (...args: unknown[]) => process.stderr.write(`${format(...args)}\n`);
  return [new FramedMessageReader(process.stdin), new StreamMessageWriter(process.stdout)];
}

/** A writer that tells what it has written, once the message has been handed to the stream. */
class WatchedWriter implements MessageWriter {
  constructor(private readonly writer: MessageWriter, private readonly written: (message: Message) => void) {}
  get onError() { return this.writer.onError; }
  get onClose() { return this.writer.onClose; }
  write(message: Message): Promise<void> { return this.writer.write(message).then(() => this.written(message)); }
  end(): void { this.writer.end(); }
  dispose(): void { this.writer.dispose(); }
}

const isInitializeAnswer = (m: Message): boolean => {
  const result = (m as { result?: unknown }).result;
  return typeof result === 'object' && result !== null && 'capabilities' in result;
};

export interface GuardedConnection {
  connection: Connection;
  /**
   * Runs `load` (the handlers) once the answer to `initialize` has been written, so the client goes on while the
   * server loads; the messages that arrive meanwhile are held by the guard and passed on after it.
   */
  afterHandshake: LoadHandlers;
}

export function createGuardedConnection(argv: string[] = process.argv.slice(2)): GuardedConnection {
  const [reader, rawWriter] = endpoints(argv);
  let pending: (() => void) | undefined;
  const writer = new WatchedWriter(rawWriter, (message) => {
    if (!isInitializeAnswer(message)) return;
    const load = pending;
    pending = undefined;
    try { load?.(); } finally { guard.release(); }
  });
  const guard = new ProtocolGuard(reader, rawWriter, stderrLine);
  guard.holdAfterInitialize();
  reader.onError((e) => {
    stderrLine(`cannot read the client's messages: ${e.message}; stopping (the client starts a new server)`);
    process.exit(1);
  });
  writer.onError(([e]) => {
    stderrLine(`cannot write to the client: ${e.message}; stopping`);
    process.exit(1);
  });
  reader.onClose(() => process.exit(guard.shutDown ? 0 : 1));
  const connection = createConnection(ProposedFeatures.all, guard, writer);
  return { connection, afterHandshake: (load) => { pending = load; } };
}
