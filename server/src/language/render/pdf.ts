/**
 * The letter as a PDF, drawn with pdfkit (pure JavaScript: no browser, no native binary). It looks like the public
 * letters (Letter size, a sans-serif header table with bold labels in shaded cells, centred bold headings, serif
 * body) and adds what they lack: embedded fonts, page numbers with the case number on every page (a setting: the
 * public copies print none), bookmarks, metadata and a tagged structure for screen readers. Pure: the fonts (and
 * any letterhead image) arrive as bytes in the options.
 */
import PDFDocument from 'pdfkit';
import { letterMetadata, type Block, type HeaderCell, type LetterDocument } from './model';
import type { Letterhead } from './html';
import { splitSeparator } from './html';

export interface PdfFonts {
  /** a TrueType/OpenType serif for the body, e.g. Liberation Serif Regular (see server/src/node/fonts.ts) */
  regular: Uint8Array;
  bold: Uint8Array;
  /** a sans-serif for the header table, as the letters print it (Liberation Sans); the serif when absent */
  sansRegular?: Uint8Array;
  sansBold?: Uint8Array;
}

export interface PdfOptions {
  fonts: PdfFonts;
  /** fixes the creation date and with it the file ID: the same input then gives the same bytes */
  creationDate?: Date;
  letterhead?: Letterhead;
  /** body text alignment; the public letters are set `left` (ragged right) */
  align?: 'left' | 'justify';
  /** the Creator entry of the metadata (an application, never a person) */
  creator?: string;
  lang?: string;
  /** a tagged (accessible) PDF with a structure tree; on by default */
  tagged?: boolean;
  /** "Page 1 of 3" and the case number at the foot of every page; on by default (the public copies have no footer) */
  pageNumbers?: boolean;
}

const MARGIN = { top: 72, bottom: 72, left: 72, right: 72 };
const PAGE_WIDTH = 612;
const PAGE_HEIGHT = 792;
const CONTENT_WIDTH = PAGE_WIDTH - MARGIN.left - MARGIN.right;
const BODY_SIZE = 12;
const TABLE_SIZE = 10;
const FOOTER_SIZE = 9;
/** one blank line between blocks, as in the letters */
const BLOCK_GAP = 12;
const HEADING_AFTER = 3;
/** header table: label, value, label, value */
const COLUMNS = [100, 134, 100, 134];
/** the label cells' shading, a light grey as in the letters' header table */
const LABEL_SHADE = '#D9D9D9';
const CELL_PAD = { x: 4, y: 2 };
const BOOKMARK_MAX = 120;
/** a header cell is a date or a word; an absurdly long one is cut (with an ellipsis) rather than run off the page */
const CELL_MAX_HEIGHT = 240;

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;
type Outline = PDFKit.PDFOutline;
interface Run { text: string; bold: boolean }

/** The parsed font inside pdfkit's embedded font (fontkit's), reached structurally: pdfkit does not expose it. */
interface ParsedFont { hasGlyphForCodePoint?: (cp: number) => boolean; layout?: unknown }
interface FontView { _font?: { font?: ParsedFont } }

/**
 * Parsed fonts by their bytes: parsing a TrueType font costs more than laying out a typical letter, and pdfkit
 * accepts an already parsed font in place of bytes (each document still makes its own subset).
 */
const parsedFonts = new WeakMap<Uint8Array, ParsedFont>();

type FontName = 'regular' | 'bold' | 'sans' | 'sansBold';

function useFont(doc: Doc, name: FontName, bytes: Uint8Array): void {
  const parsed = parsedFonts.get(bytes);
  // pdfkit's types list bytes or a path; its code also takes a parsed font (PDFFontFactory.open)
  doc.registerFont(name, (parsed ?? bytes) as Uint8Array);
  doc.font(name);
  const opened = (doc as unknown as FontView)._font?.font;
  if (!parsed && typeof opened?.layout === 'function') parsedFonts.set(bytes, opened);
}

/**
 * Text the font can draw: controls and invisible format characters (bidi overrides, zero-width joiners; pdfkit
 * applies no bidi algorithm) are dropped, characters without a glyph become U+FFFD or `?`, never a blank box.
 */
