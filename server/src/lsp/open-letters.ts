/**
 * The open letters: each document's analysed snapshot (one per version), the `.imrrc.json` that applies to
 * it, and its `imr.*` settings. Every handler module reads letters through this one place.
 */
import { TextDocuments, type Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { emptyConfig, type ImrConfig } from '../language';
import { LetterSnapshot } from '../language/service';
import type { ServerHost } from './host';
import { clampedTextDocuments } from './positions';
import { SettingsCache } from './settings';

export class OpenLetters {
  readonly documents = new TextDocuments(clampedTextDocuments); // edits past the end are clamped (positions.ts)
  readonly settings: SettingsCache;
  /**
   * `configured`: built with the letter's folder configuration (not the defaults used while it was read);
   * `current`: no setting or configuration file has changed since (else its problems are found afresh, on the same parse)
   */
  private readonly snapshots = new Map<string, { version: number; snapshot: LetterSnapshot; configured: boolean; current: boolean }>();
  // the .imrrc.json of each letter's folder, found once (not on every keystroke) until the files change;
  // a promise while the host reads it (the web host asks the client)
  private folderConfigs = new Map<string, ImrConfig | Promise<ImrConfig>>();

  constructor(connection: Connection, private readonly host: ServerHost) {
    this.settings = new SettingsCache(connection);
  }

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  snapshotOf(doc: TextDocument): LetterSnapshot {
    const cached = this.snapshots.get(doc.uri);
    const config = this.configFor(doc.uri);
    const configured = !(config instanceof Promise);
    const applies = configured ? config : emptyConfig();
    let snapshot: LetterSnapshot;
    if (cached && cached.version === doc.version) {
      if (cached.current && (cached.configured || !configured)) return cached.snapshot;
      // checked under the defaults while the configuration was read (diagnostics-publisher.ts), and the defaults
      // are what applies (no .imrrc.json, the usual case): that check stands
      if (cached.current && sameRules(cached.snapshot.config, applies)) {
        cached.configured = true;
        return cached.snapshot;
      }
      // the same text under the configuration read since, or after a change of settings: parsed once, checked afresh
      snapshot = cached.snapshot.withConfig(applies);
    } else {
      // an older version's tree (hundreds of MB for a long letter) can go while the new one is built
      this.snapshots.delete(doc.uri);
      snapshot = new LetterSnapshot(doc.getText(), applies);
    }
    this.snapshots.set(doc.uri, { version: doc.version, snapshot, configured, current: true });
    return snapshot;
  }

  /** Resolves once the letter's folder configuration has been read, so its snapshot applies it. */
  async configured(uri: string): Promise<void> {
    await this.configFor(uri);
  }

  /** Forgets what was derived from a closed letter. */
  forget(uri: string): void {
    this.snapshots.delete(uri);
    this.settings.forget(uri);
  }

  /** Settings or rule configuration changed: every letter is checked afresh (its parse is kept: it depends on neither). */
  forgetAnalyses(): void {
    for (const entry of this.snapshots.values()) entry.current = false;
  }

  /** `.imrrc.json` files changed: they are looked up again, and every letter is checked afresh. */
  forgetConfigFiles(): void {
    this.folderConfigs = new Map();
    this.forgetAnalyses();
  }

  private configFor(uri: string): ImrConfig | Promise<ImrConfig> {
    // letters in one folder share their .imrrc.json
    const folder = uri.slice(0, uri.lastIndexOf('/') + 1) || uri;
    let config = this.folderConfigs.get(folder);
    if (!config) {
      const folders = this.folderConfigs;
      let read: ImrConfig | Promise<ImrConfig>;
      try {
        read = this.host.readConfig(uri);
      } catch {
        read = emptyConfig();
      }
      config = read instanceof Promise
        ? read.catch(() => emptyConfig()).then((c) => { if (folders.get(folder) === config) folders.set(folder, c); return c; })
        : read;
      folders.set(folder, config);
    }
    return config;
  }
}

/** Whether two configurations set the same rules to the same severities (so checks under either agree). */
function sameRules(a: ImrConfig, b: ImrConfig): boolean {
  // a configuration is its rules alone: a field added to ImrConfig must be compared here too (this fails to compile)
  const onlyRules: Record<Exclude<keyof ImrConfig, 'rules'>, never> = {};
  void onlyRules;
  const keys = Object.keys(a.rules);
  return keys.length === Object.keys(b.rules).length && keys.every((k) => Object.hasOwn(b.rules, k) && a.rules[k] === b.rules[k]);
}
