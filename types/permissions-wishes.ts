import type { Actor } from './actor';
import { isCommunityAdminOf, sameCommunity } from './actor';
import { isStaff } from './roles';
import type { ClaimHint, WishAction, WishStatus, WishTransition } from './wish';
import { WALL_STATUSES, canTransition } from './wish-labels';

/** The facts about a wish that decide who may do what with it. */
export interface WishFacts {
  streetId: string | null;
  communityId: string | null;
  gridId: string | null;
  status: WishStatus;
  requesterOpenid: string;
  filedByGridWorker: boolean;
  beneficiaryOpenid: string | null;
  claimVolunteerOpenid: string | null;
}

export type WishPermission = 'view' | 'viewPrivate' | WishAction;

const isRequester = (actor: Actor, wish: WishFacts) => actor.openid === wish.requesterOpenid;
const isBeneficiary = (actor: Actor, wish: WishFacts) => wish.beneficiaryOpenid !== null && actor.openid === wish.beneficiaryOpenid;
const holdsClaim = (actor: Actor, wish: WishFacts) => wish.claimVolunteerOpenid !== null && actor.openid === wish.claimVolunteerOpenid;
const isStreetAdminOf = (actor: Actor, wish: WishFacts) =>
  actor.roles.includes('street_admin') && actor.streetId !== null && actor.streetId === wish.streetId;
const isGridStaffOf = (actor: Actor, wish: WishFacts) =>
  (actor.roles.includes('grid_worker') || actor.roles.includes('building_leader')) &&
  sameCommunity(actor, wish) &&
  actor.gridId !== null &&
  actor.gridId === wish.gridId;
const isApprovedVolunteer = (actor: Actor) => actor.roles.includes('volunteer') && actor.volunteerStatus === 'approved';
/** Once published, a wish stays visible to its community: the wall, then its outcome. */
const PUBLIC_STATUSES: readonly WishStatus[] = [...WALL_STATUSES, 'fulfilled', 'confirmed', 'expired'];

/** The wishes area's permission table: who may, regardless of the wish's state. */
const wishTable: Record<WishPermission, (actor: Actor, wish: WishFacts) => boolean> = {
  view: (actor, wish) =>
    isRequester(actor, wish) ||
    isBeneficiary(actor, wish) ||
    holdsClaim(actor, wish) ||
    isCommunityAdminOf(actor, wish) ||
    isStreetAdminOf(actor, wish) ||
    isGridStaffOf(actor, wish) ||
    (sameCommunity(actor, wish) && PUBLIC_STATUSES.includes(wish.status)),
  viewPrivate: (actor, wish) =>
    isRequester(actor, wish) ||
    isBeneficiary(actor, wish) ||
    (holdsClaim(actor, wish) && wish.status === 'claimed') ||
    isCommunityAdminOf(actor, wish),
  // Nobody approves a wish of their own, filed by them or for them, admins included.
  review: (actor, wish) => isCommunityAdminOf(actor, wish) && !isRequester(actor, wish) && !isBeneficiary(actor, wish),
  claim: (actor, wish) =>
    isApprovedVolunteer(actor) && sameCommunity(actor, wish) && !isRequester(actor, wish) && !isBeneficiary(actor, wish),
  cancelClaim: holdsClaim,
  fulfil: holdsClaim,
  confirm: (actor, wish) => isRequester(actor, wish) || isBeneficiary(actor, wish),
  withdraw: isRequester,
  // Whoever filed it — the resident, or the 网格员 / 楼栋长 who filed for them — changes it and sends it back.
  resubmit: isRequester,
};

/** Filing on a resident's behalf is the same for wishes and complaints (types/filer.ts). */
export { canFileOnBehalf, filesOnBehalf } from './filer';

export function canOnWish(actor: Actor, permission: WishPermission, wish: WishFacts): boolean {
  return wishTable[permission](actor, wish);
}

/** Which state change each action makes; review is either of two. */
const ACTION_TRANSITIONS: Record<WishAction, WishTransition> = {
  review: 'approve',
  claim: 'claim',
  cancelClaim: 'cancelClaim',
  fulfil: 'fulfil',
  confirm: 'confirm',
  withdraw: 'withdraw',
  resubmit: 'resubmit',
};

export const WISH_ACTIONS = Object.keys(ACTION_TRANSITIONS) as WishAction[];

/** The actions this actor may take on this wish right now: allowed by the table and by the state machine. */
export function availableWishActions(actor: Actor, wish: WishFacts): WishAction[] {
  return WISH_ACTIONS.filter(
    (action) => canOnWish(actor, action, wish) && canTransition(ACTION_TRANSITIONS[action], wish.status),
  );
}

export function transitionOf(action: WishAction): WishTransition {
  return ACTION_TRANSITIONS[action];
}

/**
 * Why a caller who may see a published wish cannot claim it, when becoming able to is up to them:
 * not yet registered (placed and named), not a volunteer, or their application is pending. Null for
 * their own wish, for those who can claim, for staff (网格员, 楼栋长, 社区 and 街道管理员, who meet wishes
 * through their work), and for a wish that is not on the wall.
 */
export function claimHintFor(actor: Actor, wish: WishFacts, registered: boolean): ClaimHint | null {
  if (wish.status !== 'published') return null;
  if (isRequester(actor, wish) || isBeneficiary(actor, wish)) return null;
  if (availableWishActions(actor, wish).includes('claim')) return null;
  // Staff meet a wish through their work (review, filing, oversight), not as would-be volunteers.
  if (isStaff(actor.roles)) return null;
  if (!registered) return 'register';
  if (!sameCommunity(actor, wish)) return null;
  if (actor.volunteerStatus === 'pending') return 'volunteer_pending';
  if (isApprovedVolunteer(actor)) return null;
  return 'become_volunteer';
}
