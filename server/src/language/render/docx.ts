/**
 * The letter as a Word document, for reviewers who finish letters in Word: the section headings use the real
 * Heading 1 style and each disputed item Heading 2 (so Word's navigation pane lists them), the header is a table,
 * and the footer carries the case number and "Page N of M" fields.
 */
import {
  AlignmentType, BorderStyle, Document, Footer, HeadingLevel, ImageRun, Packer, PageNumber, Paragraph, TabStopType,
  ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type ParagraphChild,
} from 'docx';
import { letterMetadata, type Block, type HeaderCell, type LetterDocument } from './model';
import { splitSeparator, type Letterhead } from './html';

export interface DocxOptions {
  letterhead?: Letterhead;
  /** the creator and last-modified-by of the core properties (an application, never a person) */
  creator?: string;
  lang?: string;
  /** the footer with the case number and "Page N of M"; on by default (the public copies have no footer) */
  pageNumbers?: boolean;
}

const FONT = 'Times New Roman';
/** the header table's font, as the letters print it (Liberation Sans and Arimo share its metrics) */
const TABLE_FONT = 'Arial';
/** the label cells' shading, as in the PDF */
const LABEL_SHADE = 'D9D9D9';
/** half-points */
const BODY = 24;
const TABLE = 20;
const FOOTER = 18;
/** twips: 1 inch margins on a Letter page, one blank 12pt line between blocks */
const INCH = 1440;
const CONTENT = 6.5 * INCH;
const GAP = 240;
const COLUMNS = [2000, 2680, 2000, 2680];

/** Characters XML 1.0 cannot hold (a document containing one will not open) or Word would show as boxes. */
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function clean(s: string): string {
  return s.replace(/[\t\n\r\v\f\u2028\u2029]/g, ' ').replace(UNSAFE, (c) => (c >= '\uD800' && c <= '\uDFFF' ? '\uFFFD' : ''));
}

function run(text: string, bold = false, size?: number, font?: string): TextRun {
  return new TextRun({ text: clean(text), bold, size, ...(font ? { font } : {}) });
}

function blockRuns(b: Block): ParagraphChild[] {
  switch (b.kind) {
    case 'heading':
    case 'paragraph':
      return [run(b.text)];
    case 'labelled':
      // the credential lines (tight) are plain in the letters; other labels are bold
      return [run(`${b.label} `, !b.tight), run(b.text)];
    case 'decision': {
      const { mark, space } = splitSeparator(b.separator);
      return [run(`${b.text}${mark}`, true), run(`${space}${b.decision}`)];
    }
  }
}

/** A header cell: a label (bold, shaded) or a value, in the table's sans-serif. */
function headerCell(text: string, width: number, label: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 20, bottom: 20, left: 80, right: 80 },
    ...(label && text ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: LABEL_SHADE } } : {}),
    children: [new Paragraph({ spacing: { before: 0, after: 0 }, children: [run(text, label, TABLE, TABLE_FONT)] })],
  });
}

function headerTable(doc: LetterDocument): Table | undefined {
  if (!doc.header.length) return undefined;
  const cells = (cell: HeaderCell | undefined, at: number) => [
    headerCell(cell?.label ?? '', COLUMNS[at], true), headerCell(cell?.value ?? '', COLUMNS[at + 1], false),
  ];
  const border = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
  return new Table({
    width: { size: CONTENT, type: WidthType.DXA },
    columnWidths: COLUMNS,
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: doc.header.map(([l, r]) => new TableRow({ cantSplit: true, children: [...cells(l, 0), ...cells(r, 2)] })),
  });
}

/** Pixel size of a PNG or JPEG, read from its header (Word needs the size of an inline image). */
export function imageSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const u32 = (at: number) => ((bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]) >>> 0;
  const u16 = (at: number) => (bytes[at] << 8) | bytes[at + 1];
  if (bytes.length > 24 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) {
    return { width: u32(16), height: u32(20) };
  }
  if (bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let at = 2;
    while (at + 9 < bytes.length && bytes[at] === 0xff) {
      const marker = bytes[at + 1];
      const length = u16(at + 2);
      // SOF0..SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC)
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { width: u16(at + 7), height: u16(at + 5) };
      }
      at += 2 + length;
    }
  }
  return undefined;
}

