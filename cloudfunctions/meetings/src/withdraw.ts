import type { MeetingResult } from '../../../types/meeting';
import { MEETING_TRANSITIONS, meetingIdInput } from '../../../types/meeting';
import { identityOnly } from '../../../types/actor';
import { canOnMeeting } from '../../../types/permissions-meetings';
import { defineAction } from '../../_shared/action';
import { AppError } from '../../_shared/errors';
import { changeMeeting, loadMeeting, meetingFacts } from '../../_shared/meetings/meeting-store';

/** The proposer takes the topic back while it gathers seconds. */
export const withdraw = defineAction({
  input: meetingIdInput,
  access: { kind: 'identified' },
  async run({ openid }, input) {
    const meeting = await loadMeeting(input.id);
    if (!meeting || !canOnMeeting(identityOnly(openid), 'withdraw', meetingFacts(meeting))) throw new AppError('NOT_FOUND');
    if (meeting.status !== 'proposed') throw new AppError('INVALID_STATE');
    const now = new Date();
    const to = MEETING_TRANSITIONS.withdraw.to;
    const won = await changeMeeting({ meeting, action: 'meeting.withdrawn', to, actorOpenid: openid, actorLabel: '提议人', changes: { nextCheckAt: null, closedAt: now }, recipients: meeting.seconders }, now);
    if (!won) throw new AppError('MEETING_CHANGED');
    const result: MeetingResult = { id: meeting._id, status: to };
    return result;
  },
});
