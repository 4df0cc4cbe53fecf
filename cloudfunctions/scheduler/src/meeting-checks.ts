import type { MeetingDoc } from '../../../types/meeting';
import { MEETING_TRANSITIONS } from '../../../types/meeting';
import { MEETINGS, changeMeeting, scopeAudience } from '../../_shared/meetings/meeting-store';
import { changedOne, database } from '../../_shared/runtime';
import type { TimerRun } from '../../_shared/timer';
import { workThroughDue } from './due-work';

const SYSTEM = { actorOpenid: '', actorLabel: '系统' };

const time = (value: Date | string | null | undefined) => (value ? new Date(value).getTime() : Number.POSITIVE_INFINITY);

/** What is due for a topic whose check has come, by `now`: one effect per write. */
export type MeetingEffect = 'lapse' | 'remind' | 'closeEvaluation' | null;

export function meetingEffect(meeting: MeetingDoc, now: Date): MeetingEffect {
  const at = now.getTime();
  if (meeting.status === 'proposed' && time(meeting.lapsesAt) <= at) return 'lapse';
  if (meeting.status === 'scheduled' && meeting.meeting && !meeting.meeting.remindedAt) return 'remind';
  if (meeting.status === 'evaluating' && time(meeting.evaluationWindow?.endsAt) <= at) return 'closeEvaluation';
  return null;
}

/** Those holding a place (not the waitlist): they are reminded of the meeting. */
function admitted(meeting: MeetingDoc): string[] {
  const capacity = meeting.meeting?.capacity ?? 0;
  return meeting.registrations.slice(0, capacity).map((registration) => registration.openid);
}

async function checkMeeting(meeting: MeetingDoc, now: Date): Promise<boolean> {
  const _ = database().command;
  switch (meetingEffect(meeting, now)) {
    case 'lapse':
      return changeMeeting(
        {
          meeting,
          guard: { _id: meeting._id, status: 'proposed', lapsesAt: _.lte(now) },
          action: 'meeting.lapsed',
          to: MEETING_TRANSITIONS.lapse.to,
          ...SYSTEM,
          note: '30天内未达到附议人数',
          changes: { nextCheckAt: null, closedAt: now },
          recipients: [meeting.proposer.openid, ...meeting.seconders],
        },
        now,
      );
    case 'remind':
      return changeMeeting(
        {
          meeting,
          guard: { _id: meeting._id, status: 'scheduled', 'meeting.remindedAt': null },
          action: 'meeting.reminder',
          to: 'scheduled',
          ...SYSTEM,
          changes: { 'meeting.remindedAt': now, nextCheckAt: null },
          keepStatus: true,
          recipients: admitted(meeting),
        },
        now,
      );
    case 'closeEvaluation':
      return changeMeeting(
        {
          meeting,
          guard: { _id: meeting._id, status: 'evaluating', 'evaluationWindow.endsAt': _.lte(now) },
          action: 'meeting.closed',
          to: MEETING_TRANSITIONS.closeEvaluation.to,
          ...SYSTEM,
          note: '居民评议已结束',
          changes: { nextCheckAt: null, closedAt: now },
          recipients: [scopeAudience(meeting)],
        },
        now,
      );
    default: {
      // Nothing is due any more (the topic moved on): the check is cleared so that it is not read again.
      const result = await database()
        .collection(MEETINGS)
        .where({ _id: meeting._id, nextCheckAt: meeting.nextCheckAt })
        .update({ data: { nextCheckAt: null } });
      return changedOne(result);
    }
  }
}

/**
 * 议事 checks: a topic short of its threshold after LAPSE_DAYS lapses; registrants are reminded the day before
 * the meeting, once; an evaluation past its end closes the topic. Only topics whose indexed `nextCheckAt` has
 * come by the trigger's time are read.
 */
export async function checkMeetings(run: TimerRun): Promise<Record<string, number>> {
  const _ = database().command;
  const { done, failed, left } = await workThroughDue<MeetingDoc>(run, {
    collection: MEETINGS,
    filter: { nextCheckAt: _.lte(run.now) },
    orderBy: 'nextCheckAt',
    handle: (meeting) => checkMeeting(meeting, run.now),
  });
  return { checked: done, failed, left };
}