function letterhead(head: Letterhead | undefined): Paragraph[] {
  if (!head || (!head.image && !head.organisation)) return [];
  const out: Paragraph[] = [];
  const size = head.image ? imageSize(head.image.data) : undefined;
  if (head.image && size && size.width > 0 && size.height > 0) {
    // at most 3 in wide and 0.6 in high (96 px per inch), keeping the aspect ratio
    const scale = Math.min(1, 288 / size.width, 58 / size.height);
    out.push(new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [new ImageRun({
        type: head.image.type === 'image/png' ? 'png' : 'jpg',
        data: head.image.data,
        transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
        altText: { name: 'Letterhead', title: clean(head.organisation ?? 'Letterhead'), description: clean(head.organisation ?? '') },
      })],
    }));
  }
  if (head.organisation) {
    out.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(head.organisation, true, TABLE)] }));
  }
  out.push(new Paragraph({ children: [] }));
  return out;
}

function body(doc: LetterDocument): Paragraph[] {
  const out: Paragraph[] = [];
  let previous: Block | undefined;
  for (const b of doc.blocks) {
    const glued = previous?.kind === 'heading' || (b.kind !== 'heading' && b.kind !== 'decision' && b.tight === true);
    const before = previous === undefined || glued ? 0 : GAP;
    if (b.kind === 'heading') {
      out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before, after: 60 }, children: blockRuns(b) }));
    } else if (b.kind === 'decision') {
      out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before, after: 0 }, children: blockRuns(b) }));
    } else {
      out.push(new Paragraph({ spacing: { before, after: 0 }, widowControl: true, children: blockRuns(b) }));
    }
    previous = b;
  }
  return out;
}

function footer(doc: LetterDocument): Footer {
  const caseNumber = doc.caseNumber ? `IMR Case Number: ${doc.caseNumber}` : '';
  return new Footer({
    children: [new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: CONTENT }],
      children: [
        run(caseNumber, false, FOOTER),
        new TextRun({ size: FOOTER, children: ['\t', 'Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] }),
      ],
    })],
  });
}

/** Renders the letter; resolves to the .docx file's bytes. */
export async function renderDocx(letter: LetterDocument, opts: DocxOptions = {}): Promise<Uint8Array> {
  const meta = letterMetadata(letter);
  const creator = clean(opts.creator ?? 'IMR Final Determination Letters');
  const headingRun = { font: FONT, size: BODY, bold: true, color: '000000' };
  const table = headerTable(letter);
  const file = new Document({
    title: clean(meta.title),
    subject: clean(meta.subject),
    keywords: clean(meta.keywords.join(', ')),
    description: clean(meta.subject),
    creator,
    lastModifiedBy: creator,
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY, language: { value: opts.lang ?? 'en-US' } }, paragraph: { spacing: { after: 0 } } },
        heading1: { run: headingRun, paragraph: { alignment: AlignmentType.CENTER, keepNext: true, keepLines: true } },
        // an item reads as a bold line in the letters, not a display heading: same size, bold item text, plain decision
        heading2: { run: { font: FONT, size: BODY, bold: false, color: '000000' }, paragraph: { keepNext: true, keepLines: true } },
      },
    },
    sections: [{
      properties: {
        page: {
          size: { width: 8.5 * INCH, height: 11 * INCH },
          margin: { top: INCH, bottom: INCH, left: INCH, right: INCH, header: INCH / 2, footer: INCH / 2 },
        },
      },
      ...(opts.pageNumbers !== false ? { footers: { default: footer(letter) } } : {}),
      children: [
        ...letterhead(opts.letterhead),
        ...(table ? [table, new Paragraph({ children: [] })] : []),
        ...body(letter),
      ],
    }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}
