/**
 * The preview page: a strict Content Security Policy with a fresh nonce, the letter's stylesheet inline (nonce'd),
 * the preview's own stylesheet and scripts from the extension's media/ folder, and the server-rendered letter.
 *
 * Nothing from the letter can run as script: the server escapes every string of the .imr (render/html.ts), the
 * CSP allows only scripts carrying this page's nonce, and the page script only ever assigns server-rendered markup
 * to innerHTML (problems and settings go in as text). Keep it that way: never build markup from letter text here.
 */
import type { PreviewLook } from '../../../server/src/protocol';
import type { WebviewSettings } from './messages';

export interface PreviewPage {
  /** `webview.cspSource` */
  cspSource: string;
  nonce: string;
  /** webview URIs of the preview's scripts, in load order */
  scripts: string[];
  /** webview URI of the preview's own stylesheet (problems banner, stale state) */
  stylesheet: string;
  /** the letter's stylesheet for the look (`letterStyles` from the HTML renderer) */
  letterCss: string;
  look: PreviewLook;
  /** server-rendered markup: every letter string already escaped */
  letterHtml: string;
  settings: WebviewSettings;
  title: string;
}

/** 18 random bytes as base64url; Web Crypto is a global in Node and in the web extension host alike. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${cspSource} data:`,
    `font-src ${cspSource}`,
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
}

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' };

export function escapeAttribute(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ATTRIBUTE_ESCAPES[c]);
}

export function previewPage(p: PreviewPage): string {
  const nonce = escapeAttribute(p.nonce);
  // the stylesheet is the renderer's constant text; still, nothing in it may close the element early
  const css = p.letterCss.replace(/<\//g, '<\\/');
  const scripts = p.scripts.map((src) => `<script nonce="${nonce}" src="${escapeAttribute(src)}"></script>`).join('\n');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy(p.cspSource, p.nonce))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta id="imr-preview-settings" data-settings="${escapeAttribute(JSON.stringify(p.settings))}">`,
    `<title>${escapeAttribute(p.title)}</title>`,
    `<link rel="stylesheet" href="${escapeAttribute(p.stylesheet)}">`,
    `<style nonce="${nonce}">${css}</style>`,
    '</head>',
    `<body class="imr-preview imr-look-${p.look === 'editor' ? 'editor' : 'paper'}">`,
    '<div id="imr-problems" class="imr-problems" role="alert" hidden></div>',
    `<main id="imr-letter" class="imr-letter-host">${p.letterHtml}</main>`,
    scripts,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
