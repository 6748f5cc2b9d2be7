/**
 * IMR: Review Public Copy in a real VS Code: the server's review of an open letter (redactions with their kind and
 * context, name-like phrases kept), and marking a kept phrase writes the letter's `Redact:` field, after which the
 * phrase is redacted and nothing is left to review.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openLetter, replaceText, revertAndCloseAll, SHORT_LETTER, waitForValue } from './helpers';

interface Review {
  redactions: { kind: string; text: string; context: string }[];
  remainders: { text: string; reviewed: boolean }[];
  unreviewed: number;
}

const review = (uri: vscode.Uri, mark?: { phrase: string; as: 'redact' | 'keep' }) =>
  vscode.commands.executeCommand<Review | undefined>('imr.reviewPublicCopy', uri, mark ? { mark } : {});

describe('review public copy', () => {
  after(revertAndCloseAll);

  it('lists the redactions and the kept phrase, and marking it for redaction settles the review', async () => {
    const { doc } = await openLetter(SHORT_LETTER);
    await replaceText(doc, 'Clinical Case Summary:\n', 'Clinical Case Summary:\n  His supervisor Linda Chu called from (916) 555-0142. Carmen drove him home.\n\n');
    const first = await waitForValue('the review', () => review(doc.uri), (r) => !!r && r.redactions.length >= 2);
    assert.deepEqual(first!.redactions.map((r) => [r.kind, r.text]).filter(([, t]) => t === 'Linda Chu' || t === '(916) 555-0142'),
      [['name', 'Linda Chu'], ['phone', '(916) 555-0142']]);
    assert.deepEqual(first!.remainders.map((r) => [r.text, r.reviewed]), [['Carmen', false]]);
    assert.equal(first!.unreviewed, 1);

    await review(doc.uri, { phrase: 'Carmen', as: 'redact' });
    assert.match(doc.getText(), /^Redact: Carmen$/m, 'the decision is written into the letter');
    const after = await waitForValue('the review after marking', () => review(doc.uri), (r) => !!r && r.unreviewed === 0);
    assert.ok(after!.redactions.some((r) => r.kind === 'marked' && r.text === 'Carmen'));
  });
});
