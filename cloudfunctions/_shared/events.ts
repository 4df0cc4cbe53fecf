import type { EventDoc } from '../../types/event';
import { database } from './runtime';

export const EVENTS = 'events';

export type NewEvent = Omit<EventDoc, '_id' | 'at' | 'recipients' | 'itemTitle' | 'actorLabel'> &
  Partial<Pick<EventDoc, 'recipients' | 'itemTitle' | 'actorLabel'>>;

export interface EventWriter {
  collection(name: string): { add(options: { data: Record<string, unknown> }): Promise<unknown> };
}

/** Append one entry to the timeline / audit log / inboxes, inside a transaction when one is given. */
export async function appendEvent(event: NewEvent, writer?: EventWriter): Promise<void> {
  const db = database();
  const recipients = [...new Set(event.recipients ?? [])].filter((openid) => openid && openid !== event.actorOpenid);
  const data = { itemTitle: null, actorLabel: '本人', ...event, recipients, at: db.serverDate() };
  await (writer ?? db).collection(EVENTS).add({ data });
}
