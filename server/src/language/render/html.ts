/**
 * The letter as HTML: `renderHtmlBody` is the markup the live preview shows, `renderHtmlDocument` a self-contained
 * file (inline CSS, no scripts, no external requests) that prints like the public letters. Every string from the
 * `.imr` goes through `text()`, so nothing typed in a letter can become markup.
 */
import { letterMetadata, type Block, type HeaderCell, type LetterDocument } from './model';
import { bytesToBase64 } from '../text/base64';

export type HtmlLook = 'paper' | 'editor';

/** An optional letterhead; the image is inlined as a data: URI (only PNG and JPEG, which browsers never run). */
export interface Letterhead {
  organisation?: string;
  image?: { data: Uint8Array; type: 'image/png' | 'image/jpeg' };
}

export interface HtmlOptions {
  /** `paper` (default): black on white like the printed letter; `editor`: follows the VS Code theme */
  look?: HtmlLook;
  letterhead?: Letterhead;
  /** BCP 47 language tag of the letter, `en-US` by default */
  lang?: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' };

/**
 * Characters HTML cannot carry or a reader cannot see: C0/C1 controls (tab and newlines become spaces), Unicode
 * noncharacters and unpaired surrogates (which would not survive UTF-8 encoding).
 */
const UNSAFE = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function clean(s: string): string {
  return s.replace(/[\t\n\r\f\v]/g, ' ').replace(UNSAFE, (c) => (c >= '\uD800' && c <= '\uDFFF' ? '\uFFFD' : ''));
}

/** Escapes for element content and double- or single-quoted attribute values alike. */
export function escapeHtml(s: string): string {
  return clean(s).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Placeholders the model writes (`[Decision missing]`) and the public copy's marker, so the preview can show them. */
const MARKERS = /\[(?:[^[\]]{1,80} missing|redacted)\]/g;

/** Letter text as inline HTML: escaped, with placeholders marked, in a span isolated for bidi (RTL marks stay inside). */
function text(s: string): string {
  let out = '';
  let at = 0;
  for (const m of s.matchAll(MARKERS)) {
    out += escapeHtml(s.slice(at, m.index));
    const kind = m[0] === '[redacted]' ? 'imr-redacted' : 'imr-missing';
    out += `<span class="${kind}">${escapeHtml(m[0])}</span>`;
    at = m.index + m[0].length;
  }
  out += escapeHtml(s.slice(at));
  return `<span class="imr-text">${out}</span>`;
}

function lineAttr(line: number | undefined): string {
  return line === undefined || !Number.isInteger(line) || line < 0 ? '' : ` data-line="${line}"`;
}

function headerCells(cell: HeaderCell | undefined): string {
  if (!cell) return '<th scope="row" class="imr-header-label"></th><td class="imr-header-value"></td>';
  const attrs = `${lineAttr(cell.line)} data-field="${escapeHtml(cell.key)}"`;
  return `<th scope="row" class="imr-header-label"${attrs}>${text(cell.label)}</th>` +
    `<td class="imr-header-value"${attrs}>${text(cell.value)}</td>`;
}

function headerTable(doc: LetterDocument): string {
  if (!doc.header.length) return '';
  const rows = doc.header.map(([l, r]) => `<tr>${headerCells(l)}${headerCells(r)}</tr>`);
  return `<table class="imr-header"><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

/** `': '` to the colon (bold with the item, as in the letters) and the spaces before the decision word. */
export function splitSeparator(separator: string): { mark: string; space: string } {
  const mark = separator.trimEnd();
  return { mark, space: separator.slice(mark.length) || ' ' };
}

function block(b: Block): string {
  const classes = (kind: string, tight?: boolean) => `imr-block imr-${kind}${tight ? ' imr-tight' : ''}`;
  switch (b.kind) {
    case 'heading':
      return `<h1 class="${classes('heading')}"${lineAttr(b.line)}>${text(b.text)}</h1>`;
    case 'paragraph':
      return `<p class="${classes('paragraph', b.tight)}"${lineAttr(b.line)}>${text(b.text)}</p>`;
    case 'labelled': {
      // the credential lines (tight) are plain in the letters; other labels are bold
      const tag = b.tight ? 'span' : 'strong';
      return `<p class="${classes('labelled', b.tight)}"${lineAttr(b.line)}><${tag} class="imr-label">${text(b.label)}</${tag}> ${text(b.text)}</p>`;
    }
    case 'decision': {
      const { mark, space } = splitSeparator(b.separator);
      return `<h2 class="${classes('decision')}"${lineAttr(b.line)}><span class="imr-item-text">${text(b.text)}` +
        `<span class="imr-separator">${escapeHtml(mark)}</span></span>${escapeHtml(space)}` +
        `<span class="imr-decision-word">${text(b.decision)}</span></h2>`;
    }
  }
}

function letterhead(head: Letterhead | undefined): string {
  if (!head || (!head.image && !head.organisation)) return '';
  const parts: string[] = [];
  if (head.image && (head.image.type === 'image/png' || head.image.type === 'image/jpeg')) {
    const alt = head.organisation ? escapeHtml(head.organisation) : '';
    parts.push(`<img class="imr-letterhead-image" alt="${alt}" src="data:${head.image.type};base64,${bytesToBase64(head.image.data)}">`);
  }
  if (head.organisation) parts.push(`<div class="imr-organisation">${text(head.organisation)}</div>`);
  return `<header class="imr-letterhead">${parts.join('')}</header>`;
}

/**
 * The letter's markup: one element per block (`data-line` = the block's 0-based source line when known, classes
 * `imr-heading`, `imr-paragraph`, `imr-labelled`, `imr-decision`), each section in a `section.imr-section` and each
 * disputed item's blocks in a `div.imr-item` (`id="imr-item-N"`, `data-item` = 0-based index).
 */
export function renderHtmlBody(doc: LetterDocument, opts: HtmlOptions = {}): string {
  const look = opts.look === 'editor' ? 'editor' : 'paper';
  const lang = escapeHtml(opts.lang ?? 'en-US');
  const out: string[] = [`<article class="imr-letter imr-look-${look}" lang="${lang}" data-layout="${escapeHtml(doc.layout.name)}">`];
  const head = letterhead(opts.letterhead);
  if (head) out.push(head);
  const table = headerTable(doc);
  if (table) out.push(table);
  let section = 0;
  let inSection = false;
  let inItem = false;
  const closeItem = () => { if (inItem) out.push('</div>'); inItem = false; };
  const closeSection = () => { closeItem(); if (inSection) out.push('</section>'); inSection = false; };
  for (const b of doc.blocks) {
    if (b.kind === 'heading') {
      closeSection();
      section++;
      out.push(`<section class="imr-section" id="imr-section-${section}">`);
      inSection = true;
    } else if (b.kind === 'decision') {
      closeItem();
      const word = doc.items.find((i) => i.index === b.itemIndex)?.decision;
      const decision = word ? ` data-decision="${escapeHtml(word)}"` : '';
      out.push(`<div class="imr-item" id="imr-item-${b.itemIndex + 1}" data-item="${b.itemIndex}"${decision}>`);
      inItem = true;
    }
    out.push(block(b));
  }
  closeSection();
  out.push('</article>');
  return `${out.join('\n')}\n`;
}

const PRINT_CSS = `
@page { size: letter; margin: 1in 1in 0.9in; }
@media print {
  html, body { background: #fff !important; color: #000 !important; }
  .imr-letter { margin: 0 !important; padding: 0 !important; box-shadow: none !important; max-width: none !important;
    background: #fff !important; color: #000 !important; }
  .imr-header th, .imr-header td { border-color: #000 !important; }
  .imr-heading, .imr-decision { break-after: avoid; page-break-after: avoid; }
  .imr-header, .imr-decision, .imr-tight { break-inside: avoid; page-break-inside: avoid; }
  .imr-block { orphans: 2; widows: 2; }
}`;

const BASE_CSS = `
.imr-letter { font-size: 12pt; line-height: 1.2; overflow-wrap: anywhere; word-break: normal; box-sizing: border-box; }
.imr-letter .imr-text { unicode-bidi: isolate; white-space: normal; }
/* the header table sizes its columns to their words (auto layout): a label such as "Application Received" stays
   on one line while there is room and otherwise wraps between its words, never inside one; only values (long case
   or claim numbers) may break inside a word, and only when nothing else fits: a narrow side pane never splits a label */
.imr-header { width: 100%; border-collapse: collapse; table-layout: auto; margin: 0 0 12pt; font-size: 9pt; }
.imr-header th, .imr-header td { border: 1px solid; padding: 1pt 4pt; text-align: left; vertical-align: top; }
.imr-header th { font-weight: bold; width: 1%; overflow-wrap: normal; word-break: normal; hyphens: manual; }
.imr-header th, .imr-header th .imr-text { white-space: nowrap; }
.imr-header td { font-weight: normal; overflow-wrap: break-word; }
@media (max-width: 34em) { .imr-header th { width: auto; } .imr-header th, .imr-header th .imr-text { white-space: normal; } }
@media (max-width: 24em) { .imr-header td { overflow-wrap: anywhere; } }
.imr-block { margin: 12pt 0 0; font-size: 12pt; }
.imr-heading { text-align: center; font-weight: bold; margin-top: 12pt; }
.imr-section:first-of-type > .imr-heading { margin-top: 0; }
.imr-heading + .imr-block, .imr-tight { margin-top: 0; }
.imr-decision { font-weight: normal; }
.imr-item-text, strong.imr-label { font-weight: bold; }
.imr-decision-word { font-weight: normal; }
.imr-letterhead { display: flex; flex-direction: column; align-items: flex-end; margin: 0 0 12pt; }
.imr-letterhead-image { max-height: 0.75in; max-width: 3in; }
.imr-organisation { font-weight: bold; }
.imr-missing { font-style: italic; }`;

const LOOK_CSS: Record<HtmlLook, string> = {
  paper: `
body { margin: 0; background: #e8e8e8; }
.imr-letter { font-family: "Times New Roman", "Liberation Serif", Tinos, "DejaVu Serif", Times, serif; color: #000;
  background: #fff; max-width: 8.5in; margin: 0.25in auto; padding: 1in; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.3); }
.imr-header { font-family: Arial, "Liberation Sans", Arimo, Helvetica, sans-serif; }
.imr-header th, .imr-header td { border-color: #000; }
.imr-header th:not(:empty) { background: #d9d9d9; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
@media screen and (max-width: 40em) { .imr-letter { margin: 0; padding: 0.25in; } }
.imr-missing { background: #fff3b0; }
.imr-redacted { background: #000; color: #fff; }`,
  editor: `
body { margin: 0; background: var(--vscode-editor-background, #ffffff); color: var(--vscode-editor-foreground, #1f1f1f); }
.imr-letter { font-family: var(--vscode-font-family, -apple-system, "Segoe UI", system-ui, sans-serif);
  color: var(--vscode-editor-foreground, #1f1f1f); max-width: 52em; margin: 0 auto; padding: 1em 1.5em; }
.imr-block, .imr-heading { font-size: var(--vscode-font-size, 13px); }
.imr-header { font-size: calc(var(--vscode-font-size, 13px) * 0.92); }
.imr-header th, .imr-header td { border-color: var(--vscode-panel-border, rgba(128, 128, 128, 0.35)); }
.imr-header th { background: var(--vscode-editorWidget-background, rgba(128, 128, 128, 0.08)); }
.imr-missing { color: var(--vscode-editorWarning-foreground, #bf8803); }
.imr-redacted { background: var(--vscode-editor-foreground, #1f1f1f); color: var(--vscode-editor-background, #ffffff); }
.imr-item[data-decision="Overturned"] .imr-decision-word { color: var(--vscode-charts-green, #388a34); }
.imr-item[data-decision="Upheld"] .imr-decision-word { color: var(--vscode-charts-red, #c72e0f); }`,
};

/** The stylesheet of a look, for the preview to inline next to `renderHtmlBody` (print rules included). */
export function letterStyles(look: HtmlLook = 'paper'): string {
  return `${BASE_CSS}\n${LOOK_CSS[look === 'editor' ? 'editor' : 'paper']}\n${PRINT_CSS}\n`;
}

/** A complete, self-contained HTML file; its CSP forbids scripts and every fetch but inline styles and data: images. */
export function renderHtmlDocument(doc: LetterDocument, opts: HtmlOptions = {}): string {
  const meta = letterMetadata(doc);
  const look = opts.look === 'editor' ? 'editor' : 'paper';
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(opts.lang ?? 'en-US')}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<meta name="description" content="${escapeHtml(meta.subject)}">`,
    `<meta name="keywords" content="${escapeHtml(meta.keywords.join(', '))}">`,
    `<title>${escapeHtml(meta.title)}</title>`,
    `<style>${letterStyles(look)}</style>`,
    '</head>',
    `<body class="imr-look-${look}">`,
    renderHtmlBody(doc, opts).trimEnd(),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
