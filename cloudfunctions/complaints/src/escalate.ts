import { levelAbove, reasonInput } from '../../../types/complaint';
import { defineAction } from '../../_shared/action';
import { AppError } from '../../_shared/errors';
import { holdersAt } from '../../_shared/complaints/recipients';
import { assertContentAllowed } from '../../_shared/content-security';
import { commit, loadForAction, others, staffLabel } from './load-for-action';

/** 上报: what the grid cannot solve goes to the community, what the community cannot to the street. */
export const escalate = defineAction({
  input: reasonInput,
  access: { kind: 'registered' },
  async run({ actor }, input) {
    const now = new Date();
    // At the street there is no level above: whoever sees the case hears so, rather than FORBIDDEN.
    const { complaint } = await loadForAction(actor, input.id, 'escalate', now, undefined, ({ complaint: c }) =>
      levelAbove(c.level) === null ? new AppError('INVALID_STATE', '诉求已在街道，不能再上报') : null,
    );
    const level = levelAbove(complaint.level)!;
    await assertContentAllowed(actor.openid, { reason: input.reason });
    return commit({
      complaint,
      action: 'complaint.escalated',
      to: complaint.status,
      actorOpenid: actor.openid,
      actorLabel: staffLabel(actor),
      note: input.reason,
      recipients: others(actor, holdersAt(complaint, level)),
      guard: { _id: complaint._id, status: complaint.status, level: complaint.level },
      changes: { level, leftGrid: true },
    });
  },
});
