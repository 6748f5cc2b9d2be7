/** Language server latency over a real stdio connection, and its memory with many letters open. */
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Position } from 'vscode-languageserver-types';
import { importLetterText } from '../../server/src/language';
import { corpusLetters, NO_CORPUS } from '../helpers/corpus';
import { CLIENT_CAPABILITIES, serverPath, startServer, type ServerProcess } from '../lsp/lsp-client';
import { generatedLetter } from './generate';
import { median, row } from './measure';

async function timed<T>(fn: () => Promise<T>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function initialised(delay: number): Promise<{ server: ServerProcess; startMs: number }> {
  const t0 = process.hrtime.bigint();
  const server = await startServer({ validate: { enable: true, delay, maxProblems: 1000 } });
  await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: CLIENT_CAPABILITIES });
  server.connection.sendNotification('initialized', {});
  return { server, startMs: Number(process.hrtime.bigint() - t0) / 1e6 };
}

/** Median time from didChange to the diagnostics of that version, over several edits. */
async function changeToDiagnostics(server: ServerProcess, uri: string, text: string, runs = 15): Promise<number> {
  let version = 1;
  const opened = server.nextDiagnostics(uri, version);
  server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'imr', version, text } });
  await opened;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    version++;
    const edited = i % 2 ? text : text.replace('Decision: Upheld', 'Decision: Overturned');
    times.push(await timed(async () => {
      const next = server.nextDiagnostics(uri, version, 10000);
      server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: edited }] });
      await next;
    }));
  }
  return median(times);
}

async function requestTime(server: ServerProcess, method: string, uri: string, position: Position, runs = 30): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timed(() => server.connection.sendRequest(method, { textDocument: { uri }, position })));
  return median(times.slice(3));
}

function positionOf(text: string, needle: string, offset: number): Position {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  return { line, character: lines[line].indexOf(needle) + offset };
}

/**
 * CPU a server process spends from its start to the end of its warm-up, as the desktop client starts it
 * (`--preload`), with the code cache or without (`--code-cache`): the server runs in a process of its own, which
 * reports its CPU once the warm-up's turn of the event loop is over.
 */
function startToReadyCpuMs(codeCache: string | undefined): Promise<number> {
  const script = `process.argv.splice(1, process.argv.length, ${JSON.stringify(serverPath())}, '--stdio', '--preload'${codeCache ? `, ${JSON.stringify(`--code-cache=${codeCache}`)}` : ''});
require(process.argv[1]);
setImmediate(() => setImmediate(() => { const u = process.cpuUsage(); process.stderr.write('cpu ' + (u.user + u.system) / 1000 + '\\n'); process.exit(0); }));`;
  // stdin stays open (the server ends when its client goes), until the process has reported
  const child = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'ignore', 'pipe'] });
  let err = '';
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => { err += chunk.toString(); });
    child.on('exit', () => {
      const m = /cpu ([\d.]+)/.exec(err);
      if (m) resolve(Number(m[1])); else reject(new Error(`the server did not report its CPU: ${err}`));
    });
  });
}

export async function benchServer(): Promise<void> {
  console.log('\nLanguage server over stdio (targets: start to initialize answered < 120 ms; diagnostics < 16 ms after the debounce (corpus letter), < 100 ms (1,000 items); completion and hover < 10 ms; RSS with 50 letters open < 150 MB)');
  if (!fs.existsSync(serverPath())) { console.log(`  skipped: ${serverPath()} is not built`); return; }
  const starts: number[] = [];
  for (let i = 0; i < 5; i++) {
    const { server, startMs } = await initialised(0);
    starts.push(startMs);
    await server.stop();
  }
  const start = median(starts);
  row('server start to initialize answered (median of 5)', `${start.toFixed(0)} ms ${start < 120 ? '(met)' : '(not met)'}`);
  // the floor under that figure on this machine now: a process that does nothing (on a busy machine both grow)
  const bare: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', '0']);
    bare.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  row('for comparison: node -e 0 (median of 5)', `${median(bare).toFixed(0)} ms`);
  // the desktop client's way: ahead of time, with a code cache in the user's folder (made by a first start)
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-bench-code-cache-'));
  try {
    const primed = await startServer({}, ['--stdio', '--preload', `--code-cache=${cacheDir}`]);
    // the cache is written a few seconds after the start (node/code-cache.ts)
    for (let waited = 0; waited < 10_000 && fs.readdirSync(cacheDir).filter((f) => f.endsWith('.v8')).length < 2; waited += 250) await new Promise((r) => setTimeout(r, 250));
    await primed.stop();
    const plain: number[] = [];
    const cached: number[] = [];
    for (let i = 0; i < 5; i++) { plain.push(await startToReadyCpuMs(undefined)); cached.push(await startToReadyCpuMs(cacheDir)); }
    row('server start to warmed up (--preload), process CPU: without / with the code cache (medians of 5)', `${median(plain).toFixed(0)} ms / ${median(cached).toFixed(0)} ms`);
  } finally {
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }

  const { server } = await initialised(0);
  try {
    const corpus = corpusLetters().map((l) => importLetterText(l.text).imr);
    const sample = corpus.find((t) => t.includes('  Decision: Upheld') && t.includes('  MAXIMUS guideline:')) ?? generatedLetter(1);
    if (!corpus.length) console.log(`  ${NO_CORPUS} (a generated one-item letter stands in)`);
    const big = generatedLetter(1000);
    row('didChange to diagnostics, corpus letter (debounce set to 0)', `${(await changeToDiagnostics(server, 'untitled:a.imr', sample)).toFixed(1)} ms`);
    row('didChange to diagnostics, 1,000-item letter (debounce 0)', `${(await changeToDiagnostics(server, 'untitled:big.imr', big, 7)).toFixed(1)} ms`);
    const citation = positionOf(sample, 'MAXIMUS guideline: ', 'MAXIMUS guideline: '.length);
    row('completion at a citation, corpus letter', `${(await requestTime(server, 'textDocument/completion', 'untitled:a.imr', citation)).toFixed(2)} ms`);
    row('hover on a guideline, corpus letter', `${(await requestTime(server, 'textDocument/hover', 'untitled:a.imr', { line: citation.line, character: citation.character + 8 })).toFixed(2)} ms`);
    const bigCitation = positionOf(big, 'MTUS Chronic Pain', 8);
    row('completion at a citation, 1,000-item letter', `${(await requestTime(server, 'textDocument/completion', 'untitled:big.imr', bigCitation, 10)).toFixed(2)} ms`);
    row('hover on a guideline, 1,000-item letter', `${(await requestTime(server, 'textDocument/hover', 'untitled:big.imr', bigCitation, 10)).toFixed(2)} ms`);
  } finally {
    await server.stop();
  }

  // memory on a fresh server: the letters a reviewer keeps open, not the garbage of the runs above
  const { server: fresh } = await initialised(0);
  try {
    const corpus = corpusLetters().map((l) => importLetterText(l.text).imr);
    const fifty = (corpus.length ? corpus : [generatedLetter(3)]).slice(0, 50);
    while (fifty.length < 50) fifty.push(fifty[fifty.length % fifty.length]);
    await Promise.all(fifty.map((text, i) => {
      const uri = `untitled:open-${i}.imr`;
      const published = fresh.nextDiagnostics(uri, 1, 20000);
      fresh.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'imr', version: 1, text } });
      return published;
    }));
    row('server RSS with 50 corpus letters open', `${rssMb(fresh.process.pid!).toFixed(0)} MB`);
  } finally {
    await fresh.stop();
  }
}
