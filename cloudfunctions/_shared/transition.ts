import type { ErrorCode } from '../../types/reply';
import { AppError } from './errors';
import type { NewEvent } from './events';
import type { OutboxEvent, WithOutbox } from './outbox';
import { OUTBOX_FIELD, deliverOrDefer, outboxEntry } from './outbox';
import { changedOne, database } from './runtime';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/**
 * The SDK sends the value of `_.set()` as it is, without encoding what lies inside: a `db.serverDate()` or a
 * command nested in it would be stored as a meaningless object. Sub-documents hold plain data only (a time
 * inside one is the function's clock).
 */
function assertPlainData(value: unknown, path: string): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => assertPlainData(item, `${path}.${index}`));
    return;
  }
  if (value === null || typeof value !== 'object' || value instanceof Date) return;
  if (!isPlainObject(value)) throw new Error(`${path}: a sub-document may hold plain data only`);
  for (const [key, item] of Object.entries(value)) assertPlainData(item, `${path}.${key}`);
}

/**
 * The update data for `changes`: every sub-document is written whole with `_.set()`. The SDK flattens a
 * plain object into dotted paths, which the database refuses on a field that holds `null` (as `claim`,
 * `review`, `fulfilment` do before their step) and which would merge into, not replace, an old value.
 */
export function wholeFields(changes: Record<string, unknown>): Record<string, unknown> {
  const _ = database().command;
  return Object.fromEntries(
    Object.entries(changes).map(([field, value]) => {
      if (!isPlainObject(value)) return [field, value];
      assertPlainData(value, field);
      return [field, _.set(value)];
    }),
  );
}

export interface Transition {
  collection: string;
  /** The item as read (its `_id`); entries an earlier call left in its outbox are the replay's, not this call's. */
  item: WithOutbox;
  /** What the item must still match for the change to apply (its `_id` and the state it was read in). */
  guard: Record<string, unknown>;
  /** Top-level fields to write. */
  changes: Record<string, unknown>;
  event: NewEvent;
}

/**
 * One state change with its event, all or nothing: a conditional update that also puts the event in the
 * item's outbox, then the add of the event to `events` — two writes. The entry stays in the outbox until
 * the scheduler's replay clears it (outbox.ts). True once the change is written, even when the add failed
 * and the event waits for the replay; false when the guard no longer matched — another call changed the
 * item first — and nothing was written.
 */
export async function applyTransition(transition: Transition): Promise<boolean> {
  const db = database();
  const entry: OutboxEvent = outboxEntry(transition.event);
  const result = await db
    .collection(transition.collection)
    .where(transition.guard)
    .update({
      data: {
        ...wholeFields(transition.changes),
        updatedAt: db.serverDate(),
        [OUTBOX_FIELD]: db.command.push([entry]),
      },
    });
  if (!changedOne(result)) return false;
  await deliverOrDefer(transition.collection, transition.item._id, [entry]);
  return true;
}

/** As applyTransition, refusing with `lostRace` when another call changed the item first. */
export async function applyTransitionOrRefuse(transition: Transition, lostRace: ErrorCode): Promise<void> {
  if (!(await applyTransition(transition))) throw new AppError(lostRace);
}
