/**
 * Shared by the render and redact tests: where the real letters and examples are, the fonts, reading text back
 * out of PDF (pdfjs-dist, pure JavaScript) and DOCX (mammoth), and a strict check that HTML is well formed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { corpusLetters as corpusTexts, repoRoot } from '../helpers/corpus';
import { pathToFileURL } from 'url';
import * as zlib from 'zlib';
import { buildDocument, importLetterText, parseLetter, type LetterDocument } from '../../server/src/language';
import { loadLetterFonts } from '../../server/src/node/fonts';
import type { PdfFonts } from '../../server/src/language/render/pdf';

export interface Letter { name: string; doc: LetterDocument }

/** Every corpus letter, imported from its text with the core's importer. */
export function corpusLetters(): Letter[] {
  return corpusTexts().map(({ name, text }) => ({ name, doc: buildDocument(parseLetter(importLetterText(text).imr)) }));
}

export function exampleLetters(): Letter[] {
  const dir = path.join(repoRoot(), 'examples');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.imr')).sort().map((name) => ({
    name, doc: documentOf(fs.readFileSync(path.join(dir, name), 'utf8')),
  }));
}

export function documentOf(imr: string): LetterDocument {
  return buildDocument(parseLetter(imr));
}

let fonts: PdfFonts | undefined;
export function letterFonts(): PdfFonts {
  return fonts ??= loadLetterFonts(path.join(repoRoot(), 'media', 'fonts'));
}

export const FIXED_DATE = new Date('2017-01-27T12:00:00Z');

/** Whitespace made comparable: runs collapse to one space, and a line broken after a hyphen or slash joins up. */
export function normalize(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/([-\u2010-\u2014/]) /g, '$1').trim();
}

/** The text renderer's output without its header lines (the PDF and HTML draw the header as a table). */
export function textBody(text: string, doc: LetterDocument): string {
  return text.split('\n').slice(doc.header.length).join('\n');
}

export function headerWords(doc: LetterDocument): string {
  return doc.header.flatMap((row) => row.flatMap((c) => (c ? [c.label, c.value] : []))).join(' ');
}

// ---- PDF ----

type PdfJs = typeof import('pdfjs-dist');
/** pdfjs-dist is ESM only; tsc would turn a plain import() into require(), so the import goes through Function. */
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;
let pdfjs: Promise<PdfJs> | undefined;
function loadPdfJs(): Promise<PdfJs> {
  const file = require.resolve('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs ??= importEsm(pathToFileURL(file).href) as Promise<PdfJs>;
}

export interface PdfText {
  /** the letter's text, less the header table and the page furniture */
  body: string;
  /** the same, page by page */
  pageBodies: string[];
  /** the header table's cells (tagged TH/TD) */
  table: string;
  /** page furniture marked as artifacts (footers, letterhead), page by page */
  artifacts: string[];
  pages: number;
  info: Record<string, unknown>;
  /** outline titles, depth-first */
  outline: string[];
  /** whether the catalog says the file is tagged */
  marked: boolean;
  /** structure roles on each page as pdf.js reads them, depth-first, with `content` for marked text */
  roles: string[][];
}

interface OutlineNode { title: string; items: OutlineNode[] }

export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  const lib = await loadPdfJs();
  const task = lib.getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false, disableFontFace: true });
  const pdf = await task.promise;
  try {
    const pageBodies: string[] = [];
    let table = '';
    const artifacts: string[] = [];
    const roles: string[][] = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const pageRoles: string[] = [];
      const visit = (node: { role?: string; type?: string; children?: unknown[] } | null) => {
        if (!node) return;
        pageRoles.push(node.role ?? node.type ?? '?');
        for (const child of node.children ?? []) visit(child as { role?: string; children?: unknown[] });
      };
      visit(await page.getStructTree() as { role?: string; children?: unknown[] } | null);
      roles.push(pageRoles);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const tags: string[] = [];
      let artifact = '';
      let body = '';
      for (const item of content.items) {
        if ('type' in item) {
          if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') tags.push((item as { tag?: string }).tag ?? '');
          else if (item.type === 'endMarkedContent') tags.pop();
          continue;
        }
        // the PDF renderer puts zero-width spaces into overlong words so they can break
        const piece = item.str.replace(/\u200B/g, '') + (item.hasEOL ? '\n' : '');
        if (tags.includes('Artifact')) artifact += `${piece} `;
        else if (tags.includes('TH') || tags.includes('TD')) table += `${piece} `;
        else body += piece;
      }
      artifacts.push(artifact);
      pageBodies.push(body);
    }
    const meta = await pdf.getMetadata();
    const outline: string[] = [];
    const walk = (nodes: OutlineNode[] | null) => { for (const n of nodes ?? []) { outline.push(n.title); walk(n.items); } };
    walk(await pdf.getOutline() as OutlineNode[] | null);
    const marked = await pdf.getMarkInfo();
    return { body: pageBodies.join('\n'), pageBodies, table, artifacts, pages: pdf.numPages, info: meta.info as Record<string, unknown>, outline, marked: marked?.Marked === true, roles };
  } finally {
    await task.destroy();
  }
}

