/**
 * Diagnostics pushed to the client: a letter just opened is checked at once, edits after a pause (the
 * `imr.validate.delay` setting), only for the version still open, and cleared when the letter closes.
 */
import type { Connection } from 'vscode-languageserver';
import { letterDiagnostics, letterStatus } from '../language/service';
import { StatusNotification } from '../protocol';
import type { OpenLetters } from './open-letters';

export class DiagnosticsPublisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly opened = new Set<string>();

  constructor(private readonly connection: Connection, private readonly letters: OpenLetters) {
    // onDidChangeContent also fires on open
    letters.documents.onDidChangeContent((e) => {
      const uri = e.document.uri;
      if (!this.opened.has(uri)) { this.opened.add(uri); this.schedule(uri, 0); return; }
      void letters.settings.get(uri).then((s) => this.schedule(uri, s.validate.delay));
    });
    letters.documents.onDidClose((e) => {
      const uri = e.document.uri;
      this.opened.delete(uri);
      clearTimeout(this.timers.get(uri));
      this.timers.delete(uri);
      letters.forget(uri);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    });
  }

  /** Checks every open letter again (after a change of settings or `.imrrc.json`). */
  revalidateAll(): void {
    for (const doc of this.letters.documents.all()) this.schedule(doc.uri, 0);
  }

  private schedule(uri: string, delay: number): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(uri, setTimeout(() => { this.timers.delete(uri); void this.publish(uri); }, delay));
  }

  private async publish(uri: string): Promise<void> {
    const doc = this.letters.get(uri);
    if (!doc) return;
    const version = doc.version;
    // The settings and the letter's `.imrrc.json` are asked for together, and the letter is checked while the
    // client answers, under the defaults, which apply unless a `.imrrc.json` says otherwise: the first squiggle
    // then waits for the slower answer alone (a web workspace's file system can take a while to say there is no
    // such file), not for both in turn and then the check.
    const answers = Promise.all([this.letters.settings.get(uri), this.letters.configured(uri)]);
    // (not where validation is most likely off: the check would be thrown away)
    if (this.letters.settings.likely(uri).validate.enable) void this.letters.snapshotOf(doc).problems;
    const [s] = await answers;
    // the document may have changed or closed while the settings and the configuration were fetched
    const now = this.letters.get(uri);
    if (!now || now.version !== version) return;
    const snap = this.letters.snapshotOf(now);
    const problems = s.validate.enable ? snap.problems : snap.letter.problems;
    // the status first: a client that has a version's diagnostics then has its status too (messages keep their order)
    void this.connection.sendNotification(StatusNotification.type, { uri, ...letterStatus(snap, problems) });
    void this.connection.sendDiagnostics({ uri, version, diagnostics: letterDiagnostics(problems, s.validate.maxProblems, version, uri) });
  }
}