function textCleaner(doc: Doc): (s: string) => string {
  const font = (doc as unknown as FontView)._font?.font;
  const probe = font?.hasGlyphForCodePoint?.bind(font);
  const known = new Map<number, boolean>();
  const has = (cp: number): boolean => {
    if (!probe) return true;
    let v = known.get(cp);
    if (v === undefined) { v = probe(cp); known.set(cp, v); }
    return v;
  };
  const fallback = has(0xfffd) ? '\uFFFD' : '?';
  return (s: string): string => breakLongWords(/^[\x20-\x7E]*$/.test(s) ? s : drawable(s));
  function drawable(s: string): string {
    let out = '';
    for (const ch of s.replace(/[\t\n\r\f\v\u2028\u2029]/g, ' ')) {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
      if (cp >= 0xd800 && cp <= 0xdfff) { out += fallback; continue; }
      if (cp === 0xad) { out += ch; continue; } // soft hyphen: pdfkit breaks lines at it
      if (/\p{Cf}/u.test(ch)) continue;
      if (has(cp)) { out += ch; continue; }
      if (/\p{M}/u.test(ch)) continue; // a combining mark without a glyph (e.g. an emoji modifier)
      out += fallback;
    }
    return out;
  }
}

/** Longer than any real word or URL (the longest in the public letters is 95 characters), and than a line. */
const LONG_WORD = /[^\s\u200B]{121,}/g;

/**
 * A zero-width space every 30 characters of a word far too long for a line: pdfkit splits an unbreakable word by
 * measuring ever shorter prefixes, which for a 10,000-character word takes minutes and gigabytes. Shorter words
 * (URLs) are left to pdfkit, which breaks them where a reader expects.
 */
function breakLongWords(s: string): string {
  return s.replace(LONG_WORD, (word) => Array.from(word.matchAll(/[\s\S]{1,30}/gu), (m) => m[0]).join('\u200B'));
}

