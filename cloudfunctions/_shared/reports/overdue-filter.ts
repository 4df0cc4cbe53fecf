import type { OverdueKind } from '../../../types/complaint-labels';
import type { Database } from '../runtime';

/** What a case waits for that staff can be late with (waiting for the resident's rating is not). */
export const LATE_WAITING: readonly OverdueKind[] = ['accept', 'resolve', 'followUp'];

/**
 * A case past a limit: what it waits for is past its due time, or the scheduler marked it overdue (报到超时
 * is only ever such a mark). With `kind`, that kind of lateness only.
 */
export function overdueFilter(db: Database, now: Date, kind?: OverdueKind): Record<string, unknown> {
  const _ = db.command;
  if (kind === 'report') return { 'overdue.kind': 'report' };
  const late = kind
    ? [{ waitingFor: kind, dueAt: _.lt(now) }, { 'overdue.kind': kind }]
    : [{ waitingFor: _.in([...LATE_WAITING]), dueAt: _.lt(now) }, { overdue: _.neq(null) }];
  return _.or(late) as unknown as Record<string, unknown>;
}
