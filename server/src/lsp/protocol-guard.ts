/**
 * The protocol's rules, applied to every message before the handlers see it, so no handler has to repeat
 * them (and none can forget):
 *
 * - before `initialize`, a request is answered ServerNotInitialized (-32002) and a notification dropped
 *   (`exit` excepted);
 * - after `shutdown`, a request is answered InvalidRequest (-32600), a notification other than `exit` dropped;
 * - a request whose params are missing or of the wrong shape is answered InvalidParams (-32602), naming
 *   what is wrong, instead of reaching a handler that would fail with an internal TypeError; a notification
 *   of that kind is dropped, with a line on stderr;
 * - a message that is not JSON-RPC 2.0 is answered InvalidRequest when it has an id, else dropped.
 *
 * While the handlers are loaded after the handshake (server.ts), the messages that follow `initialize` are held
 * here and passed on, in order, once `release` is called: none reaches a connection that has no handler for it yet.
 *
 * Positions themselves are checked for shape here (non-negative whole numbers); positions past the end of a
 * line or of the letter are valid and are clamped where the letter is known (positions.ts).
 */
import { ownEntry } from '../language/text/own-entry';
import type { DataCallback, Disposable, Message, MessageReader, MessageWriter } from 'vscode-jsonrpc';

const SERVER_NOT_INITIALIZED = -32002;
const INVALID_REQUEST = -32600;
const INVALID_PARAMS = -32602;

type Check = (params: unknown) => string | undefined;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isUInteger = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 2147483647;
const isInteger = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v);

function position(v: unknown, name: string): string | undefined {
  if (!isObject(v)) return `${name} must be a position { line, character }`;
  if (!isUInteger(v.line) || !isUInteger(v.character)) return `${name}.line and ${name}.character must be whole numbers, 0 or more`;
  return undefined;
}

function range(v: unknown, name: string): string | undefined {
  if (!isObject(v)) return `${name} must be a range { start, end }`;
  return position(v.start, `${name}.start`) ?? position(v.end, `${name}.end`);
}

function textDocument(p: Record<string, unknown>): string | undefined {
  if (!isObject(p.textDocument) || typeof p.textDocument.uri !== 'string') return 'textDocument.uri must be a string';
  return undefined;
}

/** Each check gets params already known to be an object. */
const obj = (check: (p: Record<string, unknown>) => string | undefined): Check =>
  (p) => (isObject(p) ? check(p) : 'params must be an object');

const atPosition = obj((p) => textDocument(p) ?? position(p.position, 'position'));
const onDocument = obj((p) => textDocument(p));

/** The params each request and notification the server handles must have. */
const CHECKS: Record<string, Check> = {
  initialize: obj((p) => (p.capabilities !== undefined && !isObject(p.capabilities) ? 'capabilities must be an object' : undefined)),
  'textDocument/completion': atPosition,
  'textDocument/hover': atPosition,
  'textDocument/documentSymbol': onDocument,
  'textDocument/foldingRange': onDocument,
  'textDocument/formatting': obj((p) => textDocument(p) ?? (p.options !== undefined && !isObject(p.options) ? 'options must be an object' : undefined)),
  'textDocument/selectionRange': obj((p) => {
    if (textDocument(p)) return textDocument(p);
    if (!Array.isArray(p.positions)) return 'positions must be an array';
    for (let i = 0; i < p.positions.length; i++) { const e = position(p.positions[i], `positions[${i}]`); if (e) return e; }
    return undefined;
  }),
  'textDocument/codeAction': obj((p) => textDocument(p) ?? range(p.range, 'range')
    ?? (!isObject(p.context) || !Array.isArray(p.context.diagnostics) ? 'context.diagnostics must be an array'
      : p.context.diagnostics.map((d: unknown, i) => (isObject(d) ? range(d.range, `context.diagnostics[${i}].range`) : `context.diagnostics[${i}] must be an object`)).find(Boolean))),
  'imr/renderPreview': obj((p) => (typeof p.uri !== 'string' ? 'uri must be a string' : undefined)),
  'imr/export': obj((p) => (typeof p.uri !== 'string' ? 'uri must be a string'
    : typeof p.format !== 'string' ? 'format must be a string'
      : p.target !== undefined && typeof p.target !== 'string' ? 'target must be a string, or absent for the bytes'
        : p.publicCopy !== undefined && typeof p.publicCopy !== 'boolean' ? 'publicCopy must be true or false' : undefined)),
  'imr/import': obj((p) => (typeof p.text === 'string' || typeof p.pdf === 'string' ? undefined : 'the request carries neither a letter\'s text nor a PDF: text must be a string, or pdf the PDF\'s bytes in base64')),
  'imr/publicCopyReview': obj((p) => (typeof p.uri !== 'string' ? 'uri must be a string' : undefined)),
  'textDocument/didOpen': obj((p) => {
    const d = p.textDocument;
    if (!isObject(d) || typeof d.uri !== 'string' || typeof d.text !== 'string' || !isInteger(d.version)) return 'textDocument must have uri, version and text';
    return undefined;
  }),
  'textDocument/didChange': obj((p) => {
    const d = p.textDocument;
    if (!isObject(d) || typeof d.uri !== 'string' || !isInteger(d.version)) return 'textDocument must have uri and version';
    if (!Array.isArray(p.contentChanges)) return 'contentChanges must be an array';
    for (let i = 0; i < p.contentChanges.length; i++) {
      const c: unknown = p.contentChanges[i];
      if (!isObject(c) || typeof c.text !== 'string') return `contentChanges[${i}].text must be a string`;
      if (c.range !== undefined) { const e = range(c.range, `contentChanges[${i}].range`); if (e) return e; }
    }
    return undefined;
  }),
  'textDocument/didClose': onDocument,
  'textDocument/didSave': onDocument,
};

