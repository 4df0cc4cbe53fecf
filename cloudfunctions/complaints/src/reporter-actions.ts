import { FOLLOW_UP_DAYS, complaintIdInput, rateInput, reasonInput } from '../../../types/complaint';
import type { FollowUpTask } from '../../../types/complaint';
import { defineAction } from '../../_shared/action';
import { handlersOf } from '../../_shared/complaints/recipients';
import { assertContentAllowed } from '../../_shared/content-security';
import { AppError } from '../../_shared/errors';
import { commit, loadForAction, others, reporterLabel } from './load-for-action';
import { reopenChanges } from './reopening';

const DAY_MS = 24 * 3600 * 1000;

/** 评价: the reporter rates the answer once; the case closes and its 回访 task starts (due in 15 days). */
export const rate = defineAction({
  input: rateInput,
  access: { kind: 'registered' },
  async run({ actor }, input) {
    const now = new Date();
    const { complaint, facts } = await loadForAction(actor, input.id, 'rate', now);
    await assertContentAllowed(actor.openid, { comment: input.comment });
    const followUp: FollowUpTask = { dueAt: new Date(now.getTime() + FOLLOW_UP_DAYS * DAY_MS), done: false, satisfied: null, note: null, by: null, at: null };
    return commit({
      complaint,
      action: 'complaint.rated',
      to: 'closed',
      actorOpenid: actor.openid,
      actorLabel: reporterLabel(actor, facts),
      note: input.comment ?? null,
      recipients: others(actor, [complaint.assigneeOpenid]),
      guard: { _id: complaint._id, status: 'resolved', rating: null },
      changes: { rating: { rating: input.rating, comment: input.comment ?? null, at: now }, closedAt: now, followUp },
    });
  },
});

/** 重办: the reporter is not satisfied with the answer — from resolved, or from closed after a rating of 2 or less within 7 days of the answer. */
export const reopen = defineAction({
  input: reasonInput,
  access: { kind: 'registered' },
  async run({ actor }, input) {
    const now = new Date();
    // A closed case reopens only within the window (rated 2 or less, at most 7 days after the answer).
    const { complaint, facts } = await loadForAction(actor, input.id, 'reopen', now, ({ facts: f }) =>
      f.status === 'closed' ? new AppError('REOPEN_WINDOW_PASSED') : new AppError('INVALID_STATE'),
    );
    await assertContentAllowed(actor.openid, { reason: input.reason });
    return commit({
      complaint,
      action: 'complaint.reopened',
      to: 'reopened',
      actorOpenid: actor.openid,
      actorLabel: reporterLabel(actor, facts),
      note: input.reason,
      recipients: others(actor, handlersOf(complaint)),
      changes: { ...reopenChanges(complaint, now), followUp: null },
    });
  },
});

/** 撤回: the reporter (or whoever filed it) takes the case back before it is answered. */
export const withdraw = defineAction({
  input: complaintIdInput,
  access: { kind: 'registered' },
  async run({ actor }, input) {
    const now = new Date();
    const { complaint, facts } = await loadForAction(actor, input.id, 'withdraw', now);
    return commit({
      complaint,
      action: 'complaint.withdrawn',
      to: 'withdrawn',
      actorOpenid: actor.openid,
      actorLabel: reporterLabel(actor, facts),
      recipients: others(actor, [complaint.assigneeOpenid]),
      changes: { overdue: null },
    });
  },
});
