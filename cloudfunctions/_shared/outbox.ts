import { randomBytes } from 'node:crypto';
import type { EventDoc } from '../../types/event';
import { isDuplicateKey } from './errors';
import type { NewEvent } from './events';
import { EVENTS, eventDocument } from './events';
import { database, rows } from './runtime';

/**
 * The outbox: a state change and its event are written in one single-document update, the event riding in
 * the item's `outbox` array; the call then adds the event to `events` — and leaves the entry where it is.
 * Clearing outboxes is the scheduler's replay alone: it adds whatever entry `events` does not hold yet (an
 * instance that died between the update and the add, a database that did not answer) and then pulls the
 * settled entries off the item in one update. Event ids are fixed when the change is written, so an add
 * repeated after a crash lands on the same document: every change has exactly one event.
 *
 * The price of a state change is the guarded update and one add; an item's outbox holds the entries of
 * the changes since the last replay (about an hour), which no reader shows.
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

/** Adds one entry to `events`; one that is already there (its id taken) counts as delivered. */
async function addOnce(entry: OutboxEvent): Promise<void> {
  try {
    await database().collection(EVENTS).add({ data: entry as unknown as Record<string, unknown> });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
  }
}

/**
 * Copies the entries a call has just written with its change to `events`, once each. A failed add is
 * logged, never thrown: the change is written and its entry waits in the item's outbox for the replay.
 */
export async function deliverOrDefer(collection: string, itemId: string, entries: OutboxEvent[]): Promise<void> {
  for (const entry of entries) {
    try {
      await addOnce(entry);
    } catch (error) {
      console.error(`[outbox] delivery of ${entry._id} for ${collection}/${itemId} deferred to the replay`, error);
    }
  }
}

/** The entries on an item as read (an item whose outbox is not a list has none that can be delivered). */
export function entriesOf(item: WithOutbox): OutboxEvent[] {
  return Array.isArray(item.outbox) ? item.outbox : [];
}

/** How many ids one `_id in [...]` query of `events` names at most (one page of the answer). */
export const IDS_PER_QUERY = 100;

/** Which of `ids` `events` already holds: one query per IDS_PER_QUERY ids, reading `_id` only. */
export async function deliveredAmong(ids: readonly string[]): Promise<Set<string>> {
  const _ = database().command;
  const found = new Set<string>();
  for (let start = 0; start < ids.length; start += IDS_PER_QUERY) {
    const chunk = ids.slice(start, start + IDS_PER_QUERY);
    const existing = await rows<{ _id: string }>(
      database().collection(EVENTS).where({ _id: _.in(chunk) }).field({ _id: true }).limit(IDS_PER_QUERY),
    );
    for (const event of existing) found.add(event._id);
  }
  return found;
}

/**
 * The replay's step for one item: adds the settled entries `events` does not hold yet, then pulls all of
 * them off the item in one update (by id: an entry a later call pushes meanwhile stays). Throws when an
 * add or the pull fails; nothing is pulled then, and the next replay tries again.
 */
export async function settleOutbox(collection: string, itemId: string, entries: OutboxEvent[], delivered: ReadonlySet<string>): Promise<number> {
  if (entries.length === 0) return 0;
  const missing = entries.filter((entry) => !delivered.has(entry._id));
  for (const entry of missing) await addOnce(entry);
  const _ = database().command;
  const ids = entries.map((entry) => entry._id);
  await database()
    .collection(collection)
    .doc(itemId)
    .update({ data: { [OUTBOX_FIELD]: _.pull({ _id: _.in(ids) }) } });
  return missing.length;
}
