/**
 * The text of a PDF letter laid out the way `pdftotext -layout` lays it out, so that `importLetterText` reads it
 * as it reads the published letters: text runs grouped into lines by their baseline, ordered by x, a gap between
 * columns kept as a run of spaces (the header table is two columns), blank lines where the vertical gap is larger
 * than the usual line spacing, and a form feed before each page after the first.
 *
 * Extraction is in-process with pdfjs-dist (pure JavaScript, no network, no eval). Page furniture that the PDF
 * marks as an artifact (our own renderer's footers) is left out, as a reader would. What cannot be placed is not
 * guessed at: it is reported in `notes`.
 */
import { createRequire } from 'module';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type TextContent = Awaited<ReturnType<PDFPageProxy['getTextContent']>>;
type ContentItem = TextContent['items'][number];

export interface PdfText {
  /** the letter's text, lines separated by `\n`, pages by `\f` */
  text: string;
  pages: number;
  /** what was left out or looked doubtful, in words a person can act on */
  notes: string[];
}

/** A PDF that cannot be read at all; `reason` says why in words. */
export class PdfTextError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'PdfTextError';
  }
}

/** One piece of upright text in page coordinates: x to the right, y (the baseline) downwards from the top. */
interface Run { str: string; x: number; y: number; width: number; size: number }
interface Line { y: number; size: number; runs: Run[] }

let loading: Promise<PdfJs> | undefined;

function canvasInstalled(): boolean {
  try {
    createRequire(__filename).resolve('@napi-rs/canvas');
    return true;
  } catch {
    return false;
  }
}

/**
 * Loads pdfjs once. It is ESM; the dynamic import works from the tsc output (Node loads the .mjs) and from the
 * esbuild bundles (the CLI's loads dist/pdfjs/pdf.mjs, built apart by esbuild.mjs; others inline it). pdfjs runs
 * its "worker" in this thread under Node; the handler is imported here rather than found by pdfjs itself.
 */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const scope = globalThis as { DOMMatrix?: unknown; pdfjsWorker?: unknown };
    // pdfjs builds a DOMMatrix when it loads (for drawing, which we never do), taking it from the optional
    // @napi-rs/canvas; where that is not installed the load would fail. An identity stand-in is enough for text.
    if (!scope.DOMMatrix && !canvasInstalled()) {
      scope.DOMMatrix = class DOMMatrixStandIn {
        a = 1; b = 0; c = 0; d = 1; e = 0; f = 0;
      };
    }
    // its load-time complaints about drawing support concern rendering only: keep them off the user's terminal
    const warn = console.warn;
    console.warn = (...args: unknown[]) => { if (!/^Warning: Cannot (load|polyfill|access)/.test(String(args[0]))) warn(...args); };
    try {
      const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
      // @ts-expect-error pdfjs ships no type declarations for its worker module; only its presence matters here
      scope.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return lib;
    } finally {
      console.warn = warn;
    }
  })();
  return loading;
}

const isTextItem = (item: ContentItem): item is Extract<ContentItem, { str: string }> => 'str' in item;

/** The upright runs of one page, artifacts left out; `skipped` counts rotated or vertical text. */
async function pageRuns(lib: PdfJs, page: PDFPageProxy): Promise<{ runs: Run[]; skipped: number }> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent({ includeMarkedContent: true });
  const runs: Run[] = [];
  const artifact: boolean[] = [];
  let skipped = 0;
  for (const item of content.items) {
    if (!isTextItem(item)) {
      if (item.type === 'endMarkedContent') artifact.pop();
      else artifact.push((item as { tag?: string }).tag === 'Artifact');
      continue;
    }
    if (artifact.includes(true)) continue;
    // zero-width spaces (break opportunities) and soft hyphens are invisible: not part of the words
    const str = item.str.replace(/[\u200B\u00AD]/g, '');
    if (!str.trim()) continue;
    const [a, b, c, d, x, y] = lib.Util.transform(viewport.transform, item.transform as number[]) as number[];
    const size = Math.hypot(c, d);
    // device space has y downwards, so upright text has a > 0 and d < 0 with no shear
    if (Math.abs(b) > 1e-3 * size || Math.abs(c) > 1e-3 * size || a <= 0 || d >= 0 || item.dir === 'ttb') { skipped++; continue; }
    runs.push({ str, x, y, width: item.width * viewport.scale, size: size || 1 });
  }
  return { runs, skipped };
}

/** Runs whose baselines lie within 40% of the smaller font size of each other share a line. */
function toLines(runs: Run[]): Line[] {
  const lines: Line[] = [];
  for (const run of [...runs].sort((p, q) => p.y - q.y || p.x - q.x)) {
    const line = lines.at(-1);
    if (line && Math.abs(run.y - line.y) < 0.4 * Math.min(line.size, run.size)) { line.runs.push(run); continue; }
    lines.push({ y: run.y, size: run.size, runs: [run] });
  }
  for (const line of lines) {
    line.runs.sort((p, q) => p.x - q.x);
    // text drawn twice a hair apart (fake bold) would otherwise come out doubled
    line.runs = line.runs.filter((r, i, all) => i === 0 || r.str !== all[i - 1].str || Math.abs(r.x - all[i - 1].x) > 0.2 * r.size);
  }
  return lines;
}

