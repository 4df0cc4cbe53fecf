import { COMPLAINTS } from '../../_shared/complaints/complaint-store';
import { MEETINGS } from '../../_shared/meetings/meeting-store';
import { database, rows } from '../../_shared/runtime';
import type { OutboxEvent, WithOutbox } from '../../_shared/outbox';
import { deliveredAmong, entriesOf, settleOutbox } from '../../_shared/outbox';
import type { TimerRun } from '../../_shared/timer';
import { hasTime } from '../../_shared/timer';
import { USERS } from '../../_shared/users-repository';
import { WISHES } from '../../_shared/wishes/wish-store';

/** The collections whose items carry an outbox. */
export const OUTBOX_COLLECTIONS = [WISHES, USERS, COMPLAINTS, MEETINGS];

const BATCH = 100;
/** An entry younger than this may still be on its way with the call that wrote it. */
const SETTLE_MS = 60 * 1000;

/**
 * The one place outboxes are cleared. Calls add their event to `events` and leave the entry on the item;
 * here, for each item with settled entries, the entries `events` does not hold yet — those of calls cut
 * short between their update and their add — are added, and then every settled entry is pulled off the
 * item in one update. Which entries are already delivered is read once per batch of items, by id.
 * `delivered` counts the entries added here, `cleared` the entries taken off items.
 */
export async function replayOutbox(run: TimerRun): Promise<Record<string, number>> {
  const _ = database().command;
  const settledBefore = new Date(run.now.getTime() - SETTLE_MS);
  const settled = (item: WithOutbox): OutboxEvent[] => entriesOf(item).filter((entry) => new Date(entry.at as string) < settledBefore);
  let delivered = 0;
  let cleared = 0;
  for (const collection of OUTBOX_COLLECTIONS) {
    const failed = new Set<string>();
    while (hasTime(run)) {
      const filter = failed.size > 0 ? { 'outbox.at': _.lt(settledBefore), _id: _.nin([...failed]) } : { 'outbox.at': _.lt(settledBefore) };
      const items = await rows<WithOutbox>(database().collection(collection).where(filter).limit(BATCH));
      if (items.length === 0) break;
      let known: Set<string>;
      try {
        known = await deliveredAmong(items.flatMap((item) => settled(item).map((entry) => entry._id)));
      } catch (error) {
        console.error(`[outbox] replay of ${collection} could not read what is delivered`, error);
        break;
      }
      for (const item of items) {
        if (!hasTime(run)) break;
        const entries = settled(item);
        try {
          if (entries.length === 0) throw new Error('no settled entry that can be delivered');
          delivered += await settleOutbox(collection, item._id, entries, known);
          cleared += entries.length;
        } catch (error) {
          console.error(`[outbox] replay of ${collection}/${item._id} failed`, error);
          failed.add(item._id);
        }
      }
    }
  }
  return { delivered, cleared };
}
