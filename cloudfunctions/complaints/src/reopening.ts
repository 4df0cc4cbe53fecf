import type { ComplaintDoc } from '../../../types/complaint';
import { acceptDueFrom } from '../../_shared/complaints/due-times';

/**
 * What 重办 writes on a case: it waits for a new 签收 from now, keeps its handler and its first answer, and
 * may be rated again.
 */
export function reopenChanges(complaint: ComplaintDoc, now: Date) {
  return {
    reopenCount: complaint.reopenCount + 1,
    acceptDueAt: acceptDueFrom(now, complaint.urgency),
    rating: null,
    closedAt: null,
    overdue: null,
    urgedAt: null,
    lateEscalatedAt: null,
  };
}
