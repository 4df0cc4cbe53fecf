import type { WishFacts } from '../../../types/permissions-wishes';
import type { WishDoc } from '../../../types/wish';
import { WISH_STATUS_LABELS } from '../../../types/wish';
import type { NewEvent } from '../events';
import { appendEvent } from '../events';
import { sendSubscribeMessages } from '../notify';
import { changedOne, database, findById } from '../runtime';

export const WISHES = 'wishes';

export async function loadWish(id: string): Promise<WishDoc | null> {
  return findById<WishDoc>(WISHES, id);
}

export function factsOf(wish: WishDoc): WishFacts {
  return {
    streetId: wish.streetId,
    communityId: wish.communityId,
    gridId: wish.gridId,
    status: wish.status,
    requesterOpenid: wish.requesterOpenid,
    filedByGridWorker: wish.filedByGridWorker,
    beneficiaryOpenid: wish.beneficiary.openid,
    claimVolunteerOpenid: wish.claim?.volunteerOpenid ?? null,
  };
}

/** One conditional update of a wish; true when this call made the change. */
export async function updateWishIf(guard: Record<string, unknown>, patch: Record<string, unknown>): Promise<boolean> {
  const db = database();
  return changedOne(await db.collection(WISHES).where(guard).update({ data: { ...patch, updatedAt: db.serverDate() } }));
}

/** Who is told of a wish's changes: whoever filed it, and the beneficiary when they use the app. */
export function requesterSide(wish: WishDoc): string[] {
  const openids = [wish.requesterOpenid, wish.beneficiary.openid].filter((openid): openid is string => Boolean(openid));
  return [...new Set(openids)];
}

export interface WishEvent {
  wish: WishDoc;
  action: string;
  /** Defaults to the wish's status before the change; null for its creation. */
  from?: WishDoc['status'] | null;
  to: WishDoc['status'];
  actorOpenid: string;
  actorLabel: string;
  note?: string | null;
  recipients?: string[];
}

export function wishEventEntry(event: WishEvent): NewEvent {
  return {
    itemType: 'wish',
    itemId: event.wish._id,
    itemTitle: event.wish.title,
    communityId: event.wish.communityId,
    action: event.action,
    from: event.from === undefined ? event.wish.status : event.from,
    to: event.to,
    actorOpenid: event.actorOpenid,
    actorLabel: event.actorLabel,
    note: event.note ?? null,
    recipients: event.recipients ?? [],
  };
}

/** The subscription messages an event calls for, after it is stored. */
export async function sendWishMessages(event: WishEvent): Promise<void> {
  const told = (event.recipients ?? []).filter((openid) => openid !== event.actorOpenid);
  if (told.length === 0) return;
  await sendSubscribeMessages(told, {
    title: event.wish.title,
    status: WISH_STATUS_LABELS[event.to],
    page: `packages/wishes/detail/index?id=${event.wish._id}`,
  });
}

/** Appends the wish's event (timeline, audit, inboxes) and sends the subscription messages it calls for. */
export async function recordWishEvent(event: WishEvent): Promise<void> {
  await appendEvent(wishEventEntry(event));
  await sendWishMessages(event);
}
