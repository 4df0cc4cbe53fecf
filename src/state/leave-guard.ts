import { createStore } from './store';

export interface LeaveGuard {
  /** The page the guard belongs to (pages below the top one stay mounted, their 返回 is not asked). */
  page: string;
  message: string;
}

/** What 返回 must ask before leaving the page; null: leave at once. */
export const leaveGuardStore = createStore<LeaveGuard | null>(null);
