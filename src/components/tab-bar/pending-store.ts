import { isStaff } from '@contract/roles';
import type { WorkbenchPending } from '@contract/report';
import { callAction } from '../../services/cloud';
import { sessionStore } from '../../state/session';
import { createStore } from '../../state/store';

/** What waits for the caller in 管理 (reviews, 待签收, overdue cases): the number on the 管理 tab. */
export const NOTHING_PENDING: WorkbenchPending = { wishReviews: 0, volunteerApplications: 0, meetingReviews: 0, toAccept: 0, overdue: 0, total: 0 };

export const pendingStore = createStore<WorkbenchPending>(NOTHING_PENDING);

const QUIET_MS = 10_000;
let lastAsked = { openid: '', at: 0 };

/**
 * Asks again for staff (a refresh shortly after another for the same user is skipped unless `force`);
 * everyone else has nothing waiting and is not asked.
 */
export async function refreshPending(force = false): Promise<void> {
  const profile = sessionStore.get().profile;
  if (!profile || !isStaff(profile.roles)) {
    pendingStore.set(NOTHING_PENDING);
    return;
  }
  const now = Date.now();
  if (!force && lastAsked.openid === profile.openid && now - lastAsked.at < QUIET_MS) return;
  if (lastAsked.openid !== profile.openid) pendingStore.set(NOTHING_PENDING);
  lastAsked = { openid: profile.openid, at: now };
  const reply = await callAction<WorkbenchPending>('reports', 'pending');
  if (sessionStore.get().profile?.openid !== profile.openid) return;
  if (reply.ok) pendingStore.set(reply.data);
}
