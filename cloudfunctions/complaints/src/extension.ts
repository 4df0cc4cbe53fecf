import type { Extension } from '../../../types/complaint';
import { requestExtensionInput, reviewExtensionInput } from '../../../types/complaint';
import { defineAction } from '../../_shared/action';
import { inCommunityTime } from '../../_shared/clock';
import { communityAdminsOf } from '../../_shared/complaints/recipients';
import { longestExtensionFrom } from '../../_shared/complaints/due-times';
import { assertContentAllowed } from '../../_shared/content-security';
import { AppError } from '../../_shared/errors';
import { commit, loadForAction, others, staffLabel } from './load-for-action';

const invalidUntil = (message: string) => new AppError('INVALID_INPUT', message, [{ path: 'until', message }]);
const shown = (at: Date) => inCommunityTime(at).format('M月D日 HH:mm');

/**
 * 延期: the handler of an accepted case asks once for a later 办结 time, after the current one and at most
 * 15 working days from acceptance (复杂); the community admin reviews it.
 */
export const requestExtension = defineAction({
  input: requestExtensionInput,
  access: { kind: 'registered' },
  async run({ actor }, input) {
    const now = new Date();
    const { complaint } = await loadForAction(actor, input.id, 'requestExtension', now, ({ complaint: c }) =>
      c.status === 'accepted' && c.extension !== null ? new AppError('EXTENSION_USED') : new AppError('INVALID_STATE'),
    );
    const until = new Date(input.until);
    const due = complaint.resolveDueAt ? new Date(complaint.resolveDueAt) : now;
    if (until.getTime() <= due.getTime()) throw invalidUntil(`延期时间须晚于当前办结时限（${shown(due)}）`);
    const longest = longestExtensionFrom(new Date(complaint.acceptedAt ?? now));
    if (until.getTime() > longest.getTime()) throw invalidUntil(`延期最长至签收后15个工作日（${shown(longest)}）`);
    await assertContentAllowed(actor.openid, { reason: input.reason });
    const extension: Extension = {
      until,
      reason: input.reason,
      requestedBy: actor.openid,
      requestedAt: now,
      status: 'pending',
      reviewedBy: null,
      reviewedAt: null,
      reviewReason: null,
    };
    return commit(
      {
        complaint,
        action: 'complaint.extension_requested',
        to: 'accepted',
        actorOpenid: actor.openid,
        actorLabel: staffLabel(actor),
        note: input.reason,
        recipients: others(actor, communityAdminsOf(complaint.communityId)),
        guard: { _id: complaint._id, status: 'accepted', extension: null },
        changes: { extension },
      },
      'EXTENSION_USED',
    );
  },
});

/** The community admin approves (the new 办结 time holds, the case counts as 复杂) or refuses with a reason. */
export const reviewExtension = defineAction({
  input: reviewExtensionInput,
  access: { kind: 'registered' },
  async run({ actor }, input) {
    const now = new Date();
    const { complaint } = await loadForAction(actor, input.id, 'reviewExtension', now);
    const asked = complaint.extension!;
    await assertContentAllowed(actor.openid, { reason: input.reason });
    const extension: Extension = {
      ...asked,
      until: new Date(asked.until),
      requestedAt: new Date(asked.requestedAt),
      status: input.approve ? 'approved' : 'rejected',
      reviewedBy: actor.openid,
      reviewedAt: now,
      reviewReason: input.reason ?? null,
    };
    const approved = input.approve
      ? {
          resolveDueAt: extension.until,
          complex: true,
          urgedAt: null,
          lateEscalatedAt: null,
          overdue: complaint.overdue?.kind === 'resolve' ? null : complaint.overdue,
        }
      : {};
    return commit({
      complaint,
      action: input.approve ? 'complaint.extension_approved' : 'complaint.extension_rejected',
      to: 'accepted',
      actorOpenid: actor.openid,
      actorLabel: staffLabel(actor),
      note: input.reason ?? null,
      recipients: others(actor, [asked.requestedBy]),
      guard: { _id: complaint._id, status: 'accepted', 'extension.status': 'pending' },
      changes: { extension, ...approved },
    });
  },
});
