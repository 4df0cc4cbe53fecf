import { rejectInput } from '../../../types/complaint';
import { defineAction } from '../../_shared/action';
import { reporterSide } from '../../_shared/complaints/complaint-store';
import { assertContentAllowed } from '../../_shared/content-security';
import { commit, loadForAction, others, staffLabel } from './load-for-action';

/** 不予受理: the community admin refuses a new case, with the reason and where to go instead. */
export const reject = defineAction({
  input: rejectInput,
  access: { kind: 'registered' },
  async run({ actor }, input) {
    const now = new Date();
    const { complaint } = await loadForAction(actor, input.id, 'reject', now);
    await assertContentAllowed(actor.openid, { reason: input.reason, redirect: input.redirect });
    const redirect = input.redirect ?? null;
    return commit({
      complaint,
      action: 'complaint.rejected',
      to: 'rejected',
      actorOpenid: actor.openid,
      actorLabel: staffLabel(actor),
      note: input.reason,
      recipients: others(actor, reporterSide(complaint)),
      changes: { rejection: { reason: input.reason, redirect, by: actor.openid, at: now }, overdue: null },
    });
  },
});
