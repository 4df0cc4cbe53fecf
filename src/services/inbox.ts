import type { InboxPage } from '@contract/event';
import type { Reply } from '@contract/reply';
import { callAction } from './cloud';

const FN = 'inbox';

export interface UnreadCount {
  unreadCount: number;
}

export const listInbox = (cursor?: string): Promise<Reply<InboxPage>> => callAction(FN, 'list', cursor ? { cursor } : {});
export const inboxUnreadCount = (): Promise<Reply<UnreadCount>> => callAction(FN, 'unreadCount');
export const markInboxRead = (): Promise<Reply<UnreadCount>> => callAction(FN, 'markRead');
