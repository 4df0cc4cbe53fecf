import { randomBytes } from 'node:crypto';
import type { EventDoc } from '../../types/event';
import { isDuplicateKey } from './errors';
import type { NewEvent } from './events';
import { EVENTS, eventDocument } from './events';
import { database } from './runtime';

/**
 * The outbox: a state change and its event are written in one single-document update, the event riding in
 * the item's `outbox` array; the event is then copied to `events` and taken off the item. An instance that
 * dies in between leaves the event in the outbox, and whoever touches the item next — the next transition,
 * or the scheduler's replay — delivers it. Event ids are fixed when the change is written, so a delivery
 * repeated after a crash lands on the same document: every change has exactly one event.
 */
export const OUTBOX_FIELD = 'outbox';

export type OutboxEvent = Omit<EventDoc, 'at'> & { at: unknown };

export interface WithOutbox {
  _id: string;
  outbox?: OutboxEvent[];
}

function newEventId(): string {
  return `${Date.now().toString(36)}-${randomBytes(8).toString('hex')}`;
}

/** The event as it is stored in the outbox: with its final id and the server's time of the change. */
export function outboxEntry(event: NewEvent): OutboxEvent {
  return { ...eventDocument(event), _id: newEventId(), at: database().serverDate() };
}

async function addOnce(entry: OutboxEvent): Promise<void> {
  try {
    await database().collection(EVENTS).add({ data: entry as unknown as Record<string, unknown> });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
  }
}

/** Copies outbox entries to `events` (once each) and takes them off the item. */
export async function deliverOutbox(collection: string, itemId: string, entries: OutboxEvent[]): Promise<void> {
  if (entries.length === 0) return;
  for (const entry of entries) await addOnce(entry);
  const _ = database().command;
  const ids = entries.map((entry) => entry._id);
  await database()
    .collection(collection)
    .doc(itemId)
    .update({ data: { [OUTBOX_FIELD]: _.pull({ _id: _.in(ids) }) } });
}

/** Delivers now if it can; otherwise the entries wait in the outbox for the replay. */
export async function deliverOrDefer(collection: string, itemId: string, entries: OutboxEvent[]): Promise<void> {
  try {
    await deliverOutbox(collection, itemId, entries);
  } catch (error) {
    console.error(`[outbox] delivery for ${collection}/${itemId} deferred`, error);
  }
}

/** Entries an earlier call left behind on an item it read: delivered before the item's next change. */
export function pendingOf(item: WithOutbox): OutboxEvent[] {
  return Array.isArray(item.outbox) ? item.outbox : [];
}
