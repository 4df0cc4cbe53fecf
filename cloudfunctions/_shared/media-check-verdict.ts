/**
 * The verdict of an image check, as WeChat pushes it: a message-push event `{ MsgType: 'event',
 * Event: 'wxa_media_check', trace_id, result: { suggest } }` routed to the `wishes` function (CloudBase
 * console → 设置 → 消息推送, mode 云函数). A photo whose verdict is not `pass` is taken out of its item, so
 * nobody is shown it any more; the check record keeps it for the community's records.
 *
 * Anyone can call a function with such a body, so nothing here trusts the caller: a trace id is known only
 * to WeChat and to the media_checks collection (never returned to clients); only a check still pending takes
 * a verdict, so an unknown id, a check never sent and a check already answered are all ignored, and a
 * failed verdict is final (a later `pass` does not bring a hidden photo back).
 */
import { MEDIA_CHECKS } from './photos';
import type { MediaCheckDoc } from './photos';
import { database } from './runtime';
import type { NewEvent } from './events';
import { applyTransition, type Transition } from './transition';
import { COMPLAINTS, complaintTitle, loadComplaint } from './complaints/complaint-store';
import { MEETINGS, loadMeeting } from './meetings/meeting-store';
import { WISHES, loadWish } from './wishes/wish-store';

export const MEDIA_CHECK_EVENT = 'wxa_media_check';


export interface MediaCheckPush {
  MsgType?: unknown;
  Event?: unknown;
  trace_id?: unknown;
  result?: unknown;
}

function suggestOf(push: MediaCheckPush): 'pass' | 'review' | 'risky' {
  const suggest = (push.result as { suggest?: unknown } | null | undefined)?.suggest;
  // Anything WeChat did not call a pass (an unknown answer included) is treated as not shown-safe.
  return suggest === 'pass' ? 'pass' : suggest === 'risky' ? 'risky' : 'review';
}

const HIDDEN_NOTE = '有一张照片未通过内容安全检测，已隐藏';

/** Pulls the check's photo out of `field` on its item, with a system event told to the person who sent it. */
async function pullPhoto(
  check: MediaCheckDoc,
  collection: string,
  item: Transition['item'] & { _id: string },
  field: string,
  event: Pick<NewEvent, 'itemType' | 'itemTitle' | 'communityId' | 'action'>,
): Promise<void> {
  await applyTransition({
    collection,
    item,
    guard: { _id: item._id, [field]: check.fileID },
    changes: { [field]: database().command.pull(check.fileID) },
    event: {
      ...event,
      itemId: item._id,
      from: null,
      to: null,
      actorOpenid: '',
      actorLabel: '系统',
      note: HIDDEN_NOTE,
      recipients: [check.openid],
    },
  });
}

/** Where a check's photo is kept on its wish. */
function photoField(check: MediaCheckDoc): string {
  return check.itemType === 'fulfilment' ? 'fulfilment.photos' : 'photos';
}

/**
 * Takes a failed photo off its wish, with its event: the wish's timeline says a photo was hidden, and the
 * person who sent it is told. Nothing happens while the wish does not (yet) hold the photo.
 */
async function hidePhoto(check: MediaCheckDoc): Promise<void> {
  const wish = await loadWish(check.itemId);
  if (!wish) return;
  const field = photoField(check);
  await pullPhoto(check, WISHES, wish, field, {
    itemType: 'wish',
    itemTitle: wish.title,
    communityId: wish.communityId,
    action: 'wish.photo_hidden',
  });
}

const COMPLAINT_PHOTO_TYPES: ReadonlyArray<MediaCheckDoc['itemType']> = ['complaint', 'complaint_result', 'summon_report'];

/** Where a check's photo is kept on its case: the case's own, the answer's, or the reporting department's. */
function complaintPhotoField(check: MediaCheckDoc, summons: ReadonlyArray<{ photos: string[] }>): string | null {
  if (check.itemType === 'complaint') return 'photos';
  if (check.itemType === 'complaint_result') return 'resolution.photos';
  const index = summons.findIndex((summon) => summon.photos.includes(check.fileID));
  return index >= 0 ? `summons.${index}.photos` : null;
}

/** Takes a failed photo off its case, with its event, as for a wish. */
async function hideComplaintPhoto(check: MediaCheckDoc): Promise<void> {
  const complaint = await loadComplaint(check.itemId);
  if (!complaint) return;
  const field = complaintPhotoField(check, complaint.summons);
  if (!field) return;
  await pullPhoto(check, COMPLAINTS, complaint, field, {
    itemType: 'complaint',
    itemTitle: complaintTitle(complaint),
    communityId: complaint.communityId,
    action: 'complaint.photo_hidden',
  });
}

/** Takes a failed photo out of the progress report (落实情况) that holds it, with its event, as for a wish. */
async function hideProgressPhoto(check: MediaCheckDoc): Promise<void> {
  const meeting = await loadMeeting(check.itemId);
  if (!meeting) return;
  const index = meeting.progress.findIndex((report) => report.photos.includes(check.fileID));
  if (index < 0) return;
  await pullPhoto(check, MEETINGS, meeting, `progress.${index}.photos`, {
    itemType: 'meeting',
    itemTitle: meeting.title,
    communityId: meeting.communityId,
    action: 'meeting.photo_hidden',
  });
}

function hide(check: MediaCheckDoc): Promise<void> {
  if (check.itemType === 'meeting_progress') return hideProgressPhoto(check);
  return COMPLAINT_PHOTO_TYPES.includes(check.itemType) ? hideComplaintPhoto(check) : hidePhoto(check);
}

export async function receiveMediaCheck(push: MediaCheckPush): Promise<'success'> {
  const traceId = typeof push.trace_id === 'string' ? push.trace_id : '';
  if (!traceId) return 'success';
  const db = database();
  const found = (await db.collection(MEDIA_CHECKS).where({ _id: traceId }).limit(1).get()) as { data?: MediaCheckDoc[] };
  const check = found.data?.[0];
  // Only a check WeChat took and has not answered yet: a recorded verdict is final, and a check never sent
  // (whose id is derived from the wish's) cannot be answered by anyone.
  if (!check || check.status !== 'pending') return 'success';
  const suggest = suggestOf(push);
  // The photo goes first: should the instance stop before the verdict is recorded, WeChat's retry of the
  // push finds the check still pending and finishes the work.
  if (suggest !== 'pass') await hide(check);
  await db
    .collection(MEDIA_CHECKS)
    .doc(traceId)
    .update({ data: { status: suggest, verdictAt: db.serverDate() } });
  return 'success';
}

/**
 * Applies verdicts that arrived before their photos were stored: called once an item's photos are written
 * (a check is requested before the write, and WeChat may answer first).
 */
export async function hideFailedPhotos(itemType: MediaCheckDoc['itemType'], itemId: string): Promise<void> {
  const db = database();
  const failed = (await db
    .collection(MEDIA_CHECKS)
    .where({ itemType, itemId, status: db.command.in(['risky', 'review']) })
    .limit(20)
    .get()) as { data?: MediaCheckDoc[] };
  for (const check of failed.data ?? []) await hide(check);
}
