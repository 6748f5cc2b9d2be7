/** What the language status item says about a letter: pure, so it is tested without VS Code. */
import type { StatusNotification } from '../../server/src/protocol';

export type StatusSeverity = 'information' | 'warning' | 'error';

export interface StatusText {
  /** short, shown next to `{}` in the status bar */
  text: string;
  /** the counts, shown under the text in the hover */
  detail: string;
  severity: StatusSeverity;
  busy: boolean;
}

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export function describeStatus(status: StatusNotification.Params | undefined): StatusText {
  if (!status) return { text: 'IMR letter', detail: 'Checking…', severity: 'information', busy: true };
  const outcome = status.outcome ?? (status.items ? 'No outcome yet' : 'No items yet');
  const items = status.items ? ` · ${count(status.items, 'item')}` : '';
  const problems = status.errors || status.warnings
    ? [status.errors ? count(status.errors, 'error') : '', status.warnings ? count(status.warnings, 'warning') : ''].filter(Boolean).join(', ')
    : 'No problems';
  return {
    text: `${outcome}${items}`,
    detail: problems,
    severity: status.errors ? 'error' : status.warnings ? 'warning' : 'information',
    busy: false,
  };
}
