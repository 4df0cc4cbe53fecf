import { resultInput } from '../../../types/complaint';
import { defineAction } from '../../_shared/action';
import { reporterSide } from '../../_shared/complaints/complaint-store';
import { assertContentAllowed } from '../../_shared/content-security';
import { hideFailedPhotos } from '../../_shared/media-check-verdict';
import { checkPhotos } from '../../_shared/photos';
import { commit, loadForAction, others, staffLabel } from './load-for-action';

/** 答复: the handler says what was done, with photos; the reporter and everyone who 同问 are told. */
export const resolve = defineAction({
  input: resultInput,
  access: { kind: 'registered' },
  async run({ actor }, input) {
    const now = new Date();
    const { complaint } = await loadForAction(actor, input.id, 'resolve', now);
    const photos = input.photos ?? [];
    await assertContentAllowed(actor.openid, { result: input.result });
    await checkPhotos(actor.openid, photos, { itemType: 'complaint_result', itemId: complaint._id });
    const result = await commit({
      complaint,
      action: 'complaint.resolved',
      to: 'resolved',
      actorOpenid: actor.openid,
      actorLabel: staffLabel(actor),
      note: input.result,
      recipients: others(actor, reporterSide(complaint), complaint.supporters),
      changes: { resolution: { result: input.result, photos, by: actor.openid, at: now }, resolvedAt: now, overdue: null },
    });
    if (photos.length > 0) await hideFailedPhotos('complaint_result', complaint._id);
    return result;
  },
});