// ---- HTML ----

/** The elements the renderer may write: anything else in the output came from somewhere it should not have. */
export const HTML_TAGS: ReadonlySet<string> = new Set([
  'html', 'head', 'meta', 'title', 'style', 'body', 'article', 'header', 'table', 'tbody', 'tr', 'th', 'td', 'section',
  'h1', 'h2', 'p', 'strong', 'span', 'div', 'img',
]);

const VOID = new Set(['meta', 'img', 'br', 'hr', 'link', 'input', 'col', 'area', 'base', 'wbr', 'source']);

/**
 * A strict well-formedness check for the HTML we write: every tag from a known set, every start tag closed in
 * order, attributes quoted. Returns the problems (empty when well formed).
 */
export function htmlProblems(html: string, allowed?: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const body = html.replace(/^<!DOCTYPE html>\s*/i, '').replace(/<style>[\s\S]*?<\/style>/g, '<style></style>');
  const tag = /<(\/?)([A-Za-z][A-Za-z0-9]*)((?:\s+[a-zA-Z-:]+(?:="[^"<>]*")?)*)\s*>|<|>/g;
  for (const m of body.matchAll(tag)) {
    if (m[0] === '<' || m[0] === '>') { problems.push(`bare '${m[0]}' at ${m.index}: ${body.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + 40)}`); continue; }
    const [, closing, nameRaw] = m;
    const name = nameRaw.toLowerCase();
    if (allowed && !allowed.has(name)) problems.push(`unexpected <${name}>`);
    if (VOID.has(name)) continue;
    if (!closing) stack.push(name);
    else if (stack.pop() !== name) problems.push(`</${name}> closes the wrong element at ${m.index}`);
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(', ')}`);
  return problems;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': '\'' };

/** The text a browser would show (tags dropped, our five entities decoded), head and style left out. */
export function htmlText(html: string): string {
  const body = html.replace(/[\s\S]*<body[^>]*>/, '').replace(/<\/body>[\s\S]*/, '');
  return body.replace(/<\/(?:p|h[1-6]|t[dh]|tr|div|section|table|header|article)>/g, '\n').replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITIES[e]);
}

export function writeOutput(name: string, data: Uint8Array | string): string {
  const dir = path.join(repoRoot(), '.test-output');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  return file;
}

// ---- PNG ----

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A small RGB PNG (for letterhead tests), written with node:zlib. */
export function makePng(width: number, height: number, rgb: (x: number, y: number) => [number, number, number]): Uint8Array {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw.set(rgb(x, y), y * (width * 3 + 1) + 1 + x * 3);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return new Uint8Array(Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0)),
  ]));
}

export interface GrayImage { width: number; height: number; pixels: Uint8Array }

/** Decodes an 8-bit, non-interlaced grey, RGB or RGBA PNG (what pdftoppm writes) to grey levels. */
export function decodePng(png: Uint8Array): GrayImage {
  const buf = Buffer.from(png);
  if (buf.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let at = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (at < buf.length) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const data = buf.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const [depth, colour, , , interlace] = data.subarray(8, 13);
      channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[colour] ?? 0;
      if (depth !== 8 || !channels || interlace) throw new Error(`unsupported PNG (depth ${depth}, colour ${colour}, interlace ${interlace})`);
    } else if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? rows[y * stride + i - channels] : 0;
      const b = y > 0 ? rows[(y - 1) * stride + i] : 0;
      const c = i >= channels && y > 0 ? rows[(y - 1) * stride + i - channels] : 0;
      let v = line[i];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a); const pb = Math.abs(p - b); const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      rows[y * stride + i] = v & 0xff;
    }
  }
  const pixels = new Uint8Array(width * height);
  for (let i = 0; i < width * height; i++) {
    const px = rows.subarray(i * channels, i * channels + channels);
    pixels[i] = channels >= 3 ? Math.round(0.299 * px[0] + 0.587 * px[1] + 0.114 * px[2]) : px[0];
  }
  return { width, height, pixels };
}

// ---- DOCX ----

/** One part of the .docx (a zip), found through the central directory, for checks mammoth does not expose. */
export function zipEntry(zip: Uint8Array, name: string): string | undefined {
  return zipEntryBytes(zip, name)?.toString('utf8');
}

export function zipEntryBytes(zip: Uint8Array, name: string): Buffer | undefined {
  const buf = Buffer.from(zip);
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) return undefined;
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    const offset = buf.readUInt32LE(at + 42);
    const entry = buf.toString('utf8', at + 46, at + 46 + nameLength);
    if (entry === name) {
      const start = offset + 30 + buf.readUInt16LE(offset + 26) + buf.readUInt16LE(offset + 28);
      const data = buf.subarray(start, start + size);
      return method === 8 ? zlib.inflateRawSync(data) : data;
    }
    at += 46 + nameLength + extra + comment;
  }
  return undefined;
}
