import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Communities live in Asia/Shanghai; the function runtime clock is UTC. */
export const COMMUNITY_TZ = 'Asia/Shanghai';

export function now(): Date {
  return new Date();
}

export function inCommunityTime(date: Date | string | number) {
  return dayjs(date).tz(COMMUNITY_TZ);
}
