/** The preview page's HTML: CSP, nonce, and nothing from the letter or the settings that can become markup. */
import assert from 'node:assert/strict';
import { isFromWebview } from '../../client/src/preview/messages';
import { contentSecurityPolicy, escapeAttribute, newNonce } from '../../client/src/preview/webview-html';
import { hostileLetter, pageFor } from './preview-fixtures';

describe('preview page', () => {
  it('has a strict policy: nonce\'d scripts and styles only, resources from the extension, no forms', () => {
    assert.equal(contentSecurityPolicy('https://x.test', 'abc'),
      "default-src 'none'; style-src https://x.test 'nonce-abc'; script-src 'nonce-abc'; img-src https://x.test data:; font-src https://x.test; form-action 'none'; base-uri 'none'");
    const html = pageFor(hostileLetter());
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src https:\/\/file\+\.vscode-resource\.vscode-cdn\.net &#39;nonce-n0nce-for-tests&#39;; script-src &#39;nonce-n0nce-for-tests&#39;;/);
    assert.doesNotMatch(html, /unsafe-inline|unsafe-eval/);
  });

  it('loads only its own two scripts, both with the nonce, and no inline script at all', () => {
    const html = pageFor(hostileLetter());
    const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]);
    assert.deepEqual(scripts, [
      '<script nonce="n0nce-for-tests" src="https://file+.vscode-resource.vscode-cdn.net/media/preview/scroll-sync.js">',
      '<script nonce="n0nce-for-tests" src="https://file+.vscode-resource.vscode-cdn.net/media/preview/preview.js">',
    ]);
    assert.doesNotMatch(html, /<img|<\/style><script/i);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  });

  it('puts settings and problems in as escaped data, never as markup', () => {
    const html = pageFor('Item: x\n', {
      settings: {
        uri: 'file:///cases/"><script>alert(4)</script>.imr', version: 7, line: 12.5,
        problems: [{ line: 2, message: '</script><script>alert(5)</script>' }], scrollEditorWithPreview: false, doubleClickToSwitchToEditor: true,
      },
    });
    const meta = /<meta id="imr-preview-settings" data-settings="([^"]*)">/.exec(html);
    assert.ok(meta, 'the settings element is there');
    const decoded = meta[1].replace(/&quot;/g, '"').replace(/&#39;/g, '\'').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    assert.deepEqual(JSON.parse(decoded).problems, [{ line: 2, message: '</script><script>alert(5)</script>' }]);
    assert.equal([...html.matchAll(/<script\b/gi)].length, 2);
  });

  it('makes a new unguessable nonce each time', () => {
    const a = newNonce();
    assert.match(a, /^[A-Za-z0-9_-]{24}$/);
    assert.notEqual(a, newNonce());
    assert.equal(escapeAttribute('a"b\'c<d>&'), 'a&quot;b&#39;c&lt;d&gt;&amp;');
  });

  it('accepts only the messages the page may send', () => {
    assert.equal(isFromWebview({ type: 'revealLine', line: 3.5 }), true);
    assert.equal(isFromWebview({ type: 'openLine', line: 'x' }), false);
    assert.equal(isFromWebview({ type: 'shown', top: 12.5, bottom: 40 }), true);
    assert.equal(isFromWebview({ type: 'shown', top: 12.5 }), false, 'both ends of the lines shown');
    assert.equal(isFromWebview({ type: 'ready', version: 2 }), true);
    assert.equal(isFromWebview({ type: 'runCommand', command: 'workbench.action.quit' }), false);
    assert.equal(isFromWebview(null), false);
    assert.equal(isFromWebview({ type: 'revealLine', line: Number.NaN }), false);
  });
});