const isInitialize = (m: Message): boolean => (m as { method?: unknown }).method === 'initialize';

type State = 'new' | 'initializing' | 'running' | 'shut down';

/** A MessageReader that lets through only the messages the protocol allows now, answering the others. */
export class ProtocolGuard implements MessageReader {
  private state: State = 'new';
  /** messages admitted after `initialize` while the handlers load; undefined once they are released */
  private held: Message[] | undefined;
  private deliver: DataCallback = () => undefined;

  constructor(private readonly reader: MessageReader, private readonly writer: MessageWriter, private readonly log: (line: string) => void) {}

  get onError() { return this.reader.onError; }
  get onClose() { return this.reader.onClose; }
  get onPartialMessage() { return this.reader.onPartialMessage; }
  dispose(): void { this.reader.dispose(); }

  /** True once `shutdown` was received: an `exit` (or the client leaving) then ends the process with 0. */
  get shutDown(): boolean { return this.state === 'shut down'; }

  listen(callback: DataCallback): Disposable {
    this.deliver = callback;
    return this.reader.listen((message) => {
      if (!this.admit(message)) return;
      if (this.held && this.state !== 'new' && !isInitialize(message)) this.held.push(message);
      else callback(message);
    });
  }

  /** Holds the messages that follow `initialize` until `release` (the handlers are loaded after the handshake). */
  holdAfterInitialize(): void {
    this.held ??= [];
  }

  /** Passes on the held messages, in the order they came, and every later one at once. */
  release(): void {
    const held = this.held ?? [];
    this.held = undefined;
    for (const message of held) this.deliver(message);
  }

  private answer(id: unknown, code: number, message: string): void {
    const safeId = typeof id === 'number' || typeof id === 'string' ? id : null;
    void this.writer.write({ jsonrpc: '2.0', id: safeId, error: { code, message } } as Message).catch(() => undefined);
  }

  /** Whether the message goes on to the handlers; when it does not, it has been answered or dropped here. */
  private admit(message: Message): boolean {
    const m = message as unknown as Record<string, unknown>;
    if (!isObject(m) || m.jsonrpc !== '2.0') {
      if (isObject(m) && 'id' in m) this.answer(m.id, INVALID_REQUEST, 'not a JSON-RPC 2.0 message');
      return false;
    }
    if (typeof m.method !== 'string') return 'id' in m; // a response to one of the server's requests
    const method = m.method;
    const isRequest = 'id' in m;
    if (isRequest && typeof m.id !== 'number' && typeof m.id !== 'string') {
      this.answer(null, INVALID_REQUEST, `${method}: a request id must be a number or a string`);
      return false;
    }
    if (method === 'exit') return true;
    if (!isRequest) return this.admitNotification(method, m.params);
    if (this.state === 'shut down') { this.answer(m.id, INVALID_REQUEST, `${method}: the server is shut down; only 'exit' is expected now`); return false; }
    if (this.state === 'new' && method !== 'initialize') { this.answer(m.id, SERVER_NOT_INITIALIZED, `${method}: the server is not initialized; send 'initialize' first`); return false; }
    if (this.state !== 'new' && method === 'initialize') { this.answer(m.id, INVALID_REQUEST, "initialize: the server is already initialized"); return false; }
    const wrong = ownEntry(CHECKS, method)?.(m.params);
    if (wrong) { this.answer(m.id, INVALID_PARAMS, `${method}: ${wrong}`); return false; }
    if (method === 'initialize') this.state = 'initializing';
    if (method === 'shutdown') this.state = 'shut down';
    return true;
  }

  private admitNotification(method: string, params: unknown): boolean {
    if (this.state === 'new' || this.state === 'shut down') return false;
    if (method === 'initialized') { this.state = 'running'; return true; }
    const wrong = ownEntry(CHECKS, method)?.(params);
    if (wrong) { this.log(`ignored ${method}: ${wrong}`); return false; }
    return true;
  }
}
