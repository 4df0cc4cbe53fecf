import { meetingIdInput } from '../../../types/meeting';
import { canOnMeeting } from '../../../types/permissions-meetings';
import { defineAction } from '../../_shared/action';
import { AppError } from '../../_shared/errors';
import { loadMeeting, meetingFacts } from '../../_shared/meetings/meeting-store';
import { toDetail } from './meeting-views';

/** One topic with its timeline, meeting, registration, resolution, evaluation and what the caller may do: two reads. */
export const get = defineAction({
  input: meetingIdInput,
  access: { kind: 'registered' },
  async run({ actor }, input) {
    const meeting = await loadMeeting(input.id);
    if (!meeting || !canOnMeeting(actor, 'view', meetingFacts(meeting))) throw new AppError('NOT_FOUND');
    return toDetail(meeting, actor, new Date());
  },
});
