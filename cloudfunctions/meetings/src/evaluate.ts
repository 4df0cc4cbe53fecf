import type { MeetingResult } from '../../../types/meeting';
import { evaluateInput } from '../../../types/meeting';
import { defineAction } from '../../_shared/action';
import { assertContentAllowed } from '../../_shared/content-security';
import { AppError } from '../../_shared/errors';
import { changeMeeting, loadMeeting } from '../../_shared/meetings/meeting-store';
import { database } from '../../_shared/runtime';
import { loadForAction } from './load-for-action';

/** 居民评议: a resident in scope rates how the resolution was carried out, once, while the evaluation is open. */
export const evaluate = defineAction({
  input: evaluateInput,
  access: { kind: 'member' },
  async run({ openid, actor }, input) {
    const meeting = await loadForAction(actor, input.id, 'evaluate', 'NOT_IN_SCOPE');
    if (meeting.evaluations.some((evaluation) => evaluation.openid === openid)) throw new AppError('ALREADY_EVALUATED');
    const now = new Date();
    if (!meeting.evaluationWindow || new Date(meeting.evaluationWindow.endsAt).getTime() <= now.getTime()) throw new AppError('INVALID_STATE', '评议已结束');
    await assertContentAllowed(openid, { comment: input.comment });
    const _ = database().command;
    const evaluation = { openid, rating: input.rating, comment: input.comment ?? null, at: now };
    const won = await changeMeeting(
      {
        meeting,
        guard: { _id: meeting._id, status: 'evaluating', 'evaluations.openid': _.neq(openid), 'evaluationWindow.endsAt': _.gt(now) },
        action: 'meeting.evaluated',
        to: 'evaluating',
        actorOpenid: openid,
        actorLabel: '居民',
        changes: { evaluations: _.push([evaluation]), [`evaluationCounts.${input.rating}`]: _.inc(1) },
      },
      now,
    );
    if (!won) {
      const current = await loadMeeting(meeting._id);
      throw new AppError(current?.evaluations.some((e) => e.openid === openid) ? 'ALREADY_EVALUATED' : 'MEETING_CHANGED');
    }
    const result: MeetingResult = { id: meeting._id, status: 'evaluating' };
    return result;
  },
});
