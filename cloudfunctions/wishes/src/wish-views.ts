import type { Actor } from '../../../types/actor';
import type { EventDoc } from '../../../types/event';
import { toTimeline } from '../../_shared/timeline';
import { availableWishActions, canOnWish, claimHintFor } from '../../../types/permissions-wishes';
import type { WishCard, WishContact, WishDetail, WishDoc } from '../../../types/wish';
import { config } from '../../_shared/config';
import { inCommunityTime } from '../../_shared/clock';
import { daysLeft } from './wanted-by';
import { factsOf } from '../../_shared/wishes/wish-store';
import { excerptOf } from '../../../types/text';

const iso = (date: Date | null | undefined) => (date ? new Date(date).toISOString() : null);

const EXCERPT_LENGTH = 40;

const excerpt = (value: string) => excerptOf(value, EXCERPT_LENGTH);

/** What the wall and lists show: never a contact, a room or a real name. */
export function toCard(wish: WishDoc, now: Date): WishCard {
  return {
    id: wish._id,
    title: wish.title,
    category: wish.category,
    beneficiaryType: wish.beneficiaryType,
    beneficiaryMasked: wish.beneficiaryMasked,
    gridId: wish.gridId,
    gridName: wish.gridName,
    communityName: wish.communityName ?? null,
    status: wish.status,
    wantedBy: iso(wish.wantedBy),
    wantedByDay: wish.wantedBy ? inCommunityTime(wish.wantedBy).format('YYYY-MM-DD') : null,
    daysLeft: daysLeft(wish.wantedBy, now),
    storyExcerpt: excerpt(wish.story),
    filedByGridWorker: wish.filedByGridWorker,
    coverPhoto: wish.photos[0] ?? null,
    claimed: wish.claim !== null,
    publishedAt: iso(wish.publishedAt),
    createdAt: iso(wish.createdAt) ?? '',
  };
}

/**
 * One wish in full. The building (like the beneficiary's contact and room) only for those who may see
 * private details: a 张** in a named building is easy to find; everyone else sees the grid.
 */
/** The beneficiary once, in full, for those who may see it; no call button to oneself. */
function contactOf(wish: WishDoc, actor: Actor): WishContact {
  const self = wish.beneficiary.openid !== null && wish.beneficiary.openid === actor.openid;
  return {
    name: wish.beneficiary.name,
    phone: wish.beneficiary.phone,
    room: wish.beneficiary.room,
    buildingName: wish.buildingName,
    self,
    callable: !self && Boolean(wish.beneficiary.phone),
  };
}

/** `registered`: the caller is placed in a community with a name (decides the claim hint `register`). */
export function toDetail(wish: WishDoc, actor: Actor, events: EventDoc[], now: Date, registered = true): WishDetail {
  const facts = factsOf(wish);
  const privateDetails = canOnWish(actor, 'viewPrivate', facts);
  const filedByMe = actor.openid === wish.requesterOpenid;
  const isMine = wish.beneficiary.openid === actor.openid || (filedByMe && !wish.filedByGridWorker);
  return {
    ...toCard(wish, now),
    story: wish.story,
    photos: wish.photos,
    claimDays: config.wishClaimDays,
    buildingName: privateDetails ? wish.buildingName : null,
    beneficiary: privateDetails ? wish.beneficiary : null,
    claimVolunteerName: null,
    claimExpiresAt: iso(wish.claim?.expiresAt),
    fulfilment: wish.fulfilment ? { ...wish.fulfilment, at: iso(wish.fulfilment.at) ?? '' } : null,
    thanks: wish.confirmation?.thanks ?? null,
    rejectReason: wish.status === 'rejected' ? (wish.review?.reason ?? null) : null,
    mine: actor.openid === wish.requesterOpenid || actor.openid === wish.beneficiary.openid,
    isMine,
    filedByMe,
    contact: privateDetails ? contactOf(wish, actor) : null,
    holdingClaim: wish.claim?.volunteerOpenid === actor.openid,
    actions: availableWishActions(actor, facts),
    claimHint: claimHintFor(actor, facts, registered),
    timeline: toTimeline(events),
  };
}
