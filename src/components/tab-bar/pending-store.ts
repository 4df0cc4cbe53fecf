import { isStaff } from '@contract/roles';
import { pendingCounts } from '../../services/wishes';
import { sessionStore } from '../../state/session';
import { createStore } from '../../state/store';

/** What waits for the caller in 管理 (wish and volunteer reviews): the number on the 管理 tab. */
export interface Pending {
  wishReviews: number;
  volunteerReviews: number;
  total: number;
}

export const NOTHING_PENDING: Pending = { wishReviews: 0, volunteerReviews: 0, total: 0 };

export const pendingStore = createStore<Pending>(NOTHING_PENDING);

function count(source: object, keys: readonly string[]): number {
  for (const key of keys) {
    const value = Object.prototype.hasOwnProperty.call(source, key) ? (source as Record<string, unknown>)[key] : undefined;
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return Math.floor(value);
  }
  return 0;
}

/** `wishes.pendingCounts`' answer → the counts; anything unexpected counts as nothing waiting. */
export function toPending(data: unknown): Pending {
  if (typeof data !== 'object' || data === null) return NOTHING_PENDING;
  const wishReviews = count(data, ['wishReviews', 'wishes', 'pendingWishes']);
  const volunteerReviews = count(data, ['volunteerReviews', 'volunteers', 'pendingVolunteers']);
  const total = count(data, ['total']) || wishReviews + volunteerReviews;
  return { wishReviews, volunteerReviews, total };
}

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
  const reply = await pendingCounts();
  if (sessionStore.get().profile?.openid !== profile.openid) return;
  if (reply.ok) pendingStore.set(toPending(reply.data));
}
