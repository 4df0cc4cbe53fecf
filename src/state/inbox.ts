import { inboxUnreadCount } from '../services/inbox';
import { createStore } from './store';

/** How many inbox items the user has not seen: the badge on 我的 and on 消息. */
export const unreadStore = createStore<number>(0);

const QUIET_MS = 15_000;
let lastAsked = 0;

/** Asks the cloud again; a refresh shortly after another is skipped unless `force`. */
export async function refreshUnread(force = false): Promise<void> {
  const now = Date.now();
  if (!force && now - lastAsked < QUIET_MS) return;
  lastAsked = now;
  const reply = await inboxUnreadCount();
  if (reply.ok) unreadStore.set(reply.data.unreadCount);
}

/** Opening the inbox reads everything. */
export function clearUnread(): void {
  unreadStore.set(0);
}

/** A different identity: nothing of the previous one's inbox may show. */
export function resetUnread(): void {
  lastAsked = 0;
  unreadStore.set(0);
}
