import type { Actor } from './actor';
import { isCommunityAdminOf, sameCommunity } from './actor';
import type { ComplaintAction, ComplaintCategory, ComplaintStatus, Level, SummonStatus } from './complaint-labels';
import {
  LOW_RATING,
  OPEN_STATUSES,
  PRIVATE_CATEGORIES,
  REOPEN_WINDOW_DAYS,
  canComplaintTransition,
  levelAbove,
} from './complaint-labels';

/** The facts about a case that decide who may do what with it. */
export interface ComplaintFacts {
  streetId: string | null;
  communityId: string | null;
  gridId: string | null;
  category: ComplaintCategory;
  status: ComplaintStatus;
  level: Level;
  anonymous: boolean;
  private: boolean;
  /** The reporter's openid; null when they do not use the app (the filer speaks for them). */
  reporterOpenid: string | null;
  filedByOpenid: string;
  assigneeOpenid: string | null;
  supporters: readonly string[];
  summons: ReadonlyArray<{ departmentId: string; status: SummonStatus }>;
  extensionStatus: 'pending' | 'approved' | 'rejected' | null;
  rating: number | null;
  resolvedAt: Date | null;
  followUpPending: boolean;
}

export type ComplaintPermission = 'view' | ComplaintAction;

const DAY_MS = 24 * 3600 * 1000;

/** The reporter, or — for a resident without the app — whoever filed for them. */
export const speaksForReporter = (actor: Actor, c: ComplaintFacts) =>
  actor.openid === (c.reporterOpenid ?? c.filedByOpenid);
const isFiler = (actor: Actor, c: ComplaintFacts) => actor.openid === c.filedByOpenid;
const isAssignee = (actor: Actor, c: ComplaintFacts) => c.assigneeOpenid !== null && actor.openid === c.assigneeOpenid;
export const isGridWorkerOf = (actor: Actor, c: ComplaintFacts) =>
  actor.roles.includes('grid_worker') && sameCommunity(actor, c) && actor.gridId !== null && actor.gridId === c.gridId;
const isBuildingLeaderOf = (actor: Actor, c: ComplaintFacts) =>
  actor.roles.includes('building_leader') && sameCommunity(actor, c) && actor.gridId !== null && actor.gridId === c.gridId;
export const isStreetAdminOf = (actor: Actor, c: { streetId: string | null }) =>
  actor.roles.includes('street_admin') && actor.streetId !== null && actor.streetId === c.streetId;
/** The liaison's department among the summoned, with its summon. */
export function summonOf(actor: Actor, c: ComplaintFacts) {
  if (!actor.roles.includes('department_liaison') || !actor.departmentId) return undefined;
  if (actor.streetId === null || actor.streetId !== c.streetId) return undefined;
  return c.summons.find((summon) => summon.departmentId === actor.departmentId);
}
const isSummonedLiaison = (actor: Actor, c: ComplaintFacts) => summonOf(actor, c) !== undefined;

/** Whether the community may see the case on its wall and 同问 it. */
export function isPublicComplaint(c: Pick<ComplaintFacts, 'anonymous' | 'private' | 'category'>): boolean {
  return !c.anonymous && !c.private && !PRIVATE_CATEGORIES.includes(c.category);
}

/**
 * Who handles the case at its level: whoever it was dispatched to or accepted it, else the grid's worker;
 * the community admins at any level; the street admins once it reached the street.
 */
export const handles = (actor: Actor, c: ComplaintFacts) =>
  isAssignee(actor, c) ||
  (c.assigneeOpenid === null && isGridWorkerOf(actor, c)) ||
  isCommunityAdminOf(actor, c) ||
  (c.level === 'street' && isStreetAdminOf(actor, c));

/** The complaints area's permission table: who may, regardless of the case's state. */
const complaintTable: Record<ComplaintPermission, (actor: Actor, c: ComplaintFacts) => boolean> = {
  view: (actor, c) =>
    speaksForReporter(actor, c) ||
    isFiler(actor, c) ||
    isAssignee(actor, c) ||
    isGridWorkerOf(actor, c) ||
    isBuildingLeaderOf(actor, c) ||
    isCommunityAdminOf(actor, c) ||
    isStreetAdminOf(actor, c) ||
    isSummonedLiaison(actor, c) ||
    (sameCommunity(actor, c) && isPublicComplaint(c) && c.status !== 'withdrawn'),
  support: (actor, c) => sameCommunity(actor, c) && isPublicComplaint(c) && !speaksForReporter(actor, c) && !isFiler(actor, c),
  accept: handles,
  dispatch: isCommunityAdminOf,
  returnToCommunity: (actor, c) => c.level === 'grid' && (isAssignee(actor, c) || isGridWorkerOf(actor, c)) && !isCommunityAdminOf(actor, c),
  requestExtension: (actor, c) => handles(actor, c) && !isCommunityAdminOf(actor, c),
  reviewExtension: isCommunityAdminOf,
  escalate: (actor, c) => (c.level === 'grid' ? handles(actor, c) : c.level === 'community' && isCommunityAdminOf(actor, c)),
  summon: (actor, c) => isCommunityAdminOf(actor, c) || (c.level === 'street' && isStreetAdminOf(actor, c)),
  acknowledge: isSummonedLiaison,
  reportBack: isSummonedLiaison,
  resolve: handles,
  rate: speaksForReporter,
  reopen: speaksForReporter,
  followUp: (actor, c) => isGridWorkerOf(actor, c) || isCommunityAdminOf(actor, c),
  merge: (actor, c) => isCommunityAdminOf(actor, c) || isGridWorkerOf(actor, c),
  reject: isCommunityAdminOf,
  withdraw: (actor, c) => speaksForReporter(actor, c) || isFiler(actor, c),
};

