import type { EventDoc } from '../../types/event';
import { database } from './runtime';

export const EVENTS = 'events';

export type NewEvent = Omit<EventDoc, '_id' | 'at' | 'recipients' | 'itemTitle' | 'actorLabel'> &
  Partial<Pick<EventDoc, 'recipients' | 'itemTitle' | 'actorLabel'>>;

/**
 * The stored form of an event, less its id and time: the actor's openid is never among those told of it.
 * Recipients are openids and audience keys (types/audience.ts); an actor who belongs to an audience the
 * event names is kept out by the inbox, which never shows a reader their own acts.
 */
export function eventDocument(event: NewEvent): Omit<EventDoc, '_id' | 'at'> {
  const recipients = [...new Set(event.recipients ?? [])].filter((recipient) => recipient && recipient !== event.actorOpenid);
  return { itemTitle: null, actorLabel: '本人', ...event, recipients };
}

/** Appends an event that records no change of a stored item (nothing else to keep it in step with). */
export async function appendEvent(event: NewEvent): Promise<void> {
  const db = database();
  await db.collection(EVENTS).add({ data: { ...eventDocument(event), at: db.serverDate() } });
}
