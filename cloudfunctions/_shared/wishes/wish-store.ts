import type { OnBehalfOfNote } from '../../../types/event';
import type { WishFacts } from '../../../types/permissions-wishes';
import type { WishDoc } from '../../../types/wish';
import { WISH_STATUS_LABELS } from '../../../types/wish';
import type { NewEvent } from '../events';
import { sendSubscribeMessages } from '../notify';
import { findById } from '../runtime';
import { applyTransition } from '../transition';

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
    onBehalfOf: onBehalfOfNote(event.wish),
  };
}

/** For a wish filed for a neighbour: who filed it and the neighbour's name (never a phone or a room), for the filer's inbox. */
export function onBehalfOfNote(wish: Pick<WishDoc, 'filedByGridWorker' | 'requesterOpenid' | 'beneficiary'>): OnBehalfOfNote | null {
  return wish.filedByGridWorker ? { filerOpenid: wish.requesterOpenid, name: wish.beneficiary.name } : null;
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

export interface WishTransition extends WishEvent {
  /** What the wish must still match; defaults to its `_id` and the status it was read in. */
  guard?: Record<string, unknown>;
  /** Fields written besides `status`; sub-documents are written whole. */
  changes?: Record<string, unknown>;
}

/**
 * Moves a wish to `to` with its event (timeline, audit, inboxes) in one write, then sends the subscription
 * messages the event calls for. False when the wish changed first and nothing was written.
 */
export async function transitionWish(transition: WishTransition): Promise<boolean> {
  const { wish } = transition;
  const won = await applyTransition({
    collection: WISHES,
    item: wish,
    guard: transition.guard ?? { _id: wish._id, status: wish.status },
    changes: { ...transition.changes, status: transition.to },
    event: wishEventEntry(transition),
  });
  if (won) await sendWishMessages(transition);
  return won;
}
