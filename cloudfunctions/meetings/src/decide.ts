import type { DecideInput, MeetingDoc, MeetingResult, MeetingStatus } from '../../../types/meeting';
import { MEETING_TRANSITIONS, REMINDER_HOURS, decideInput } from '../../../types/meeting';
import { defineAction } from '../../_shared/action';
import { AppError } from '../../_shared/errors';
import { changeMeeting, scopeAudience } from '../../_shared/meetings/meeting-store';
import { loadForAction } from './load-for-action';

const HOUR_MS = 3600 * 1000;

function invalid(path: string, message: string): AppError {
  return new AppError('INVALID_INPUT', message, [{ path, message }]);
}

/** The meeting as planned: it starts in the future; registration closes at the start unless told otherwise, also in the future. */
function planOf(plan: NonNullable<DecideInput['meeting']>, now: Date): NonNullable<MeetingDoc['meeting']> {
  const startsAt = new Date(plan.startsAt);
  if (startsAt.getTime() <= now.getTime()) throw invalid('meeting.startsAt', '开会时间须晚于现在');
  const registrationClosesAt = plan.registrationClosesAt ? new Date(plan.registrationClosesAt) : startsAt;
  if (registrationClosesAt.getTime() <= now.getTime()) throw invalid('meeting.registrationClosesAt', '报名截止时间须晚于现在');
  return { startsAt, place: plan.place, capacity: plan.capacity, registrationClosesAt, remindedAt: null };
}

/** 社区党委决议: a community admin schedules a meeting, decides without one (with a reason), or rejects. */
export const decide = defineAction({
  input: decideInput,
  access: { kind: 'member' },
  async run({ openid, actor }, input) {
    const meeting = await loadForAction(actor, input.id, 'decide');
    const now = new Date();
    const plan = input.approve && input.meeting ? planOf(input.meeting, now) : null;
    const reason = input.reason ?? null;
    const decision = { approve: input.approve, reason, withMeeting: plan !== null, by: openid, at: now };
    const told = [scopeAudience(meeting), ...meeting.seconders, meeting.proposer.openid];
    let to: MeetingStatus;
    let action: string;
    let changes: Record<string, unknown>;
    let recipients = told;
    if (plan) {
      to = MEETING_TRANSITIONS.scheduleMeeting.to;
      action = 'meeting.scheduled';
      const reminderAt = new Date(Math.max(now.getTime(), plan.startsAt.getTime() - REMINDER_HOURS * HOUR_MS));
      changes = { decision, meeting: plan, nextCheckAt: reminderAt };
    } else if (input.approve) {
      to = MEETING_TRANSITIONS.decideWithoutMeeting.to;
      action = 'meeting.decided';
      changes = { decision };
    } else {
      to = MEETING_TRANSITIONS.rejectDecision.to;
      action = 'meeting.decision_rejected';
      changes = { decision, rejectedReason: reason, closedAt: now };
      recipients = [meeting.proposer.openid, ...meeting.seconders];
    }
    const won = await changeMeeting({ meeting, action, to, actorOpenid: openid, actorLabel: '社区党委', note: reason, changes, recipients }, now);
    if (!won) throw new AppError('MEETING_CHANGED');
    const result: MeetingResult = { id: meeting._id, status: to };
    return result;
  },
});
