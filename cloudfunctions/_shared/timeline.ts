import type { EventDoc, TimelineEntry } from '../../types/event';
import { EVENTS } from './events';
import { database, rows } from './runtime';

/** An item's history is short; this bounds the read all the same. */
export const TIMELINE_LIMIT = 100;

/** The item's events, oldest first: one read on the `timeline` index (itemType, itemId, at). */
export function readTimeline(itemType: EventDoc['itemType'], itemId: string): Promise<EventDoc[]> {
  return rows<EventDoc>(database().collection(EVENTS).where({ itemType, itemId }).orderBy('at', 'asc').limit(TIMELINE_LIMIT));
}

export function toTimeline(events: EventDoc[]): TimelineEntry[] {
  return events.map((event) => ({
    action: event.action,
    from: event.from,
    to: event.to,
    actorLabel: event.actorLabel,
    note: event.note,
    at: event.at ? new Date(event.at).toISOString() : '',
  }));
}
