import { COMMUNITY_TZ, inCommunityTime } from '../../_shared/clock';
import dayjs from 'dayjs';

/** A wish is wanted until the end of its wantedBy day, community time. */
export function wantedByDeadline(isoDay: string): Date {
  return dayjs.tz(isoDay, COMMUNITY_TZ).endOf('day').toDate();
}

/** Whole days from today (community time) to the deadline's day; 0 on the day itself. */
export function daysLeft(deadline: Date | null, now: Date): number | null {
  if (!deadline) return null;
  return inCommunityTime(deadline).startOf('day').diff(inCommunityTime(now).startOf('day'), 'day');
}

export const LONGEST_WAIT_DAYS = 365;
