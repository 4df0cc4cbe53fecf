import type { MeetingResult } from '../../../types/meeting';
import { MEETING_TRANSITIONS, gridReviewInput } from '../../../types/meeting';
import { communityAdminsAudience } from '../../../types/audience';
import { defineAction } from '../../_shared/action';
import { AppError } from '../../_shared/errors';
import { changeMeeting } from '../../_shared/meetings/meeting-store';
import { loadForAction } from './load-for-action';

/** 网格党支部审议: the topic's grid worker or a community admin sends it on to the decision, or rejects it with a reason. */
export const gridReview = defineAction({
  input: gridReviewInput,
  access: { kind: 'member' },
  async run({ openid, actor }, input) {
    const meeting = await loadForAction(actor, input.id, 'gridReview');
    const now = new Date();
    const byLabel = actor.roles.includes('grid_worker') && actor.gridId === meeting.gridId ? '网格党支部' : '社区';
    const to = input.approve ? MEETING_TRANSITIONS.approveReview.to : MEETING_TRANSITIONS.rejectReview.to;
    const review = { approve: input.approve, note: input.note, by: openid, byLabel, at: now };
    const won = await changeMeeting(
      {
        meeting,
        action: input.approve ? 'meeting.review_approved' : 'meeting.review_rejected',
        to,
        actorOpenid: openid,
        actorLabel: byLabel,
        note: input.note,
        changes: input.approve ? { review } : { review, rejectedReason: input.note, closedAt: now },
        recipients: input.approve ? [...communityAdminsAudience(meeting.communityId), meeting.proposer.openid] : [meeting.proposer.openid],
      },
      now,
    );
    if (!won) throw new AppError('MEETING_CHANGED');
    const result: MeetingResult = { id: meeting._id, status: to };
    return result;
  },
});
