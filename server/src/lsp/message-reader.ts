/**
 * Reads LSP messages from a byte stream (stdio), strictly: each message is header lines (`Name: value`, ASCII,
 * ended by CRLF), a blank line, then exactly Content-Length bytes of UTF-8 JSON. A message that breaks this
 * (no Content-Length, one that is not a whole number or is larger than MAX_MESSAGE_BYTES, a header line
 * without a colon, headers that never end, a body that is not JSON or not an object) is a framing error: after
 * one, where the next message starts can no longer be known, so the reader reports the error and reads no
 * more; the server ends (transport.ts) and the client starts a fresh one, rather than a server that is alive
 * but never answers.
 */
import { AbstractMessageReader, type DataCallback, type Disposable, type Message } from 'vscode-jsonrpc';

/** The largest message read: a 64 MB letter (the CLI's limit) as JSON, with room for escaping. */
export const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;
/** Headers are a line or two; this much without the blank line that ends them is not a header. */
const MAX_HEADER_BYTES = 8192;
/** A body at least this long is read into a buffer of its own size as it arrives. */
const LARGE_BODY_BYTES = 1024 * 1024;
const HEADER_END = Buffer.from('\r\n\r\n', 'latin1');
const HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*?)[ \t]*$/;

export class FramingError extends Error {}

export class FramedMessageReader extends AbstractMessageReader {
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** the body's length once its headers are read; -1 while reading headers */
  private bodyLength = -1;
  private broken = false;
  /** a large body being read: its bytes go straight into one buffer of its length, not a list of chunks joined at the end */
  private body: Buffer | undefined;
  private bodyFilled = 0;

  constructor(private readonly readable: NodeJS.ReadableStream) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    const onData = (data: Buffer | string) => this.onData(typeof data === 'string' ? Buffer.from(data, 'utf8') : data, callback);
    const onError = (e: Error) => this.fireError(e);
    const onEnd = () => this.fireClose();
    this.readable.on('data', onData);
    this.readable.on('error', onError);
    this.readable.on('end', onEnd);
    this.readable.on('close', onEnd);
    return {
      dispose: () => {
        this.readable.off('data', onData);
        this.readable.off('error', onError);
        this.readable.off('end', onEnd);
        this.readable.off('close', onEnd);
      },
    };
  }

  private onData(data: Buffer, callback: DataCallback): void {
    if (this.broken) return;
    try {
      if (this.body) {
        const n = Math.min(data.length, this.body.length - this.bodyFilled);
        data.copy(this.body, this.bodyFilled, 0, n);
        this.bodyFilled += n;
        if (this.bodyFilled < this.body.length) return;
        const body = this.body;
        this.body = undefined;
        this.bodyLength = -1;
        callback(decode(body));
        data = data.subarray(n);
        if (!data.length) return;
      }
      this.chunks.push(data);
      this.buffered += data.length;
      for (;;) {
        if (this.bodyLength < 0) {
          const head = this.takeHeaders();
          if (head === undefined) return;
          this.bodyLength = contentLength(head);
        }
        if (this.buffered < this.bodyLength) {
          // a letter of megabytes arrives in many small chunks: holding them all and then joining them would
          // need twice its size at once (and leaves the chunks' memory with the process)
          if (this.bodyLength >= LARGE_BODY_BYTES) {
            this.body = Buffer.allocUnsafe(this.bodyLength);
            this.bodyFilled = 0;
            for (const chunk of this.chunks) { chunk.copy(this.body, this.bodyFilled); this.bodyFilled += chunk.length; }
            this.chunks = [];
            this.buffered = 0;
          }
          return;
        }
        const body = this.take(this.bodyLength);
        this.bodyLength = -1;
        callback(decode(body));
      }
    } catch (e) {
      this.broken = true; // nothing after a framing error can be trusted
      this.chunks = [];
      this.buffered = 0;
      this.body = undefined;
      this.readable.pause();
      this.fireError(e instanceof FramingError ? e : new FramingError(String(e)));
    }
  }

  /** The header block's text once it is complete (and removed from the buffer), else undefined. */
  private takeHeaders(): string | undefined {
    const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.buffered);
    this.chunks = [all];
    const end = all.indexOf(HEADER_END);
    if (end < 0) {
      if (all.length > MAX_HEADER_BYTES) throw new FramingError(`no end of the message headers within ${MAX_HEADER_BYTES} bytes`);
      return undefined;
    }
    if (end > MAX_HEADER_BYTES) throw new FramingError(`message headers longer than ${MAX_HEADER_BYTES} bytes`);
    this.take(end + HEADER_END.length);
    return all.subarray(0, end).toString('latin1');
  }

  /** Removes and returns the first `n` buffered bytes (joining chunks once, not once per chunk). */
  private take(n: number): Buffer {
    const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.buffered);
    const taken = all.subarray(0, n);
    const rest = all.subarray(n);
    this.chunks = rest.length ? [rest] : [];
    this.buffered = rest.length;
    return taken;
  }
}

function contentLength(head: string): number {
  let length: number | undefined;
  for (const line of head.split('\r\n')) {
    const m = HEADER_LINE.exec(line);
    if (!m) throw new FramingError(`a message header line is not 'Name: value': ${JSON.stringify(line.slice(0, 80))}`);
    const name = m[1].toLowerCase();
    if (name === 'content-length') {
      if (!/^\d{1,12}$/.test(m[2])) throw new FramingError(`Content-Length must be a whole number of bytes, not ${JSON.stringify(m[2].slice(0, 40))}`);
      const n = Number(m[2]);
      if (length !== undefined && length !== n) throw new FramingError('two different Content-Length headers');
      length = n;
    } else if (name === 'content-type') {
      const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(m[2])?.[1]?.toLowerCase();
      if (charset && charset !== 'utf-8' && charset !== 'utf8') throw new FramingError(`unsupported charset '${charset}': messages are UTF-8`);
    }
  }
  if (length === undefined) throw new FramingError('a message without a Content-Length header');
  if (length > MAX_MESSAGE_BYTES) throw new FramingError(`a message of ${length} bytes, more than the ${MAX_MESSAGE_BYTES} allowed`);
  return length;
}

function decode(body: Buffer): Message {
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch (e) {
    throw new FramingError(`a message body that is not JSON (${(e as Error).message})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new FramingError('a message body that is not a JSON object');
  return value as Message;
}
