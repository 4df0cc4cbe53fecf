import type { Actor } from '../../../types/actor';
import type { ComplaintDoc, ComplaintResult } from '../../../types/complaint';
import { OPEN_STATUSES, complaintIdInput } from '../../../types/complaint';
import { canOnComplaint, stateAllowsAction } from '../../../types/permissions-complaints';
import { defineAction } from '../../_shared/action';
import { COMPLAINTS, complaintEventEntry, complaintFacts, loadComplaint } from '../../_shared/complaints/complaint-store';
import { AppError } from '../../_shared/errors';
import { OUTBOX_FIELD, deliverOrDefer, outboxEntry } from '../../_shared/outbox';
import { changedOne, database } from '../../_shared/runtime';

function refusalFor(actor: Actor, complaint: ComplaintDoc | null): AppError {
  if (!complaint || !canOnComplaint(actor, 'view', complaintFacts(complaint))) return new AppError('NOT_FOUND');
  if (!canOnComplaint(actor, 'support', complaintFacts(complaint))) return new AppError('FORBIDDEN');
  if (complaint.supporters.includes(actor.openid)) return new AppError('ALREADY_SUPPORTED');
  if (!OPEN_STATUSES.includes(complaint.status)) return new AppError('INVALID_STATE');
  return new AppError('COMPLAINT_CHANGED');
}

/** 同问: a neighbour says "me too", once; counted in one conditional update, so concurrent ones all count. */
export const support = defineAction({
  input: complaintIdInput,
  access: { kind: 'member' },
  async run({ openid, actor }, input): Promise<ComplaintResult> {
    const complaint = await loadComplaint(input.id);
    if (!complaint || !canOnComplaint(actor, 'support', complaintFacts(complaint)) || !stateAllowsAction('support', actor, complaintFacts(complaint), new Date())) {
      throw refusalFor(actor, complaint);
    }
    const db = database();
    const _ = db.command;
    const entry = outboxEntry(
      complaintEventEntry({ complaint, action: 'complaint.supported', from: complaint.status, to: complaint.status, actorOpenid: openid, actorLabel: '居民' }),
    );
    const result = await db
      .collection(COMPLAINTS)
      .where({ _id: complaint._id, status: _.in([...OPEN_STATUSES]), supporters: _.neq(openid) })
      .update({ data: { supporters: _.push([openid]), supportCount: _.inc(1), updatedAt: db.serverDate(), [OUTBOX_FIELD]: _.push([entry]) } });
    if (!changedOne(result)) throw refusalFor(actor, await loadComplaint(complaint._id));
    await deliverOrDefer(COMPLAINTS, complaint._id, [entry]);
    return { id: complaint._id, status: complaint.status, level: complaint.level };
  },
});
