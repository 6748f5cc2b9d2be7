// @ts-check
/**
 * The live preview page. It receives server-rendered letter markup and patches it in (so the scroll position
 * survives), shows syntax problems as text, and keeps the editor and the page scrolled together.
 *
 * Security: the only markup assigned to innerHTML is the server's rendering, in which every string of the letter is
 * escaped (server/src/language/render/html.ts); problems and everything else go in through textContent. The page's
 * CSP allows only scripts with its nonce. Keep it that way.
 *
 * Messages: see client/src/preview/messages.ts.
 */
(function () {
  // @ts-ignore acquireVsCodeApi is provided by the webview host
  const vscode = acquireVsCodeApi();
  // @ts-ignore set by scroll-sync.js
  const sync = /** @type {{ lineAtOffset(b: Block[], o: number): number, offsetOfLine(b: Block[], l: number): number }} */ (window.imrScrollSync);
  /** @typedef {{ line: number, top: number, height: number }} Block */
  /** @typedef {{ line: number, message: string }} Problem */

  const settingsElement = /** @type {HTMLElement} */ (document.getElementById('imr-preview-settings'));
  /** @type {{ uri: string, line?: number, cursorLine?: number, version: number, problems: Problem[], scrollEditorWithPreview: boolean, doubleClickToSwitchToEditor: boolean }} */
  const settings = JSON.parse(settingsElement.dataset.settings || '{}');
  const letter = /** @type {HTMLElement} */ (document.getElementById('imr-letter'));
  const problemsBox = /** @type {HTMLElement} */ (document.getElementById('imr-problems'));

  /** the page shows a letter rendered without syntax problems */
  let hasGoodLetter = settings.problems.length === 0;
  let version = settings.version;
  /** scroll events caused by our own scrolling are not reported back */
  let ignoreScrolls = 0;

  /** @returns {Block[]} */
  function blocks() {
    const out = [];
    const scrollY = window.scrollY;
    for (const el of letter.querySelectorAll('[data-line]')) {
      const line = Number(/** @type {HTMLElement} */ (el).dataset.line);
      const rect = el.getBoundingClientRect();
      if (!rect.height && !rect.width) continue;
      out.push({ line, top: rect.top + scrollY, height: rect.height });
    }
    return out;
  }

  function saveState(line) {
    vscode.setState({ uri: settings.uri, line });
  }

  function scrollToLine(line) {
    const target = Math.max(0, Math.round(sync.offsetOfLine(blocks(), line)));
    saveState(line);
    // no scroll event comes when the page is already there: only then is there an echo to ignore
    if (Math.abs(window.scrollY - target) < 1) return;
    ignoreScrolls++;
    window.scrollTo(0, target);
  }

  /** @param {Problem[]} problems */
  function showProblems(problems) {
    problemsBox.replaceChildren();
    problemsBox.hidden = problems.length === 0;
    document.body.classList.toggle('imr-has-problems', problems.length > 0);
    if (!problems.length) return;
    const heading = document.createElement('p');
    heading.className = 'imr-problems-heading';
    // the action first: what to fix, then what the page shows meanwhile
    heading.textContent = problems.length === 1
      ? 'Fix this syntax problem to update the preview (it shows the last version without one):'
      : `Fix these ${problems.length} syntax problems to update the preview (it shows the last version without any):`;
    if (!hasGoodLetter) heading.textContent = problems.length === 1 ? 'Fix this syntax problem to see the letter:' : `Fix these ${problems.length} syntax problems to see the letter:`;
    const list = document.createElement('ul');
    for (const p of problems.slice(0, 50)) {
      const item = document.createElement('li');
      if (p.line >= 0) {
        const link = document.createElement('a');
        link.href = '#';
        link.className = 'imr-problem-line';
        link.textContent = `Line ${p.line + 1}`;
        link.addEventListener('click', (e) => {
          e.preventDefault();
          vscode.postMessage({ type: 'openLine', line: p.line });
        });
        item.append(link, ': ');
      }
      item.append(p.message);
      list.append(item);
    }
    if (problems.length > 50) {
      const more = document.createElement('li');
      more.textContent = `See the Problems panel for the ${problems.length - 50} more.`;
      list.append(more);
    }
    problemsBox.append(heading, list);
  }

  /** @param {{ version: number, html: string, problems: Problem[] }} m */
  function update(m) {
    if (m.problems.length === 0 || !hasGoodLetter) letter.innerHTML = m.html;
    if (m.problems.length === 0) hasGoodLetter = true;
    letter.classList.toggle('imr-stale', m.problems.length > 0 && hasGoodLetter);
    showProblems(m.problems);
    version = m.version;
    vscode.postMessage({ type: 'applied', version });
  }

  window.addEventListener('message', (event) => {
    const m = event.data;
    if (!m || typeof m !== 'object') return;
    if (m.type === 'update' && typeof m.html === 'string' && Array.isArray(m.problems)) update(m);
    else if (m.type === 'scrollToLine' && typeof m.line === 'number') scrollToLine(m.line);
  });

  let scrollFrame = 0;
  window.addEventListener('scroll', () => {
    if (ignoreScrolls > 0) {
      ignoreScrolls--;
      return;
    }
    if (scrollFrame) return;
    scrollFrame = requestAnimationFrame(() => {
      scrollFrame = 0;
      const line = sync.lineAtOffset(blocks(), window.scrollY);
      saveState(line);
      if (settings.scrollEditorWithPreview) vscode.postMessage({ type: 'revealLine', line });
    });
  }, { passive: true });

  letter.addEventListener('dblclick', (event) => {
    if (!settings.doubleClickToSwitchToEditor) return;
    const target = /** @type {Element | null} */ (event.target instanceof Element ? event.target.closest('[data-line]') : null);
    const line = target ? Number(/** @type {HTMLElement} */ (target).dataset.line) : sync.lineAtOffset(blocks(), window.scrollY + event.clientY);
    if (Number.isFinite(line)) vscode.postMessage({ type: 'openLine', line: Math.floor(line) });
  });

  /**
   * Brings the block of the editor's cursor into view when it is not (a third of the way down, so the section
   * it belongs to shows above it); the editor is not told, as it did not move.
   */
  function revealCursor(cursorLine) {
    const list = blocks();
    const at = sync.offsetOfLine(list, cursorLine);
    const top = window.scrollY;
    const height = window.innerHeight;
    if (at >= top && at <= top + height * 0.75) return;
    const target = Math.max(0, Math.round(at - height / 3));
    saveState(sync.lineAtOffset(list, target));
    if (Math.abs(window.scrollY - target) < 1) return;
    ignoreScrolls++;
    window.scrollTo(0, target);
  }

  /** tells the extension which source lines the page shows (from the top of the viewport to its bottom) */
  function reportShown() {
    const list = blocks();
    vscode.postMessage({ type: 'shown', top: sync.lineAtOffset(list, window.scrollY), bottom: sync.lineAtOffset(list, window.scrollY + window.innerHeight) });
  }

  // the page as loaded: problems, then the scroll position it had (a reload, or the panel shown again), or else
  // the editor's: its top line, with its cursor in view
  if (!hasGoodLetter) letter.classList.remove('imr-stale');
  showProblems(settings.problems);
  const saved = vscode.getState();
  const restored = saved && saved.uri === settings.uri && typeof saved.line === 'number';
  const line = restored ? saved.line : settings.line;
  const cursorLine = restored ? undefined : settings.cursorLine;
  requestAnimationFrame(() => {
    if (typeof line === 'number' && line > 0) scrollToLine(line);
    else saveState(0);
    if (typeof cursorLine === 'number' && cursorLine > 0) revealCursor(cursorLine);
    reportShown();
  });
  vscode.postMessage({ type: 'ready', version });
})();
