import type { Actor } from '../../../types/actor';
import { audiencesOf } from '../../../types/audience';
import type { EventDoc, InboxItem, InboxPage } from '../../../types/event';
import { inboxListInput, inboxMarkReadInput, inboxText, inboxUnreadInput } from '../../../types/inbox';
import { createHandler, defineAction } from '../../_shared/action';
import { EVENTS } from '../../_shared/events';
import type { Database } from '../../_shared/runtime';
import { database } from '../../_shared/runtime';
import { USERS } from '../../_shared/users-repository';
import { readNewestFirst } from '../../_shared/cursor';

/**
 * The events addressed to the reader: to their openid, or to an audience they belong to now (their roles'
 * places, their places; types/audience.ts) — never their own acts, even when the act names an audience
 * they are part of. Served by the `inbox` index (recipients, at, _id); `actorOpenid` is a residual filter.
 */
function addressedTo(db: Database, actor: Actor): Record<string, unknown> {
  const _ = db.command;
  return { recipients: _.in(audiencesOf(actor)), actorOpenid: _.neq(actor.openid) };
}

function unreadFilter(db: Database, actor: Actor, readAt: Date | null): Record<string, unknown> {
  return readAt ? { ...addressedTo(db, actor), at: db.command.gt(readAt) } : addressedTo(db, actor);
}

async function countUnread(db: Database, actor: Actor, readAt: Date | null): Promise<number> {
  const result = (await db.collection(EVENTS).where(unreadFilter(db, actor, readAt)).count()) as { total?: number };
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

/** The events addressed to the caller (by openid or audience), newest first, with how many are unread. */
const list = defineAction({
  input: inboxListInput,
  access: { kind: 'registered' },
  async run({ openid, user, actor }, input) {
    const db = database();
    const [{ items, nextCursor }, unreadCount] = await Promise.all([
      readNewestFirst<EventDoc>(EVENTS, addressedTo(db, actor), 'at', input.cursor),
      countUnread(db, actor, user.inboxReadAt),
    ]);
    const page: InboxPage = { items: items.map((event) => toItem(event, openid, user.inboxReadAt)), nextCursor, unreadCount };
    return page;
  },
});

const unreadCount = defineAction({
  input: inboxUnreadInput,
  access: { kind: 'registered' },
  async run({ user, actor }) {
    return { unreadCount: await countUnread(database(), actor, user.inboxReadAt) };
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
