import type { CheckInResult } from '../../../types/meeting';
import { CHECK_IN_OPENS_HOURS, checkInInput } from '../../../types/meeting';
import { defineAction } from '../../_shared/action';
import { AppError } from '../../_shared/errors';
import { changeMeeting, loadMeeting } from '../../_shared/meetings/meeting-store';
import { database } from '../../_shared/runtime';
import { loadForAction } from './load-for-action';

const HOUR_MS = 3600 * 1000;

/** 签到: staff of the community mark the holder of a code present, once, from CHECK_IN_OPENS_HOURS before the start. */
export const checkIn = defineAction({
  input: checkInInput,
  access: { kind: 'member' },
  async run({ openid, actor }, input) {
    const meeting = await loadForAction(actor, input.id, 'checkIn');
    const now = new Date();
    if (!meeting.meeting || now.getTime() < new Date(meeting.meeting.startsAt).getTime() - CHECK_IN_OPENS_HOURS * HOUR_MS) throw new AppError('CHECK_IN_NOT_OPEN');
    const index = meeting.registrations.findIndex((registration) => registration.code === input.code);
    if (index < 0) throw new AppError('CHECK_IN_CODE_UNKNOWN');
    if (index >= meeting.meeting.capacity) throw new AppError('WAITLISTED_NOT_ADMITTED');
    const holder = meeting.registrations[index]!;
    if (meeting.checkIns.includes(holder.openid)) throw new AppError('ALREADY_CHECKED_IN');
    const _ = database().command;
    const won = await changeMeeting(
      {
        meeting,
        guard: { _id: meeting._id, status: 'scheduled', checkIns: _.neq(holder.openid) },
        action: 'meeting.checked_in',
        to: 'scheduled',
        actorOpenid: openid,
        actorLabel: '工作人员',
        changes: { checkIns: _.push([holder.openid]) },
        recipients: [holder.openid],
      },
      now,
    );
    if (!won) {
      const current = await loadMeeting(meeting._id);
      throw new AppError(current?.checkIns.includes(holder.openid) ? 'ALREADY_CHECKED_IN' : 'MEETING_CHANGED');
    }
    const result: CheckInResult = { id: meeting._id, status: 'scheduled', name: holder.name, checkedInCount: meeting.checkIns.length + 1 };
    return result;
  },
});
