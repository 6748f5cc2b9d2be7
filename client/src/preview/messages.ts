/**
 * The messages between the preview panel and its webview script (media/preview/preview.js), both directions as
 * typed unions. The webview is plain JavaScript, so this file is its contract: change both together.
 */

export interface SyntaxProblem { line: number; message: string }

/** What the webview script reads from its settings element when the page loads. */
export interface WebviewSettings {
  /** the letter's URI, kept in the webview's state so a reload can restore the preview */
  uri: string;
  /** the source line to scroll to on load (a fractional line keeps the position inside a block) */
  line?: number;
  /** the editor's cursor line when the preview opened: brought into view on load unless already shown */
  cursorLine?: number;
  /** the version of the letter in the page as loaded */
  version: number;
  problems: SyntaxProblem[];
  scrollEditorWithPreview: boolean;
  doubleClickToSwitchToEditor: boolean;
}

export type ToWebview =
  /** new markup for the letter; with problems, the page shows them and keeps the last letter without any */
  | { type: 'update'; version: number; html: string; problems: SyntaxProblem[] }
  /** the editor scrolled: show this source line at the top */
  | { type: 'scrollToLine'; line: number };

export type FromWebview =
  /** the page has loaded and applied its initial content */
  | { type: 'ready'; version: number }
  /** an update was applied (for tests and for the version guard) */
  | { type: 'applied'; version: number }
  /** the source lines the page shows after it positioned itself on load (top and bottom of the viewport) */
  | { type: 'shown'; top: number; bottom: number }
  /** the page scrolled by the user: the source line now at the top */
  | { type: 'revealLine'; line: number }
  /** double-click on the letter, or a click on a problem: open the editor at this line */
  | { type: 'openLine'; line: number };

export function isFromWebview(m: unknown): m is FromWebview {
  if (typeof m !== 'object' || m === null) return false;
  const { type } = m as { type?: unknown };
  const num = (k: string) => typeof (m as Record<string, unknown>)[k] === 'number' && Number.isFinite((m as Record<string, number>)[k]);
  switch (type) {
    case 'ready': case 'applied': return num('version');
    case 'revealLine': case 'openLine': return num('line');
    case 'shown': return num('top') && num('bottom');
    default: return false;
  }
}
