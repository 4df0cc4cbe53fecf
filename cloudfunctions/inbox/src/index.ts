import type { EventDoc, InboxItem, InboxPage } from '../../../types/event';
import { inboxListInput, inboxMarkReadInput, inboxText, inboxUnreadInput } from '../../../types/inbox';
import { createHandler, defineAction } from '../../_shared/action';
import { EVENTS } from '../../_shared/events';
import type { Database } from '../../_shared/runtime';
import { database } from '../../_shared/runtime';
import { USERS } from '../../_shared/users-repository';
import { readNewestFirst } from '../../_shared/cursor';

function unreadFilter(db: Database, openid: string, readAt: Date | null): Record<string, unknown> {
  return readAt ? { recipients: openid, at: db.command.gt(readAt) } : { recipients: openid };
}

async function countUnread(db: Database, openid: string, readAt: Date | null): Promise<number> {
  const result = (await db.collection(EVENTS).where(unreadFilter(db, openid, readAt)).count()) as { total?: number };
  return result.total ?? 0;
}

/** One line of the reader's inbox: the filer of a wish for a neighbour reads the neighbour's name. */
function toItem(event: EventDoc, reader: string, readAt: Date | null): InboxItem {
  const at = new Date(event.at);
  return {
    id: event._id,
    itemType: event.itemType,
    itemId: event.itemId,
    itemTitle: event.itemTitle,
    action: event.action,
    text: inboxText(event.action, reader, event.onBehalfOf),
    note: event.note,
    at: at.toISOString(),
    unread: !readAt || at > new Date(readAt),
  };
}

/** The events addressed to the caller, newest first, with how many are unread. */
const list = defineAction({
  input: inboxListInput,
  access: { kind: 'registered' },
  async run({ openid, user }, input) {
    const [{ items, nextCursor }, unreadCount] = await Promise.all([
      readNewestFirst<EventDoc>(EVENTS, { recipients: openid }, 'at', input.cursor),
      countUnread(database(), openid, user.inboxReadAt),
    ]);
    const page: InboxPage = { items: items.map((event) => toItem(event, openid, user.inboxReadAt)), nextCursor, unreadCount };
    return page;
  },
});

const unreadCount = defineAction({
  input: inboxUnreadInput,
  access: { kind: 'registered' },
  async run({ openid, user }) {
    return { unreadCount: await countUnread(database(), openid, user.inboxReadAt) };
  },
});

/** Everything up to now counts as read: opening the inbox clears the badge. */
const markRead = defineAction({
  input: inboxMarkReadInput,
  access: { kind: 'registered' },
  async run({ openid }) {
    const db = database();
    await db.collection(USERS).where({ _id: openid }).update({ data: { inboxReadAt: db.serverDate() } });
    return { unreadCount: 0 };
  },
});

export const actions = { list, unreadCount, markRead };

export const main = createHandler(actions);
