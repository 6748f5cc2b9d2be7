/**
 * The export formats as the user picks them, and where an export goes by default. Pure: no VS Code, no disk, no
 * Node (the web extension runs it too). Paths here are URI paths (`Uri.path`: `/`-separated on every system).
 */
import type { LetterExportFormat } from '../../../server/src/protocol';

export interface ExportFormatChoice {
  format: LetterExportFormat;
  label: string;
  detail: string;
  extension: string;
  /** the save dialog's filter name */
  filter: string;
}

/** In the order the quick pick offers them: the letter as mailed first. */
export const EXPORT_FORMATS: readonly ExportFormatChoice[] = [
  { format: 'pdf', label: 'PDF', detail: 'The letter as printed and mailed', extension: 'pdf', filter: 'PDF document' },
  { format: 'docx', label: 'Word (DOCX)', detail: 'An editable Word document', extension: 'docx', filter: 'Word document' },
  { format: 'html', label: 'HTML', detail: 'A self-contained web page (no scripts), prints like the letter', extension: 'html', filter: 'Web page' },
  { format: 'text', label: 'Plain text', detail: 'The letter as plain text, laid out like the public letters', extension: 'txt', filter: 'Text file' },
];

export function formatChoice(format: LetterExportFormat): ExportFormatChoice {
  const choice = EXPORT_FORMATS.find((f) => f.format === format);
  if (!choice) throw new Error(`unknown export format '${format}'`);
  return choice;
}

/** The formats with the one used last first, so a repeated export is Enter, Enter. */
export function orderedFormats(last: string | undefined): ExportFormatChoice[] {
  const used = EXPORT_FORMATS.find((f) => f.format === last);
  return used ? [used, ...EXPORT_FORMATS.filter((f) => f !== used)] : [...EXPORT_FORMATS];
}

/** `/a/b/../c/./d` → `/a/c/d` */
export function normalisePath(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '..') { if (out.length > 1) out.pop(); } else if (part !== '.' && (part !== '' || out.length === 0)) out.push(part);
  }
  return out.join('/') || '/';
}

function splitName(p: string): { dir: string; name: string } {
  const slash = p.lastIndexOf('/');
  const base = p.slice(slash + 1);
  const dot = base.lastIndexOf('.');
  return { dir: p.slice(0, slash) || '/', name: dot > 0 ? base.slice(0, dot) : base };
}

const joinPath = (dir: string, name: string) => `${dir.replace(/\/+$/, '')}/${name}`;

/**
 * Where the save dialog starts: next to the letter, with the letter's name and the format's extension
 * (`-public` for the public copy). An unsaved letter goes in `folder`, named after its case number if it has one.
 */
export function defaultExportPath(letterPath: string | undefined, folder: string, format: LetterExportFormat, publicCopy: boolean, caseNumber?: string): string {
  const { extension } = formatChoice(format);
  const suffix = publicCopy ? '-public' : '';
  if (letterPath) {
    const { dir, name } = splitName(letterPath);
    return joinPath(dir, `${name}${suffix}.${extension}`);
  }
  const base = caseNumber && /^[A-Za-z0-9-]+$/.test(caseNumber) ? caseNumber : 'letter';
  return joinPath(folder, `${base}${suffix}.${extension}`);
}

/** The path with the format's extension, added when the user typed a name without it. */
export function withExtension(target: string, format: LetterExportFormat): string {
  const { extension } = formatChoice(format);
  return target.toLowerCase().endsWith(`.${extension}`) && !target.endsWith(`/.${extension}`) ? target : `${target}.${extension}`;
}

/**
 * Whether writing `target` would overwrite the letter itself (the Node server refuses too; this says why first).
 * `ignoreCase` where the file system does (Windows and macOS disks).
 */
export function isTheLetter(target: string, letterPath: string | undefined, ignoreCase = false): boolean {
  if (!letterPath) return false;
  const norm = (p: string) => (ignoreCase ? normalisePath(p).toLowerCase() : normalisePath(p));
  return norm(target) === norm(letterPath);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
