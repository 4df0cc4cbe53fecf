import { complaintIdInput } from '../../../types/complaint';
import { canOnComplaint } from '../../../types/permissions-complaints';
import { defineAction } from '../../_shared/action';
import { reporterSide } from '../../_shared/complaints/complaint-store';
import { resolveDueFrom } from '../../_shared/complaints/due-times';
import { AppError } from '../../_shared/errors';
import { commit, loadForAction, others, staffLabel } from './load-for-action';

/**
 * 签收: the handler takes the case; its 办结 time limit starts now. Of simultaneous accepts exactly one wins
 * (the status as read guards the write); the others hear COMPLAINT_ALREADY_ACCEPTED.
 */
export const accept = defineAction({
  input: complaintIdInput,
  access: { kind: 'registered' },
  async run({ actor, user }, input) {
    const now = new Date();
    // Someone who could have accepted it hears that another handler was first, not that they may not.
    const { complaint } = await loadForAction(actor, input.id, 'accept', now, undefined, ({ facts }) =>
      facts.status === 'accepted' && canOnComplaint(actor, 'accept', { ...facts, assigneeOpenid: null })
        ? new AppError('COMPLAINT_ALREADY_ACCEPTED')
        : null,
    );
    return commit(
      {
        complaint,
        action: 'complaint.accepted',
        to: 'accepted',
        actorOpenid: actor.openid,
        actorLabel: staffLabel(actor),
        recipients: others(actor, reporterSide(complaint)),
        changes: {
          assigneeOpenid: actor.openid,
          assigneeName: user.name,
          acceptedAt: now,
          resolveDueAt: resolveDueFrom(now, complaint.urgency),
          overdue: null,
          urgedAt: null,
          lateEscalatedAt: null,
        },
      },
      'COMPLAINT_ALREADY_ACCEPTED',
    );
  },
});
