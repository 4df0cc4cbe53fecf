import { fitsChars } from '@contract/text';
import { EVALUATION_DAYS_MAX, MEETING_CAPACITY_MAX } from '@contract/meeting-labels';

/**
 * The meetings schemas' rules on what staff write (types/meeting.ts), without zod: the messages are the
 * schemas' own, so a field says the same before sending as the server would after.
 */
export function requiredText(label: string, max: number, value: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return `请填写${label}`;
  if (!fitsChars(trimmed, max)) return `${label}不能超过${max}个字`;
  return undefined;
}

export function optionalText(label: string, max: number, value: string): string | undefined {
  return fitsChars(value.trim(), max) ? undefined : `${label}不能超过${max}个字`;
}

export const REVIEW_NOTE_MAX = 300;
export const DECISION_REASON_MAX = 300;
export const PLACE_MAX = 60;
export const MINUTES_MAX = 2000;
export const RESOLUTION_MAX = 1000;
export const PROGRESS_NOTE_MAX = 500;
export const ATTENDEES_MAX = 10000;

/** A whole number typed into a field, or null when it is not one. */
export function wholeNumber(value: string): number | null {
  const trimmed = value.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}

export function capacityError(value: string): string | undefined {
  if (!value.trim()) return '请填写人数上限';
  const capacity = wholeNumber(value);
  if (capacity === null) return '人数上限须为整数';
  if (capacity < 1) return '人数上限至少为1';
  if (capacity > MEETING_CAPACITY_MAX) return `人数上限不能超过${MEETING_CAPACITY_MAX}`;
  return undefined;
}

export function evaluationDaysError(value: string): string | undefined {
  const days = wholeNumber(value);
  if (days === null) return '评议天数须为整数';
  if (days < 1) return '评议至少1天';
  if (days > EVALUATION_DAYS_MAX) return `评议最长${EVALUATION_DAYS_MAX}天`;
  return undefined;
}

/** A community-time date ('YYYY-MM-DD') and time ('HH:MM') → the ISO instant with offset the schemas take; null if incomplete. */
export function communityInstant(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const iso = `${date}T${time}:00+08:00`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}
