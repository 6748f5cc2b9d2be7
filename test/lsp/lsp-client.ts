/**
 * A real JSON-RPC client driving the bundled language server as a child process over stdio, for the
 * LSP-level tests and the latency benchmark.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'child_process';
import * as path from 'path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { repoRoot } from '../helpers/corpus';

export interface ServerProcess {
  connection: MessageConnection;
  process: ChildProcessWithoutNullStreams;
  /** waits for the next diagnostics published for `uri` (optionally of a document version) */
  nextDiagnostics(uri: string, version?: number, timeoutMs?: number): Promise<Diagnostic[]>;
  /** the notifications of a method received so far */
  received(method: string): unknown[];
  /** what the client answers to workspace/configuration from now on */
  setConfiguration(configuration: Record<string, unknown>): void;
  stop(): Promise<void>;
}

export function serverPath(): string {
  return path.join(repoRoot(), 'dist', 'server', 'main.js');
}

/** `args`: the server's command line; `env`: added to this process's environment */
export async function startServer(configuration: Record<string, unknown> = {}, args: string[] = ['--stdio'], env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, [serverPath(), ...args], { stdio: 'pipe', env: { ...process.env, ...env } });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting: { uri: string; version?: number; resolve: (d: Diagnostic[]) => void }[] = [];
  const notifications = new Map<string, unknown[]>();
  connection.onNotification((method: string, params: unknown) => {
    notifications.set(method, [...(notifications.get(method) ?? []), params]);
    if (method !== 'textDocument/publishDiagnostics') return;
    const p = params as PublishDiagnosticsParams;
    const i = waiting.findIndex((w) => w.uri === p.uri && (w.version === undefined || w.version === p.version));
    if (i >= 0) waiting.splice(i, 1)[0].resolve(p.diagnostics);
  });
  let current = configuration;
  connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map(() => current));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  return {
    connection,
    process: child,
    nextDiagnostics(uri, version, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri}${version !== undefined ? ` version ${version}` : ''} within ${timeoutMs} ms`)), timeoutMs);
        waiting.push({ uri, version, resolve: (d) => { clearTimeout(timer); resolve(d); } });
      });
    },
    received: (method) => notifications.get(method) ?? [],
    setConfiguration: (c) => { current = c; },
    async stop() {
      try {
        await connection.sendRequest('shutdown');
        connection.sendNotification('exit');
      } catch { /* already gone */ }
      connection.dispose();
      await new Promise<void>((resolve) => { if (child.exitCode !== null) resolve(); else child.once('exit', () => resolve()); setTimeout(resolve, 2000); });
      child.kill();
    },
  };
}

export const CLIENT_CAPABILITIES = {
  workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
  textDocument: {
    completion: { completionItem: { snippetSupport: true } },
    publishDiagnostics: { versionSupport: true },
    synchronization: { didSave: true },
  },
};

/** Applies an answer's edits to a \n text the way a client does (written here, not taken from the core it tests). */
export function applyEdits(text: string, edits: readonly { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  let out = text;
  for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}
