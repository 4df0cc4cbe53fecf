import type { ComplaintDoc, WaitingFor } from '../../../types/complaint';
import { AUTO_CLOSE_DAYS, AWAITING_ACCEPT, OPEN_STATUSES } from '../../../types/complaint';
import { lateEscalationAt } from './due-times';

const DAY_MS = 24 * 3600 * 1000;

export type ScheduleFacts = Pick<
  ComplaintDoc,
  'status' | 'acceptDueAt' | 'resolveDueAt' | 'resolvedAt' | 'followUp' | 'overdue' | 'urgedAt' | 'lateEscalatedAt' | 'summons'
>;

export interface Schedule {
  waitingFor: WaitingFor | null;
  dueAt: Date | null;
  nextCheckAt: Date | null;
}

const asDate = (value: Date | string | null | undefined) => (value ? new Date(value) : null);

/** When a resolved case nobody rated closes by itself. */
export function autoCloseAt(resolvedAt: Date): Date {
  return new Date(new Date(resolvedAt).getTime() + AUTO_CLOSE_DAYS * DAY_MS);
}

/** What the case waits for and by when: the queues' tab and sort key. */
export function waitingOf(c: ScheduleFacts): Pick<Schedule, 'waitingFor' | 'dueAt'> {
  if (AWAITING_ACCEPT.includes(c.status)) return { waitingFor: 'accept', dueAt: asDate(c.acceptDueAt) };
  if (c.status === 'accepted') return { waitingFor: 'resolve', dueAt: asDate(c.resolveDueAt) };
  if (c.status === 'resolved' && c.resolvedAt) return { waitingFor: 'rate', dueAt: autoCloseAt(c.resolvedAt) };
  if (c.status === 'closed' && c.followUp && !c.followUp.done) return { waitingFor: 'followUp', dueAt: asDate(c.followUp.dueAt) };
  return { waitingFor: null, dueAt: null };
}

/** Every moment at which the scheduler has something to do with the case, not yet done. */
export function pendingChecks(c: ScheduleFacts): Date[] {
  const checks: Array<Date | null> = [];
  if (AWAITING_ACCEPT.includes(c.status) && c.overdue?.kind !== 'accept') checks.push(asDate(c.acceptDueAt));
  if (c.status === 'accepted' && c.resolveDueAt) {
    if (!c.urgedAt) checks.push(asDate(c.resolveDueAt));
    if (!c.lateEscalatedAt) checks.push(lateEscalationAt(new Date(c.resolveDueAt)));
  }
  if (c.status === 'resolved' && c.resolvedAt) checks.push(autoCloseAt(c.resolvedAt));
  if (c.status === 'closed' && c.followUp && !c.followUp.done && c.overdue?.kind !== 'followUp') checks.push(asDate(c.followUp.dueAt));
  if (OPEN_STATUSES.includes(c.status)) {
    for (const summon of c.summons) if (summon.status === 'summoned' && !summon.lateNoticeAt) checks.push(asDate(summon.dueAt));
  }
  return checks.filter((check): check is Date => check !== null);
}

/** The fields every write of a case recomputes from the case as it will be. */
export function scheduleOf(c: ScheduleFacts): Schedule {
  const checks = pendingChecks(c);
  const nextCheckAt = checks.length > 0 ? new Date(Math.min(...checks.map((check) => check.getTime()))) : null;
  return { ...waitingOf(c), nextCheckAt };
}