/**
 * One line as text. Runs that touch join; a gap of up to about a word space becomes one space; a wider gap
 * moves the text to its column (x over the average character width), so columns line up as in pdftotext.
 */
function layoutLine(runs: Run[], left: number, charWidth: number): string {
  let out = '';
  let end = -Infinity;
  for (const run of runs) {
    const gap = run.x - end;
    if (out && gap < 0.1 * run.size) {
      out += run.str;
    } else {
      const needsSpace = out !== '' && !out.endsWith(' ') && !run.str.startsWith(' ');
      const least = out.length + (needsSpace ? 1 : 0);
      const column = out && gap < 0.6 * run.size ? least : Math.max(least, Math.round((run.x - left) / charWidth));
      out += ' '.repeat(column - out.length) + run.str;
    }
    end = Math.max(end, run.x + run.width);
  }
  return out.replace(/\s+$/, '');
}

/** The most common distance between successive baselines: the body's line spacing. */
function linePitch(pages: Line[][]): number {
  const counts = new Map<number, number>();
  let sizes = 0;
  let lines = 0;
  for (const page of pages) {
    page.forEach((line, i) => {
      sizes += line.size;
      lines++;
      if (i === 0) return;
      const gap = Math.round((line.y - page[i - 1].y) * 2) / 2;
      if (gap > 0) counts.set(gap, (counts.get(gap) ?? 0) + 1);
    });
  }
  let pitch = 0;
  let best = 0;
  for (const [gap, n] of counts) if (n > best || (n === best && gap < pitch)) { pitch = gap; best = n; }
  return pitch || (lines ? 1.2 * (sizes / lines) : 14);
}

async function hasImages(lib: PdfJs, page: PDFPageProxy): Promise<boolean> {
  const painting = new Set<number>([lib.OPS.paintImageXObject, lib.OPS.paintInlineImageXObject, lib.OPS.paintImageXObjectRepeat, lib.OPS.paintImageMaskXObject]);
  const ops = await page.getOperatorList();
  return ops.fnArray.some((fn) => painting.has(fn));
}

function describe(e: unknown): string {
  const name = (e as { name?: string } | undefined)?.name;
  if (name === 'PasswordException') return 'the PDF is password-protected';
  if (name === 'InvalidPDFException') return 'not a PDF, or a damaged one';
  if (name === 'FormatError') return `the PDF is damaged: ${(e as Error).message}`;
  return `cannot read the PDF: ${e instanceof Error ? e.message : String(e)}`;
}

/** The PDF's text, laid out like `pdftotext -layout`. Rejects with a PdfTextError when there is nothing to read. */
export async function pdfLayoutText(data: Uint8Array): Promise<PdfText> {
  const lib = await loadPdfJs();
  const task = lib.getDocument({
    data, verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false,
  });
  let pdf: PDFDocumentProxy;
  try {
    pdf = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    throw new PdfTextError(describe(e));
  }
  const notes: string[] = [];
  try {
    const pages: Run[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const { runs, skipped } = await pageRuns(lib, page);
      // a page with no text is blank, or a picture of text (a scan) that only OCR could read: say which
      if (!runs.length && await hasImages(lib, page)) notes.push(`page ${n}: an image without text (a scan?); nothing taken from it`);
      page.cleanup();
      if (skipped) notes.push(`page ${n}: ${skipped} piece${skipped === 1 ? '' : 's'} of rotated or vertical text left out`);
      pages.push(runs);
    }
    const all = pages.flat();
    if (!all.length) throw new PdfTextError('the PDF has no text to extract (a scanned image?); nothing to import');
    const chars = all.reduce((n, r) => n + r.str.length, 0);
    const charWidth = all.reduce((w, r) => w + r.width, 0) / chars || 5;
    const left = all.reduce((m, r) => Math.min(m, r.x), Infinity);
    const lines = pages.map(toLines);
    const pitch = linePitch(lines);
    const text = lines.map((page) => {
      const out: string[] = [];
      page.forEach((line, i) => {
        // a gap of two line spacings or more is a paragraph break: blank lines as pdftotext gives them
        if (i > 0) for (let k = Math.floor((line.y - page[i - 1].y) / pitch - 0.6); k > 0; k--) out.push('');
        out.push(layoutLine(line.runs, left, charWidth));
      });
      return out.map((l) => `${l}\n`).join('');
    }).join('\f');
    return { text, pages: pdf.numPages, notes };
  } catch (e) {
    if (e instanceof PdfTextError) throw e;
    throw new PdfTextError(describe(e));
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
