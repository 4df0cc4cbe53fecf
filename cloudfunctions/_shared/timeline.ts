import type { EventDoc, TimelineEntry } from '../../types/event';
import { EVENTS } from './events';
import { database, rows } from './runtime';

/** An item's history is short; this bounds the read all the same. */
export const TIMELINE_LIMIT = 100;

/**
 * The item's events, oldest first, with the events of other items shown on it (`alsoOn`: a topic raised from
 * a complaint): one read, on the `timeline` index (itemType, itemId, at) or the `also_on` index (alsoOn, at).
 */
export async function readTimeline(itemType: EventDoc['itemType'], itemId: string): Promise<TimelineEvent[]> {
  const db = database();
  const _ = db.command;
  const where = _.or([{ itemType, itemId }, { alsoOn: `${itemType}:${itemId}` }]);
  const found = await rows<EventDoc>(db.collection(EVENTS).where(where).orderBy('at', 'asc').limit(TIMELINE_LIMIT));
  return found.map((event) => (event.itemType === itemType && event.itemId === itemId ? event : { ...event, foreign: true }));
}

/** An event as a timeline read it: `foreign` when it belongs to another item and shows here through `alsoOn`. */
export type TimelineEvent = EventDoc & { foreign?: boolean };

/** The timeline; a line that belongs to another item says where it leads (`link`). */
export function toTimeline(events: TimelineEvent[]): TimelineEntry[] {
  return events.map((event) => {
    const entry: TimelineEntry = {
      action: event.action,
      from: event.from,
      to: event.to,
      actorLabel: event.actorLabel,
      note: event.note,
      at: event.at ? new Date(event.at).toISOString() : '',
    };
    if (event.foreign) entry.link = { itemType: event.itemType, itemId: event.itemId, title: event.itemTitle };
    return entry;
  });
}
