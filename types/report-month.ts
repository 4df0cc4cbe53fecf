/**
 * Report months are calendar months in community time (Asia/Shanghai, UTC+8 all year: China keeps no
 * daylight saving time), written 'YYYY-MM'. Plain arithmetic, so that the client and the functions agree.
 */
const OFFSET_MS = 8 * 3600 * 1000;

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export function monthOf(date: Date | string | number): string {
  const shifted = new Date(new Date(date).getTime() + OFFSET_MS);
  return `${shifted.getUTCFullYear()}-${String(shifted.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The first instant of the month and the first instant of the next. */
export function monthRange(month: string): { start: Date; end: Date } {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return { start: new Date(Date.UTC(year, monthNumber - 1, 1) - OFFSET_MS), end: new Date(Date.UTC(year, monthNumber, 1) - OFFSET_MS) };
}

/** The month `delta` months after (or, negative, before) `month`. */
export function shiftMonth(month: string, delta: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (monthNumber - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** `count` months ending with `month`, oldest first. */
export function monthsEndingWith(month: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => shiftMonth(month, i - count + 1));
}

/** 2026-12 → 2026年12月 */
export function monthLabel(month: string): string {
  const [year, monthNumber] = month.split('-');
  return `${year}年${Number(monthNumber)}月`;
}
