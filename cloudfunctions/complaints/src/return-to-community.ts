import { reasonInput } from '../../../types/complaint';
import { defineAction } from '../../_shared/action';
import { communityAdminsOf } from '../../_shared/complaints/recipients';
import { assertContentAllowed } from '../../_shared/content-security';
import { commit, loadForAction, others, staffLabel } from './load-for-action';

/** 退单: the grid says the case is not its own (not this grid, not ours) and gives it back to the community. */
export const returnToCommunity = defineAction({
  input: reasonInput,
  access: { kind: 'registered' },
  async run({ actor }, input) {
    const now = new Date();
    const { complaint } = await loadForAction(actor, input.id, 'returnToCommunity', now);
    await assertContentAllowed(actor.openid, { reason: input.reason });
    return commit({
      complaint,
      action: 'complaint.returned',
      to: 'returned',
      actorOpenid: actor.openid,
      actorLabel: staffLabel(actor),
      note: input.reason,
      recipients: others(actor, communityAdminsOf(complaint.communityId)),
      changes: { returned: { reason: input.reason, by: actor.openid, at: now }, leftGrid: true, assigneeOpenid: null, assigneeName: null },
    });
  },
});
