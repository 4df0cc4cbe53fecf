import type { Urgency } from '../../../types/complaint-labels';
import type { ComplaintLimits, Limit } from '../../../types/complaint-sla';
import { DEFAULT_COMPLAINT_LIMITS } from '../../../types/complaint-sla';
import type { HolidayYear } from '../../../types/holidays';
import { HOLIDAYS } from '../../../types/holidays';
import { inCommunityTime } from '../clock';

type Day = ReturnType<typeof inCommunityTime>;

/** A working day in Asia/Shanghai: Monday to Friday unless a public holiday, and the 调休 weekend days. */
export function isWorkingDay(day: Day, holidays: Readonly<Record<string, HolidayYear>> = HOLIDAYS): boolean {
  const date = day.format('YYYY-MM-DD');
  const year = holidays[date.slice(0, 4)];
  if (year?.workdays.includes(date)) return true;
  if (year?.off.includes(date)) return false;
  const weekday = day.day();
  return weekday !== 0 && weekday !== 6;
}

/**
 * `days` working days after `start`, at the same clock time in Asia/Shanghai. A start on a day off counts
 * from the beginning of the next working day, so a case filed on Saturday is due at the end of a working day.
 */
export function addWorkingDays(start: Date, days: number, holidays: Readonly<Record<string, HolidayYear>> = HOLIDAYS): Date {
  let at = inCommunityTime(start);
  if (!isWorkingDay(at, holidays)) {
    do at = at.add(1, 'day').startOf('day');
    while (!isWorkingDay(at, holidays));
  }
  let counted = 0;
  while (counted < days) {
    at = at.add(1, 'day');
    if (isWorkingDay(at, holidays)) counted += 1;
  }
  return at.toDate();
}

export function addLimit(start: Date, limit: Limit): Date {
  if ('minutes' in limit) return new Date(start.getTime() + limit.minutes * 60_000);
  return addWorkingDays(start, limit.workingDays);
}

function isLimit(value: unknown): value is Limit {
  if (value === null || typeof value !== 'object') return false;
  const entries = Object.entries(value as Record<string, unknown>);
  return (
    entries.length === 1 &&
    (entries[0]![0] === 'minutes' || entries[0]![0] === 'workingDays') &&
    Number.isInteger(entries[0]![1]) &&
    (entries[0]![1] as number) > 0
  );
}

/** The deployment's limits: COMPLAINT_LIMITS (JSON) over the defaults, each entry kept only when it is a valid limit. */
export function complaintLimits(raw = process.env.COMPLAINT_LIMITS): ComplaintLimits {
  const limits: ComplaintLimits = JSON.parse(JSON.stringify(DEFAULT_COMPLAINT_LIMITS)) as ComplaintLimits;
  if (!raw) return limits;
  let override: unknown;
  try {
    override = JSON.parse(raw);
  } catch {
    return limits;
  }
  if (override === null || typeof override !== 'object') return limits;
  const given = override as Record<string, unknown>;
  for (const stage of ['accept', 'resolve'] as const) {
    const table = given[stage];
    if (table === null || typeof table !== 'object') continue;
    for (const urgency of ['normal', 'urgent', 'emergency'] as const) {
      const limit = (table as Record<string, unknown>)[urgency];
      if (isLimit(limit)) limits[stage][urgency] = limit;
    }
  }
  if (isLimit(given.complexResolve)) limits.complexResolve = given.complexResolve;
  if (isLimit(given.lateEscalation)) limits.lateEscalation = given.lateEscalation;
  return limits;
}

export function acceptDueFrom(start: Date, urgency: Urgency, limits = complaintLimits()): Date {
  return addLimit(start, limits.accept[urgency]);
}

export function resolveDueFrom(acceptedAt: Date, urgency: Urgency, limits = complaintLimits()): Date {
  return addLimit(acceptedAt, limits.resolve[urgency]);
}

/** The latest an approved extension may reach: 15 working days from acceptance. */
export function longestExtensionFrom(acceptedAt: Date, limits = complaintLimits()): Date {
  return addLimit(acceptedAt, limits.complexResolve);
}

export function lateEscalationAt(resolveDueAt: Date, limits = complaintLimits()): Date {
  return addLimit(resolveDueAt, limits.lateEscalation);
}