function shorten(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}\u2026`;
}

/** Blocks a reader should never find alone at the foot of a page: they keep two lines of the next block with them. */
function keepsWithNext(b: Block): boolean {
  return b.kind === 'heading' || b.kind === 'decision';
}

function blockRuns(b: Block): Run[] {
  switch (b.kind) {
    case 'heading':
    case 'paragraph':
      return [{ text: b.text, bold: b.kind === 'heading' }];
    case 'labelled':
      // the credential lines (tight) are plain in the letters; other labels are bold
      return [{ text: `${b.label} `, bold: !b.tight }, { text: b.text, bold: false }];
    case 'decision': {
      const { mark, space } = splitSeparator(b.separator);
      return [{ text: `${b.text}${mark}`, bold: true }, { text: `${space}${b.decision}`, bold: false }];
    }
  }
}

class LetterPdf {
  private readonly clean: (s: string) => string;
  private readonly tagged: boolean;
  private readonly align: 'left' | 'justify';

  constructor(private readonly doc: Doc, private readonly letter: LetterDocument, opts: PdfOptions) {
    useFont(doc, 'sansBold', opts.fonts.sansBold?.length ? opts.fonts.sansBold : opts.fonts.bold);
    useFont(doc, 'sans', opts.fonts.sansRegular?.length ? opts.fonts.sansRegular : opts.fonts.regular);
    useFont(doc, 'bold', opts.fonts.bold);
    useFont(doc, 'regular', opts.fonts.regular);
    this.clean = textCleaner(doc);
    this.tagged = opts.tagged !== false;
    this.align = opts.align === 'justify' ? 'justify' : 'left';
  }

  /** Draws `draw` as the content of a structure element (or just draws it in an untagged file). */
  private element(parent: Struct | undefined, type: string, draw?: () => void): Struct | undefined {
    if (!this.tagged || !parent) { draw?.(); return undefined; }
    const el = draw ? this.doc.struct(type, {}, draw) : this.doc.struct(type);
    parent.add(el); // the parent is attached, so the closure runs now, in reading order
    return el;
  }

  private group(parent: Struct | undefined, type: string, title?: string): Struct | undefined {
    if (!this.tagged || !parent) return undefined;
    const el = this.doc.struct(type, title ? { title: this.clean(title) } : {});
    parent.add(el);
    return el;
  }

  /** Page furniture (borders, letterhead, footers) is an artifact: screen readers and text extraction skip it. */
  private artifact(type: 'Layout' | 'Pagination', draw: () => void): void {
    if (this.tagged) this.doc.markContent('Artifact', { type });
    draw();
    if (this.tagged) this.doc.endMarkedContent();
  }

  private runsHeight(runs: Run[], width: number): number {
    this.doc.font('regular').fontSize(BODY_SIZE);
    return this.doc.heightOfString(runs.map((r) => this.clean(r.text)).join(''), { width });
  }

  private drawRuns(runs: Run[], align: 'left' | 'center' | 'justify'): void {
    const doc = this.doc;
    const parts = runs.map((r) => ({ ...r, text: this.clean(r.text) })).filter((r) => r.text.length > 0);
    if (!parts.length) parts.push({ text: ' ', bold: false });
    parts.forEach((r, i) => {
      doc.font(r.bold ? 'bold' : 'regular').fontSize(BODY_SIZE);
      doc.text(r.text, { width: CONTENT_WIDTH, align, continued: i < parts.length - 1 });
    });
    doc.x = MARGIN.left;
  }

  drawLetterhead(head: Letterhead | undefined): void {
    if (!head || (!head.image && !head.organisation)) return;
    const doc = this.doc;
    let bottom = 30;
    this.artifact('Layout', () => {
      if (head.image) {
        const bytes = head.image.data;
        const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
        doc.image(data, MARGIN.left, 30, { fit: [CONTENT_WIDTH, 40], align: 'right' });
        bottom = 72;
      }
      if (head.organisation) {
        doc.font('bold').fontSize(TABLE_SIZE);
        doc.text(this.clean(head.organisation), MARGIN.left, bottom, { width: CONTENT_WIDTH, align: 'right' });
        bottom = doc.y;
      }
    });
    doc.x = MARGIN.left;
    doc.y = Math.max(MARGIN.top, bottom + BLOCK_GAP);
  }

  drawHeader(root: Struct | undefined): void {
    const rows = this.letter.header;
    if (!rows.length) return;
    const doc = this.doc;
    const table = this.group(root, 'Table');
    const cellText = (cell: HeaderCell | undefined): [string, string] => cell ? [cell.label, cell.value] : ['', ''];
    for (const [left, right] of rows) {
      const texts = [...cellText(left), ...cellText(right)].map((t) => this.clean(t));
      const heights = texts.map((t, i) => {
        doc.font(i % 2 === 0 ? 'sansBold' : 'sans').fontSize(TABLE_SIZE);
        return t ? Math.min(CELL_MAX_HEIGHT, doc.heightOfString(t, { width: COLUMNS[i] - 2 * CELL_PAD.x })) : 0;
      });
      const rowHeight = Math.max(doc.currentLineHeight(true), ...heights) + 2 * CELL_PAD.y;
      if (doc.y + rowHeight > PAGE_HEIGHT - MARGIN.bottom) doc.addPage();
      const top = doc.y;
      this.artifact('Layout', () => {
        doc.lineWidth(0.75).strokeColor('#000000');
        let bx = MARGIN.left;
        COLUMNS.forEach((w, i) => {
          // shading under the label cells first, then every border over it; the text is drawn on top afterwards
          if (i % 2 === 0 && texts[i]) doc.rect(bx, top, w, rowHeight).fillAndStroke(LABEL_SHADE, '#000000');
          else doc.rect(bx, top, w, rowHeight).stroke();
          bx += w;
        });
        doc.fillColor('#000000');
      });
      const tr = this.group(table, 'TR');
      let x = MARGIN.left;
      texts.forEach((t, i) => {
        const cx = x;
        const draw = t ? () => {
          doc.font(i % 2 === 0 ? 'sansBold' : 'sans').fontSize(TABLE_SIZE);
          doc.text(t, cx + CELL_PAD.x, top + CELL_PAD.y, { width: COLUMNS[i] - 2 * CELL_PAD.x, height: CELL_MAX_HEIGHT, ellipsis: true });
        } : undefined;
        this.element(tr, i % 2 === 0 ? 'TH' : 'TD', draw);
        x += COLUMNS[i];
      });
      tr?.end();
      doc.x = MARGIN.left;
      doc.y = top + rowHeight;
    }
    table?.end();
    doc.y += BLOCK_GAP * 1.5;
  }

  /** A new page when a heading or item would be stranded, or a paragraph's first line would be alone. */
  private breakBefore(b: Block, next: Block | undefined): void {
    const doc = this.doc;
    const line = (() => { doc.font('regular').fontSize(BODY_SIZE); return doc.currentLineHeight(true); })();
    const bottom = PAGE_HEIGHT - MARGIN.bottom;
    const own = this.runsHeight(blockRuns(b), CONTENT_WIDTH);
    let need: number;
    if (keepsWithNext(b) && next) {
      const nextLines = Math.min(2, Math.round(this.runsHeight(blockRuns(next), CONTENT_WIDTH) / line));
      need = own + (b.kind === 'heading' ? HEADING_AFTER : BLOCK_GAP) + nextLines * line;
    } else {
      need = Math.min(own, 2 * line);
    }
    if (doc.y + need > bottom + 0.5 && doc.y > MARGIN.top + 0.5) doc.addPage();
  }

  drawBody(root: Struct | undefined): void {
    const doc = this.doc;
    const blocks = this.letter.blocks;
    let section: Struct | undefined;
    let item: Struct | undefined;
    let sectionOutline: Outline | undefined;
    let first = true;
    blocks.forEach((b, i) => {
      const previous = blocks[i - 1];
      const glued = previous?.kind === 'heading' || (b.kind !== 'heading' && b.kind !== 'decision' && b.tight === true);
      if (!first) doc.y += previous?.kind === 'heading' ? HEADING_AFTER : glued ? 0 : BLOCK_GAP;
      first = false;
      if (b.kind === 'heading') {
        item?.end(); item = undefined;
        section?.end();
        this.breakBefore(b, blocks[i + 1]);
        section = this.group(root, 'Sect', b.text);
        sectionOutline = doc.outline.addItem(shorten(this.clean(b.text), BOOKMARK_MAX));
        this.element(section, 'H1', () => this.drawRuns(blockRuns(b), 'center'));
        return;
      }
      if (b.kind === 'decision') {
        item?.end();
        this.breakBefore(b, blocks[i + 1]);
        const outline = this.letter.items.find((o) => o.index === b.itemIndex);
        const title = outline ? `${outline.title}${outline.decision ? `: ${outline.decision}` : ''}` : b.text;
        item = this.group(section ?? root, 'Sect', title);
        (sectionOutline ?? doc.outline).addItem(shorten(this.clean(title), BOOKMARK_MAX));
        this.element(item, 'H2', () => this.drawRuns(blockRuns(b), this.align));
        return;
      }
      this.breakBefore(b, blocks[i + 1]);
      this.element(item ?? section ?? root, 'P', () => this.drawRuns(blockRuns(b), this.align));
    });
    item?.end();
    section?.end();
  }

  /** "Page 2 of 3" and the case number at the foot of every page, drawn once the page count is known. */
  drawFooters(): void {
    const doc = this.doc;
    const range = doc.bufferedPageRange();
    const caseNumber = this.letter.caseNumber ? shorten(this.clean(`IMR Case Number: ${this.letter.caseNumber}`), 60) : '';
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const margins = doc.page.margins;
      const saved = margins.bottom;
      margins.bottom = 0; // writing below the bottom margin must not start a new page
      const y = PAGE_HEIGHT - 48;
      this.artifact('Pagination', () => {
        doc.font('regular').fontSize(FOOTER_SIZE).fillColor('#000000');
        if (caseNumber) doc.text(caseNumber, MARGIN.left, y, { width: CONTENT_WIDTH / 2, lineBreak: false });
        doc.text(`Page ${i + 1} of ${range.count}`, MARGIN.left + CONTENT_WIDTH / 2, y,
          { width: CONTENT_WIDTH / 2, align: 'right', lineBreak: false });
      });
      margins.bottom = saved;
    }
  }
}

/** Renders the letter; resolves to the PDF's bytes. */
export function renderPdf(letter: LetterDocument, opts: PdfOptions): Promise<Uint8Array> {
  if (!opts?.fonts?.regular?.length || !opts.fonts.bold?.length) {
    return Promise.reject(new Error('renderPdf needs the font bytes (opts.fonts.regular and .bold): load them with loadLetterFonts() from server/src/node/fonts.ts'));
  }
  const meta = letterMetadata(letter);
  const date = opts.creationDate ?? new Date();
  const tagged = opts.tagged !== false;
  const options: PDFKit.PDFDocumentOptions = {
    size: 'LETTER',
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    pdfVersion: '1.7',
    tagged,
    lang: opts.lang ?? 'en-US',
    displayTitle: true,
    info: {
      Title: meta.title,
      Subject: meta.subject,
      Keywords: meta.keywords.join(', '),
      Creator: opts.creator ?? 'IMR Final Determination Letters',
      Producer: 'PDFKit',
      CreationDate: date,
      ModDate: date,
    },
  };
  return new Promise<Uint8Array>((resolve, reject) => {
    try {
      // No default font (null, which pdfkit's code checks for but its types do not list): pdfkit would read its
      // unembedded Helvetica from disk, and a font opened before ours under the same PostScript name would defeat
      // pdfkit's font cache, re-parsing the font at every change of weight.
      const doc: Doc = new PDFDocument({ ...options, font: null as unknown as string });
      const chunks: Uint8Array[] = [];
      doc.on('data', (c: Uint8Array) => chunks.push(c));
      doc.on('error', reject);
      doc.on('end', () => {
        const size = chunks.reduce((n, c) => n + c.length, 0);
        const out = new Uint8Array(size);
        let at = 0;
        for (const c of chunks) { out.set(c, at); at += c.length; }
        resolve(out);
      });
      const pdf = new LetterPdf(doc, letter, opts);
      const root = tagged ? doc.struct('Document') : undefined;
      if (root) doc.addStructure(root);
      pdf.drawLetterhead(opts.letterhead);
      pdf.drawHeader(root);
      pdf.drawBody(root);
      root?.end();
      if (opts.pageNumbers !== false) pdf.drawFooters();
      doc.end();
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
}
