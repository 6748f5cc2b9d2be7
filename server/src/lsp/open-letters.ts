/**
 * The open letters: each document's analysed snapshot (one per version), the `.imrrc.json` that applies to
 * it, and its `imr.*` settings. Every handler module reads letters through this one place.
 */
import * as path from 'path';
import { fileURLToPath } from 'url';
import { TextDocuments, type Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { emptyConfig, type ImrConfig } from '../language';
import { LetterSnapshot } from '../language/service';
import { loadConfigFor, type LoadedConfig } from '../node/config-file';
import { clampedTextDocuments } from './positions';
import { SettingsCache } from './settings';

export class OpenLetters {
  readonly documents = new TextDocuments(clampedTextDocuments); // edits past the end are clamped (positions.ts)
  readonly settings: SettingsCache;
  private readonly snapshots = new Map<string, { version: number; snapshot: LetterSnapshot }>();
  // the .imrrc.json of each letter's folder, found once (not on every keystroke) until the files change
  private configs = new Map<string, LoadedConfig>();
  private folderConfigs = new Map<string, ImrConfig>();

  constructor(connection: Connection) {
    this.settings = new SettingsCache(connection);
  }

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  snapshotOf(doc: TextDocument): LetterSnapshot {
    const cached = this.snapshots.get(doc.uri);
    if (cached && cached.version === doc.version) return cached.snapshot;
    const snapshot = new LetterSnapshot(doc.getText(), this.configFor(doc.uri));
    this.snapshots.set(doc.uri, { version: doc.version, snapshot });
    return snapshot;
  }

  /** Forgets what was derived from a closed letter. */
  forget(uri: string): void {
    this.snapshots.delete(uri);
    this.settings.forget(uri);
  }

  /** Settings or rule configuration changed: every letter is analysed afresh. */
  forgetAnalyses(): void {
    this.snapshots.clear();
  }

  /** `.imrrc.json` files changed: they are looked up again. */
  forgetConfigFiles(): void {
    this.configs = new Map();
    this.folderConfigs = new Map();
    this.snapshots.clear();
  }

  private configFor(uri: string): ImrConfig {
    if (!uri.startsWith('file:')) return emptyConfig();
    try {
      const file = fileURLToPath(uri);
      const folder = path.dirname(file);
      let config = this.folderConfigs.get(folder);
      if (!config) {
        config = loadConfigFor(file, this.configs).config;
        this.folderConfigs.set(folder, config);
      }
      return config;
    } catch {
      return emptyConfig();
    }
  }
}
