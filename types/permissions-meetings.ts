import type { Actor } from './actor';
import { isCommunityAdminOf, sameCommunity } from './actor';
import type { MeetingAction, MeetingScope, MeetingStatus } from './meeting-labels';

/** The facts about a topic that decide who may do what with it. */
export interface MeetingFacts {
  communityId: string | null;
  gridId: string | null;
  buildingId: string | null;
  scope: MeetingScope;
  scopeId: string;
  status: MeetingStatus;
  proposerOpenid: string;
}

export type MeetingPermission = 'view' | 'viewRoster' | Exclude<MeetingAction, 'propose'>;

/** 网格员, 楼栋长 and 社区管理员 of the topic's community: they see every topic of it and check people in. */
export function isMeetingStaffOf(actor: Actor, meeting: Pick<MeetingFacts, 'communityId'>): boolean {
  return (
    sameCommunity(actor, meeting) &&
    (actor.roles.includes('grid_worker') || actor.roles.includes('building_leader') || actor.roles.includes('community_admin'))
  );
}

/** Whether the caller lives in the place the topic's scope names (their building, grid or community). */
export function inMeetingScope(actor: Actor, meeting: Pick<MeetingFacts, 'scope' | 'scopeId' | 'communityId'>): boolean {
  if (!sameCommunity(actor, meeting)) return false;
  switch (meeting.scope) {
    case 'building':
      return actor.buildingId === meeting.scopeId;
    case 'grid':
      return actor.gridId === meeting.scopeId;
    default:
      return actor.communityId === meeting.scopeId;
  }
}

const isProposer = (actor: Actor, meeting: MeetingFacts) => actor.openid === meeting.proposerOpenid;
const isGridWorkerOf = (actor: Actor, meeting: MeetingFacts) =>
  actor.roles.includes('grid_worker') && sameCommunity(actor, meeting) && actor.gridId !== null && actor.gridId === meeting.gridId;

/** The meetings area's permission table: who may, regardless of the topic's state. */
const meetingTable: Record<MeetingPermission, (actor: Actor, meeting: MeetingFacts) => boolean> = {
  // A building topic is its building's matter: its residents and the community's staff see it; others the whole community.
  view: (actor, meeting) =>
    isProposer(actor, meeting) ||
    isMeetingStaffOf(actor, meeting) ||
    (sameCommunity(actor, meeting) && (meeting.scope !== 'building' || actor.buildingId === meeting.scopeId)),
  viewRoster: isMeetingStaffOf,
  second: (actor, meeting) => inMeetingScope(actor, meeting) && !isProposer(actor, meeting),
  gridReview: (actor, meeting) => isGridWorkerOf(actor, meeting) || isCommunityAdminOf(actor, meeting),
  decide: isCommunityAdminOf,
  register: inMeetingScope,
  cancelRegistration: inMeetingScope,
  checkIn: isMeetingStaffOf,
  record: isCommunityAdminOf,
  progress: isCommunityAdminOf,
  openEvaluation: isCommunityAdminOf,
  evaluate: inMeetingScope,
  withdraw: isProposer,
};

export function canOnMeeting(actor: Actor, permission: MeetingPermission, meeting: MeetingFacts): boolean {
  return meetingTable[permission](actor, meeting);
}

/** The statuses each action may be taken in (the finer windows — registration closing, check-in opening — are the use case's). */
export const MEETING_ACTION_STATUSES: Record<Exclude<MeetingAction, 'propose'>, readonly MeetingStatus[]> = {
  second: ['proposed', 'grid_review', 'community_decision'],
  gridReview: ['grid_review'],
  decide: ['community_decision'],
  register: ['scheduled'],
  cancelRegistration: ['scheduled'],
  checkIn: ['scheduled'],
  record: ['scheduled'],
  progress: ['implementing', 'evaluating'],
  openEvaluation: ['implementing'],
  evaluate: ['evaluating'],
  withdraw: ['proposed'],
};

export const MEETING_ACTIONS = Object.keys(MEETING_ACTION_STATUSES) as Array<Exclude<MeetingAction, 'propose'>>;
