/**
 * The date that decides which MTUS applied to a letter: the UR decision reviewed (the request it decided came
 * just before), else the application, else the determination itself. Rules, hover and completion all ask.
 */
import type { Letter } from '../syntax/ast';
import { fieldSpec, type FieldKey } from '../syntax/fields';
import type { CalendarDate } from './dates';
import { readMeantDate, repairDate } from './date-repair';

export const EFFECTIVE_DATE_KEYS = ['urDenialDate', 'applicationReceived', 'decisionDate'] as const;

export interface EffectiveDate { key: FieldKey; label: string; date: CalendarDate }

export function effectiveDate(letter: Letter): EffectiveDate | undefined {
  for (const key of EFFECTIVE_DATE_KEYS) {
    const f = letter.letterFields[key];
    const date = f && f.shape === 'value' && f.value ? readMeantDate(f.value.text) : undefined;
    if (date) return { key, label: fieldSpec(key).label, date };
    // a date written so that day and month could swap is this date all the same: unknown, not the next one's
    if (f && f.shape === 'value' && f.value && repairDate(f.value.text)) return undefined;
  }
  return undefined;
}
