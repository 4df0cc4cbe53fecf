import { COMPLAINTS } from '../../_shared/complaints/complaint-store';
import { database, rows } from '../../_shared/runtime';
import type { WithOutbox } from '../../_shared/outbox';
import { deliverOutbox, pendingOf } from '../../_shared/outbox';
import type { TimerRun } from '../../_shared/timer';
import { hasTime } from '../../_shared/timer';
import { USERS } from '../../_shared/users-repository';
import { WISHES } from '../../_shared/wishes/wish-store';

/** The collections whose items carry an outbox. */
export const OUTBOX_COLLECTIONS = [WISHES, USERS, COMPLAINTS];

const BATCH = 100;
/** An entry younger than this may still be on its way with the call that wrote it. */
const SETTLE_MS = 60 * 1000;

/**
 * Delivers the events that calls cut short (an instance that died, a database that did not answer) left in
 * their items' outboxes, so that no change stays without its timeline line, audit record and notices.
 */
export async function replayOutbox(run: TimerRun): Promise<Record<string, number>> {
  const _ = database().command;
  const settledBefore = new Date(run.now.getTime() - SETTLE_MS);
  let delivered = 0;
  for (const collection of OUTBOX_COLLECTIONS) {
    const failed = new Set<string>();
    while (hasTime(run)) {
      const filter = failed.size > 0 ? { 'outbox.at': _.lt(settledBefore), _id: _.nin([...failed]) } : { 'outbox.at': _.lt(settledBefore) };
      const items = await rows<WithOutbox>(database().collection(collection).where(filter).limit(BATCH));
      if (items.length === 0) break;
      for (const item of items) {
        if (!hasTime(run)) break;
        const entries = pendingOf(item).filter((entry) => new Date(entry.at as string) < settledBefore);
        try {
          await deliverOutbox(collection, item._id, entries);
          delivered += entries.length;
        } catch (error) {
          console.error(`[outbox] replay of ${collection}/${item._id} failed`, error);
          failed.add(item._id);
        }
      }
    }
  }
  return { delivered };
}
