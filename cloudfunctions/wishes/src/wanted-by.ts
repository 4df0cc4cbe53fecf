import { COMMUNITY_TZ, inCommunityTime } from '../../_shared/clock';
import dayjs from 'dayjs';

/** A wish is wanted until the end of its wantedBy day in community time (a moment given stands for its day there). */
export function wantedByDeadline(wanted: string): Date {
  const day = wanted.length === 10 ? dayjs.tz(wanted, COMMUNITY_TZ) : inCommunityTime(wanted);
  return day.endOf('day').toDate();
}

/** Whole days from today (community time) to the deadline's day; 0 on the day itself. */
export function daysLeft(deadline: Date | null, now: Date): number | null {
  if (!deadline) return null;
  return inCommunityTime(deadline).startOf('day').diff(inCommunityTime(now).startOf('day'), 'day');
}

export const LONGEST_WAIT_DAYS = 365;
