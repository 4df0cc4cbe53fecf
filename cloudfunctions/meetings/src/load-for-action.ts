import type { Actor } from '../../../types/actor';
import type { MeetingDoc } from '../../../types/meeting';
import type { MeetingPermission } from '../../../types/permissions-meetings';
import { MEETING_ACTION_STATUSES, canOnMeeting } from '../../../types/permissions-meetings';
import type { ErrorCode } from '../../../types/reply';
import { AppError } from '../../_shared/errors';
import { loadMeeting, meetingFacts } from '../../_shared/meetings/meeting-store';

type ActionPermission = Exclude<MeetingPermission, 'view' | 'viewRoster'>;

/**
 * The topic an action works on, refused in the order the caller would want to hear it: unseen → NOT_FOUND;
 * not theirs to do → `forbidden` (FORBIDDEN, or NOT_IN_SCOPE for the residents' actions); wrong state →
 * INVALID_STATE. One read.
 */
export async function loadForAction(actor: Actor, id: string, permission: ActionPermission, forbidden: ErrorCode = 'FORBIDDEN'): Promise<MeetingDoc> {
  const meeting = await loadMeeting(id);
  if (!meeting || !canOnMeeting(actor, 'view', meetingFacts(meeting))) throw new AppError('NOT_FOUND');
  if (!canOnMeeting(actor, permission, meetingFacts(meeting))) throw new AppError(forbidden);
  if (!MEETING_ACTION_STATUSES[permission].includes(meeting.status)) throw new AppError('INVALID_STATE');
  return meeting;
}
