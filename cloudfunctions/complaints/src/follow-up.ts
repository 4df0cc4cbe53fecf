import type { FollowUpTask } from '../../../types/complaint';
import { followUpInput } from '../../../types/complaint';
import { defineAction } from '../../_shared/action';
import { reporterSide } from '../../_shared/complaints/complaint-store';
import { handlersOf } from '../../_shared/complaints/recipients';
import { assertContentAllowed } from '../../_shared/content-security';
import { commit, loadForAction, others, staffLabel } from './load-for-action';
import { reopenChanges } from './reopening';

/** 回访: the grid worker (or community admin) visits a closed case; an unsatisfied verdict reopens it in the same write. */
export const followUp = defineAction({
  input: followUpInput,
  access: { kind: 'registered' },
  async run({ actor }, input) {
    const now = new Date();
    const { complaint } = await loadForAction(actor, input.id, 'followUp', now);
    await assertContentAllowed(actor.openid, { note: input.note });
    const task = complaint.followUp!;
    const done: FollowUpTask = { dueAt: new Date(task.dueAt), done: true, satisfied: input.satisfied, note: input.note, by: actor.openid, at: now };
    const reopens = input.satisfied === 'unsatisfied';
    const onward = reopens ? reopenChanges(complaint, now) : { overdue: complaint.overdue?.kind === 'followUp' ? null : complaint.overdue };
    return commit({
      complaint,
      action: 'complaint.followed_up',
      to: reopens ? 'reopened' : 'closed',
      actorOpenid: actor.openid,
      actorLabel: staffLabel(actor),
      note: input.note,
      recipients: others(actor, reporterSide(complaint), reopens ? handlersOf(complaint) : []),
      guard: { _id: complaint._id, status: 'closed', 'followUp.done': false },
      changes: { ...onward, followUp: done },
    });
  },
});
