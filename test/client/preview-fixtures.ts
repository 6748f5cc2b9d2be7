/** The preview page as the extension builds it, for a letter: fixtures of the preview tests. */
import { buildDocument, parseLetter } from '../../server/src/language';
import { letterStyles, renderHtmlBody } from '../../server/src/language/render/html';
import { previewPage, type PreviewPage } from '../../client/src/preview/webview-html';

const HOSTILE = '<script>alert(1)</script> "><img src=x onerror=alert(2)> </style><script>alert(3)</script>';

export function hostileLetter(): string {
  return [
    `Case Number: CM17-0000001${HOSTILE}`,
    'Clinical Case Summary:',
    `  ${HOSTILE}`,
    '',
    `Item: ${HOSTILE}`,
    '  Decision: Upheld',
    '  MAXIMUS guideline: MTUS Low Back Complaints 2004',
    '  Decision rationale:',
    `    ${HOSTILE} Therefore the request is not medically necessary.`,
    '',
  ].join('\n');
}

export function pageFor(letterText: string, overrides: Partial<PreviewPage> = {}): string {
  return previewPage({
    cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
    nonce: 'n0nce-for-tests',
    scripts: ['https://file+.vscode-resource.vscode-cdn.net/media/preview/scroll-sync.js', 'https://file+.vscode-resource.vscode-cdn.net/media/preview/preview.js'],
    stylesheet: 'https://file+.vscode-resource.vscode-cdn.net/media/preview/preview.css',
    letterCss: letterStyles('paper'),
    look: 'paper',
    letterHtml: renderHtmlBody(buildDocument(parseLetter(letterText)), { look: 'paper' }),
    title: 'Preview letter.imr',
    settings: { uri: 'file:///cases/letter.imr', version: 1, problems: [], scrollEditorWithPreview: true, doubleClickToSwitchToEditor: true },
    ...overrides,
  });
}