export function canOnComplaint(actor: Actor, permission: ComplaintPermission, c: ComplaintFacts): boolean {
  return complaintTable[permission](actor, c);
}

/** Whether a reporter may still 重办 a closed case: rated low, within the window after the answer. */
export function inReopenWindow(c: Pick<ComplaintFacts, 'rating' | 'resolvedAt'>, now: Date): boolean {
  return c.rating !== null && c.rating <= LOW_RATING && c.resolvedAt !== null && now.getTime() - new Date(c.resolvedAt).getTime() <= REOPEN_WINDOW_DAYS * DAY_MS;
}

/** What the case's state allows for each action, whoever asks (the caller's own facts aside). */
const stateAllows: Record<ComplaintAction, (actor: Actor, c: ComplaintFacts, now: Date) => boolean> = {
  support: (actor, c) => OPEN_STATUSES.includes(c.status) && !c.supporters.includes(actor.openid),
  accept: (_actor, c) => canComplaintTransition('accept', c.status),
  dispatch: (_actor, c) => canComplaintTransition('dispatch', c.status),
  returnToCommunity: (_actor, c) => canComplaintTransition('returnToCommunity', c.status),
  requestExtension: (_actor, c) => c.status === 'accepted' && c.extensionStatus === null,
  reviewExtension: (_actor, c) => c.status === 'accepted' && c.extensionStatus === 'pending',
  escalate: (_actor, c) => OPEN_STATUSES.includes(c.status) && levelAbove(c.level) !== null,
  summon: (_actor, c) => OPEN_STATUSES.includes(c.status),
  acknowledge: (actor, c) => OPEN_STATUSES.includes(c.status) && summonOf(actor, c)?.status === 'summoned',
  reportBack: (actor, c) => OPEN_STATUSES.includes(c.status) && summonOf(actor, c)?.status === 'acknowledged',
  resolve: (_actor, c) => canComplaintTransition('resolve', c.status),
  rate: (_actor, c) => canComplaintTransition('rate', c.status) && c.rating === null,
  reopen: (_actor, c, now) => c.status === 'resolved' || (c.status === 'closed' && inReopenWindow(c, now)),
  followUp: (_actor, c) => c.status === 'closed' && c.followUpPending,
  merge: (_actor, c) => canComplaintTransition('merge', c.status),
  reject: (_actor, c) => canComplaintTransition('reject', c.status),
  withdraw: (_actor, c) => canComplaintTransition('withdraw', c.status),
};

export const COMPLAINT_ACTIONS = Object.keys(stateAllows) as ComplaintAction[];

export function stateAllowsAction(action: ComplaintAction, actor: Actor, c: ComplaintFacts, now: Date): boolean {
  return stateAllows[action](actor, c, now);
}

/** The actions this actor may take on this case right now: allowed by the table and by the case's state. */
export function availableComplaintActions(actor: Actor, c: ComplaintFacts, now: Date): ComplaintAction[] {
  return COMPLAINT_ACTIONS.filter((action) => canOnComplaint(actor, action, c) && stateAllows[action](actor, c, now));
}

/**
 * How much of the reporter the caller may see: `full` (name, phone, room) for the reporter and the case's
 * staff — of an anonymous case the community admins only; `place` (room, no name or phone) for a liaison of an
 * anonymous case and the staff it is hidden from; `none` for everyone else.
 */
export function reporterVisibility(actor: Actor, c: ComplaintFacts): 'full' | 'place' | 'none' {
  if (speaksForReporter(actor, c) || isFiler(actor, c) || isCommunityAdminOf(actor, c)) return 'full';
  const staff = isAssignee(actor, c) || isGridWorkerOf(actor, c) || isStreetAdminOf(actor, c) || isSummonedLiaison(actor, c);
  if (!staff) return 'none';
  return c.anonymous ? 'place' : 'full';
}

