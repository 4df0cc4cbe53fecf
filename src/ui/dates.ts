// Community time is Asia/Shanghai (UTC+8, no daylight saving): shift and read the UTC fields,
// so the phone's own time zone never changes what a date says.
const OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

function communityParts(date: Date) {
  const shifted = new Date(date.getTime() + OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

const pad = (value: number) => String(value).padStart(2, '0');

/** 'YYYY-MM-DD' of the community day `days` after today. */
export function communityDayAfter(days: number, now: Date = new Date()): string {
  const { year, month, day } = communityParts(new Date(now.getTime() + days * DAY_MS));
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** 'YYYY-MM-DD' → 12月20日 */
export function dayLabel(isoDay: string): string {
  const [, month, day] = isoDay.split('-').map(Number);
  return `${month}月${day}日`;
}

/** An instant → 12月20日 (community time). */
export function dateLabel(iso: string): string {
  const { month, day } = communityParts(new Date(iso));
  return `${month}月${day}日`;
}

/** An instant → 12月20日 14:05, with the year when it is not this year's. */
export function dateTimeLabel(iso: string, now: Date = new Date()): string {
  const parts = communityParts(new Date(iso));
  const year = parts.year === communityParts(now).year ? '' : `${parts.year}年`;
  return `${year}${parts.month}月${parts.day}日 ${pad(parts.hour)}:${pad(parts.minute)}`;
}
