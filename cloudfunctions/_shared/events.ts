import type { EventDoc } from '../../types/event';
import { database } from './runtime';

export const EVENTS = 'events';

export type NewEvent = Omit<EventDoc, '_id' | 'at'>;

type Writer = { collection: (name: string) => { add: (options: { data: Record<string, unknown> }) => Promise<unknown> } };

/** Append one entry to the timeline / audit log, inside a transaction when one is given. */
export async function appendEvent(event: NewEvent, writer?: Writer): Promise<void> {
  const db = database();
  await (writer ?? db).collection(EVENTS).add({ data: { ...event, at: db.serverDate() } });
}
