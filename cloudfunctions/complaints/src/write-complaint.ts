import type { ComplaintEvent } from '../../_shared/complaints/complaint-store';
import { COMPLAINTS, complaintEventEntry, sendComplaintMessages } from '../../_shared/complaints/complaint-store';
import { applyTransition } from '../../_shared/transition';

export { scheduleOf as complaintScheduleFields } from '../../_shared/complaints/complaint-schedule';

export interface RawComplaintChange extends ComplaintEvent {
  guard: Record<string, unknown>;
  /** Update data as it is sent, commands (`_.push`) included. */
  changes: Record<string, unknown>;
}

/**
 * A guarded change of a case that changeComplaint cannot express (an array pushed to, a guard of its own),
 * with its event; the caller computes the schedule fields from the case as it will be.
 */
export async function writeComplaint(change: RawComplaintChange): Promise<boolean> {
  const won = await applyTransition({
    collection: COMPLAINTS,
    item: change.complaint,
    guard: change.guard,
    changes: { ...change.changes, status: change.to },
    event: complaintEventEntry(change),
  });
  if (won) await sendComplaintMessages(change);
  return won;
}
