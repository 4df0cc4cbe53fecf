import { fitsChars } from '@contract/text';

/**
 * The schemas' rules on what staff write (types/complaint.ts: `text(label, max)`), without zod: the
 * messages are the schemas' own, so a field says the same before sending as the server would after.
 */
export function requiredTextError(label: string, max: number, value: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return `请填写${label}`;
  if (!fitsChars(trimmed, max)) return `${label}不能超过${max}个字`;
  return undefined;
}

export function optionalTextError(label: string, max: number, value: string): string | undefined {
  return fitsChars(value.trim(), max) ? undefined : `${label}不能超过${max}个字`;
}

/** The limits of the handling schemas. */
export const REASON_MAX = 200;
export const RESULT_MAX = 500;
export const FOLLOW_UP_NOTE_MAX = 300;
export const REDIRECT_MAX = 100;
export const SUMMON_MAX_DEPARTMENTS = 5;

const OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The end (23:59 Shanghai time) of the community day `days` after `now`, as the ISO string `until` takes. */
export function endOfCommunityDay(days: number, now: Date = new Date()): string {
  const shifted = new Date(now.getTime() + OFFSET_MS + days * DAY_MS);
  const day = shifted.toISOString().slice(0, 10);
  return `${day}T23:59:00+08:00`;
}
