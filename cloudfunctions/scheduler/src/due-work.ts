import { database, rows } from '../../_shared/runtime';
import type { TimerRun } from '../../_shared/timer';
import { hasTime } from '../../_shared/timer';

const BATCH = 100;
/** Items handled at once: enough to keep the database busy, few enough not to crowd out the calls of users. */
const PARALLEL = 8;

export interface DueWork<T> {
  collection: string;
  /** Matches what is due; handled items stop matching it. */
  filter: Record<string, unknown>;
  /** The range field of the filter, in whose order due items are taken (the index's sort). */
  orderBy: string;
  /** True when the item was handled; false when it no longer needed it (another call got there first). */
  handle: (item: T) => Promise<boolean>;
}

/**
 * Works through what is due, oldest first, for as long as the run has time. Items are re-read from the
 * front each round, since handled ones drop out of the filter; one that could not be handled, or whose
 * handling failed, is passed over for the rest of the run.
 */
/** One item's outcome; an item that throws is logged and passed over, so it cannot hold up those behind it. */
async function handleSafely<T extends { _id: string }>(work: DueWork<T>, item: T): Promise<'done' | 'skipped' | 'failed'> {
  try {
    return (await work.handle(item)) ? 'done' : 'skipped';
  } catch (error) {
    console.error(`[timer] ${work.collection}/${item._id} failed`, error);
    return 'failed';
  }
}

export async function workThroughDue<T extends { _id: string }>(run: TimerRun, work: DueWork<T>): Promise<{ done: number; failed: number; left: number }> {
  const _ = database().command;
  const passedOver = new Set<string>();
  let done = 0;
  let failed = 0;
  while (hasTime(run)) {
    const filter = passedOver.size > 0 ? { ...work.filter, _id: _.nin([...passedOver]) } : work.filter;
    const due = await rows<T>(database().collection(work.collection).where(filter).orderBy(work.orderBy, 'asc').limit(BATCH));
    if (due.length === 0) break;
    for (let start = 0; start < due.length && hasTime(run); start += PARALLEL) {
      const chunk = due.slice(start, start + PARALLEL);
      const handled = await Promise.all(chunk.map((item) => handleSafely(work, item)));
      handled.forEach((outcome, index) => {
        if (outcome === 'done') done += 1;
        else passedOver.add(chunk[index]!._id);
        if (outcome === 'failed') failed += 1;
      });
    }
  }
  const left = (await database().collection(work.collection).where(work.filter).count()) as { total?: number };
  return { done, failed, left: left.total ?? 0 };
}
