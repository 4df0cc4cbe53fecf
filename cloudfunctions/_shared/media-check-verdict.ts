/**
 * The verdict of an image check, as WeChat pushes it: a message-push event `{ MsgType: 'event',
 * Event: 'wxa_media_check', trace_id, result: { suggest } }` routed to the `wishes` function (CloudBase
 * console → 设置 → 消息推送, mode 云函数). A photo whose verdict is not `pass` is taken out of its wish, so
 * nobody is shown it any more; the check record keeps it for the community's records.
 *
 * Anyone can call a function with such a body, so nothing here trusts the caller: a trace id is known only
 * to WeChat and to the media_checks collection (never returned to clients); only a check still pending takes
 * a verdict, so an unknown id, a check never sent and a check already answered are all ignored, and a
 * failed verdict is final (a later `pass` does not bring a hidden photo back).
 */
import { MEDIA_CHECKS } from './photos';
import type { MediaCheckDoc } from './photos';
import { sdk } from './runtime';

export const MEDIA_CHECK_EVENT = 'wxa_media_check';

const WISHES = 'wishes';

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

export async function receiveMediaCheck(push: MediaCheckPush): Promise<'success'> {
  const traceId = typeof push.trace_id === 'string' ? push.trace_id : '';
  if (!traceId) return 'success';
  const db = sdk().database();
  const _ = db.command;
  const found = (await db.collection(MEDIA_CHECKS).where({ _id: traceId }).limit(1).get()) as { data?: MediaCheckDoc[] };
  const check = found.data?.[0];
  // Only a check WeChat took and has not answered yet: a recorded verdict is final, and a check never sent
  // (whose id is derived from the wish's) cannot be answered by anyone.
  if (!check || check.status !== 'pending') return 'success';
  const suggest = suggestOf(push);
  await db
    .collection(MEDIA_CHECKS)
    .doc(traceId)
    .update({ data: { status: suggest, verdictAt: db.serverDate() } });
  if (suggest === 'pass') return 'success';
  const field = check.itemType === 'fulfilment' ? 'fulfilment.photos' : 'photos';
  await db
    .collection(WISHES)
    .where({ _id: check.itemId, [field]: check.fileID })
    .update({ data: { [field]: _.pull(check.fileID), updatedAt: db.serverDate() } });
  return 'success';
}
