/** `imr.*` settings per document, read through workspace/configuration and cached until they change. */
import type { Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, type ServerSettings } from '../protocol';

function merge(defaults: ServerSettings, value: unknown): ServerSettings {
  const v = (value ?? {}) as Partial<Record<keyof ServerSettings, Record<string, unknown>>>;
  const out = structuredClone(defaults);
  for (const key of Object.keys(defaults) as (keyof ServerSettings)[]) {
    if (v[key] && typeof v[key] === 'object') Object.assign(out[key], v[key]);
  }
  return out;
}

export class SettingsCache {
  private readonly cache = new Map<string, Promise<ServerSettings>>();
  /** the settings the client has answered with, by letter, and its last answer for any */
  private readonly answered = new Map<string, ServerSettings>();
  private lastAnswer: ServerSettings | undefined;
  supported = false;

  constructor(private readonly connection: Connection) {}

  get(uri: string): Promise<ServerSettings> {
    if (!this.supported) return Promise.resolve(DEFAULT_SETTINGS);
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'imr' })
        .then((value) => merge(DEFAULT_SETTINGS, value), () => DEFAULT_SETTINGS)
        .then((value) => {
          this.lastAnswer = value;
          if (this.cache.get(uri) === settings) this.answered.set(uri, value);
          return value;
        });
      this.cache.set(uri, settings);
    }
    return settings;
  }

  /**
   * The settings a letter most likely has, without waiting: the client's answer for it, else its last answer for
   * any letter (settings are usually the workspace's), else the defaults. A guess, for work done ahead only.
   */
  likely(uri: string): ServerSettings {
    return (this.supported && (this.answered.get(uri) ?? this.lastAnswer)) || DEFAULT_SETTINGS;
  }

  forget(uri?: string): void {
    if (uri) { this.cache.delete(uri); this.answered.delete(uri); } else { this.cache.clear(); this.answered.clear(); this.lastAnswer = undefined; }
  }
}
