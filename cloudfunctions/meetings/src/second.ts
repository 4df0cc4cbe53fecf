import type { MeetingDoc, MeetingResult, MeetingStatus } from '../../../types/meeting';
import { meetingIdInput } from '../../../types/meeting';
import { communityAdminsAudience, gridWorkersAudience } from '../../../types/audience';
import { defineAction } from '../../_shared/action';
import { AppError } from '../../_shared/errors';
import type { MeetingChange } from '../../_shared/meetings/meeting-store';
import { changeMeeting, loadMeeting, meetingFacts } from '../../_shared/meetings/meeting-store';
import { MEETING_ACTION_STATUSES, canOnMeeting } from '../../../types/permissions-meetings';
import { database } from '../../_shared/runtime';

type Attempt = 'below' | 'reaching' | 'reviewing';

/**
 * 附议. Three guarded updates, tried in order from what the snapshot suggests; the count and the status only
 * grow, so a miss moves on to the next and never back:
 * B (below) — still proposed and at least two short: count it;
 * A (reaching) — still proposed and one short or more: count it and move to 网格审议, exactly once;
 * C (reviewing) — already past the threshold, in review or decision: count it.
 */
function attemptsFrom(meeting: MeetingDoc): Attempt[] {
  if (meeting.status !== 'proposed') return ['reviewing'];
  return meeting.secondCount < meeting.threshold - 1 ? ['below', 'reaching', 'reviewing'] : ['reaching', 'reviewing'];
}

function changeFor(meeting: MeetingDoc, attempt: Attempt, openid: string, now: Date): MeetingChange {
  const _ = database().command;
  const counted = { seconders: _.push([openid]), secondCount: _.inc(1) };
  const notMine = _.neq(openid);
  const base = { meeting, actorOpenid: openid, actorLabel: '居民' };
  switch (attempt) {
    case 'below':
      return {
        ...base,
        guard: { _id: meeting._id, status: 'proposed', secondCount: _.lt(meeting.threshold - 1), seconders: notMine },
        from: 'proposed',
        to: 'proposed',
        action: 'meeting.seconded',
        changes: counted,
      };
    case 'reaching':
      return {
        ...base,
        guard: { _id: meeting._id, status: 'proposed', secondCount: _.gte(meeting.threshold - 1), seconders: notMine },
        from: 'proposed',
        to: 'grid_review',
        action: 'meeting.threshold_reached',
        actorLabel: '系统',
        note: `附议达到${meeting.threshold}人`,
        changes: { ...counted, thresholdReachedAt: now, nextCheckAt: null },
        recipients: [...gridWorkersAudience(meeting.gridId), ...communityAdminsAudience(meeting.communityId), meeting.proposer.openid],
      };
    default:
      return {
        ...base,
        guard: { _id: meeting._id, status: _.in(['grid_review', 'community_decision']), seconders: notMine },
        from: null,
        to: meeting.status === 'proposed' ? 'grid_review' : meeting.status,
        action: 'meeting.seconded',
        changes: counted,
        keepStatus: true,
      };
  }
}

/** Why no attempt matched: seconded already (by a double tap), or the topic moved on. */
async function refusalAfterMisses(id: string, openid: string): Promise<AppError> {
  const now = await loadMeeting(id);
  if (now?.seconders.includes(openid)) return new AppError('ALREADY_SECONDED');
  return new AppError('MEETING_CHANGED');
}

/** 附议: a resident in the topic's scope, not its proposer, once; while it gathers seconds or is in review. */
export const second = defineAction({
  input: meetingIdInput,
  access: { kind: 'member' },
  async run({ openid, actor }, input) {
    const meeting = await loadMeeting(input.id);
    if (!meeting || !canOnMeeting(actor, 'view', meetingFacts(meeting))) throw new AppError('NOT_FOUND');
    if (meeting.proposer.openid === openid) throw new AppError('CANNOT_SECOND_OWN');
    if (!canOnMeeting(actor, 'second', meetingFacts(meeting))) throw new AppError('NOT_IN_SCOPE');
    if (meeting.seconders.includes(openid)) throw new AppError('ALREADY_SECONDED');
    if (!MEETING_ACTION_STATUSES.second.includes(meeting.status)) throw new AppError('INVALID_STATE');
    const now = new Date();
    for (const attempt of attemptsFrom(meeting)) {
      const change = changeFor(meeting, attempt, openid, now);
      if (await changeMeeting(change, now)) {
        const result: MeetingResult = { id: meeting._id, status: change.to as MeetingStatus };
        return result;
      }
    }
    throw await refusalAfterMisses(meeting._id, openid);
  },
});
