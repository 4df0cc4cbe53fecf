import type { MeetingResult } from '../../../types/meeting';
import { EVALUATION_DAYS, MEETING_TRANSITIONS, openEvaluationInput, progressInput } from '../../../types/meeting';
import { defineAction } from '../../_shared/action';
import { assertContentAllowed } from '../../_shared/content-security';
import { AppError } from '../../_shared/errors';
import { hideFailedPhotos } from '../../_shared/media-check-verdict';
import { checkPhotos } from '../../_shared/photos';
import { changeMeeting, registrants, scopeAudience } from '../../_shared/meetings/meeting-store';
import { database } from '../../_shared/runtime';
import { loadForAction } from './load-for-action';

const DAY_MS = 24 * 3600 * 1000;

/** 落实情况: the admin reports how the resolution is carried out, as often as there is news. */
export const progress = defineAction({
  input: progressInput,
  access: { kind: 'member' },
  async run({ openid, actor }, input) {
    const meeting = await loadForAction(actor, input.id, 'progress');
    const photos = input.photos ?? [];
    await assertContentAllowed(openid, { note: input.note });
    await checkPhotos(openid, photos, { itemType: 'meeting_progress', itemId: meeting._id });
    const now = new Date();
    const _ = database().command;
    const report = { note: input.note, photos, by: openid, at: now };
    const won = await changeMeeting(
      {
        meeting,
        action: 'meeting.progress',
        to: meeting.status,
        actorOpenid: openid,
        actorLabel: '社区',
        note: input.note,
        changes: { progress: _.push([report]) },
        recipients: [scopeAudience(meeting)],
      },
      now,
    );
    if (!won) throw new AppError('MEETING_CHANGED');
    if (photos.length > 0) await hideFailedPhotos('meeting_progress', meeting._id);
    const result: MeetingResult = { id: meeting._id, status: meeting.status };
    return result;
  },
});

/** 居民评议 opens for `days` (default EVALUATION_DAYS); the scheduler closes it at its end. */
export const openEvaluation = defineAction({
  input: openEvaluationInput,
  access: { kind: 'member' },
  async run({ openid, actor }, input) {
    const meeting = await loadForAction(actor, input.id, 'openEvaluation');
    const now = new Date();
    const endsAt = new Date(now.getTime() + (input.days ?? EVALUATION_DAYS) * DAY_MS);
    const to = MEETING_TRANSITIONS.openEvaluation.to;
    const won = await changeMeeting(
      {
        meeting,
        action: 'meeting.evaluation_opened',
        to,
        actorOpenid: openid,
        actorLabel: '社区',
        changes: { evaluationWindow: { opensAt: now, endsAt }, nextCheckAt: endsAt },
        recipients: [scopeAudience(meeting), ...registrants(meeting)],
      },
      now,
    );
    if (!won) throw new AppError('MEETING_CHANGED');
    const result: MeetingResult = { id: meeting._id, status: to };
    return result;
  },
});
