import type { MeetingResult } from '../../../types/meeting';
import { MEETING_TRANSITIONS, recordInput } from '../../../types/meeting';
import { defineAction } from '../../_shared/action';
import { assertContentAllowed } from '../../_shared/content-security';
import { AppError } from '../../_shared/errors';
import { changeMeeting, registrants, scopeAudience } from '../../_shared/meetings/meeting-store';
import { loadForAction } from './load-for-action';

/**
 * 居民议事会 held: the admin records minutes and resolution after the start; one write takes the topic from
 * scheduled past held to implementing and publishes the resolution to everyone in scope and every registrant.
 */
export const record = defineAction({
  input: recordInput,
  access: { kind: 'member' },
  async run({ openid, actor }, input) {
    const meeting = await loadForAction(actor, input.id, 'record');
    const now = new Date();
    if (!meeting.meeting || new Date(meeting.meeting.startsAt).getTime() > now.getTime()) throw new AppError('MEETING_NOT_STARTED');
    await assertContentAllowed(openid, { minutes: input.minutes, resolution: input.resolution });
    const checkedInCount = meeting.checkIns.length;
    const minutes = {
      minutes: input.minutes,
      resolution: input.resolution,
      attendeesCount: input.attendeesCount ?? checkedInCount,
      checkedInCount,
      recordedBy: openid,
      recordedAt: now,
    };
    const to = MEETING_TRANSITIONS.recordMeeting.to;
    const won = await changeMeeting(
      {
        meeting,
        action: 'meeting.resolution_published',
        to,
        actorOpenid: openid,
        actorLabel: '社区党委',
        note: input.resolution,
        changes: { record: minutes, nextCheckAt: null },
        recipients: [scopeAudience(meeting), ...registrants(meeting)],
      },
      now,
    );
    if (!won) throw new AppError('MEETING_CHANGED');
    const result: MeetingResult = { id: meeting._id, status: to };
    return result;
  },
});
