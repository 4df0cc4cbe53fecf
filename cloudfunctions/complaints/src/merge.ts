import type { ComplaintDoc, ComplaintResult } from '../../../types/complaint';
import { OPEN_STATUSES, mergeInput } from '../../../types/complaint';
import { canOnComplaint } from '../../../types/permissions-complaints';
import { defineAction } from '../../_shared/action';
import { scheduleOf } from '../../_shared/complaints/complaint-schedule';
import type { ComplaintEvent } from '../../_shared/complaints/complaint-store';
import { COMPLAINTS, complaintEventEntry, complaintFacts, reporterSide, sendComplaintMessages } from '../../_shared/complaints/complaint-store';
import { AppError, isTransactionConflict } from '../../_shared/errors';
import { EVENTS } from '../../_shared/events';
import { outboxEntry } from '../../_shared/outbox';
import { database, inTransaction, readInTransaction } from '../../_shared/runtime';
import { wholeFields } from '../../_shared/transition';
import { checkForAction, others, staffLabel } from './load-for-action';

/** The kept case's supporters once the duplicate's reporter side and supporters join them (never its own reporter). */
function mergedSupporters(kept: ComplaintDoc, duplicate: ComplaintDoc): string[] {
  const own = reporterSide(kept);
  return [...new Set([...kept.supporters, ...reporterSide(duplicate), ...duplicate.supporters])].filter((openid) => !own.includes(openid));
}

function refuseKept(kept: ComplaintDoc | null, duplicate: ComplaintDoc): void {
  if (!kept || kept.communityId !== duplicate.communityId) throw new AppError('NOT_FOUND', '要合并到的诉求不存在');
  if (!OPEN_STATUSES.includes(kept.status)) throw new AppError('INVALID_STATE', '要合并到的诉求已办结或已关闭');
}

/**
 * 合并: a new case that repeats an open one of the community is closed as merged, and its reporter and
 * supporters become supporters of the kept case. Both cases change in one transaction — each with its event,
 * written to `events` inside it — so neither half can land without the other. The cases are read inside the
 * transaction only, and every refusal is decided on those reads.
 */
export const merge = defineAction({
  input: mergeInput,
  access: { kind: 'registered' },
  async run({ actor }, input) {
    const now = new Date();
    const db = database();
    const label = staffLabel(actor);
    let events: ComplaintEvent[] = [];
    let level: ComplaintDoc['level'];
    try {
      level = await inTransaction(async (transaction) => {
        const cases = transaction.collection(COMPLAINTS);
        const [duplicateNow, keptNow] = await Promise.all([
          readInTransaction<ComplaintDoc>(transaction, COMPLAINTS, input.id),
          readInTransaction<ComplaintDoc>(transaction, COMPLAINTS, input.intoId),
        ]);
        // The checks run on the transaction's own reads: a refusal throws before anything is written.
        const duplicate = checkForAction(actor, duplicateNow, 'merge', now).complaint;
        refuseKept(keptNow, duplicate);
        if (!canOnComplaint(actor, 'view', complaintFacts(keptNow!))) throw new AppError('NOT_FOUND', '要合并到的诉求不存在');
        const kept = keptNow!;
        const supporters = mergedSupporters(kept, duplicate);
        events = [
          {
            complaint: duplicate,
            action: 'complaint.merged',
            to: 'merged',
            actorOpenid: actor.openid,
            actorLabel: label,
            note: `与另一件诉求相同，已合并办理`,
            recipients: others(actor, reporterSide(duplicate), duplicate.supporters),
          },
          {
            complaint: kept,
            action: 'complaint.merged',
            to: kept.status,
            actorOpenid: actor.openid,
            actorLabel: label,
            note: `合并了一件相同的诉求，同问${supporters.length}人`,
            recipients: [],
          },
        ];
        const mergedChanges = { status: 'merged' as const, mergedInto: kept._id, overdue: null };
        await cases.doc(duplicate._id).update({
          data: wholeFields({ ...mergedChanges, ...scheduleOf({ ...duplicate, ...mergedChanges }), updatedAt: db.serverDate() }),
        });
        await cases.doc(kept._id).update({ data: { supporters: db.command.set(supporters), supportCount: supporters.length, updatedAt: db.serverDate() } });
        for (const event of events) {
          await transaction.collection(EVENTS).add({ data: outboxEntry(complaintEventEntry(event)) as unknown as Record<string, unknown> });
        }
        return duplicate.level;
      });
    } catch (error) {
      if (error instanceof AppError) throw error;
      if (isTransactionConflict(error)) throw new AppError('COMPLAINT_CHANGED');
      throw error;
    }
    await Promise.all(events.map(sendComplaintMessages));
    const result: ComplaintResult = { id: input.id, status: 'merged', level };
    return result;
  },
});
