import type { OrgPlacement } from './org';
import type { Role } from './roles';
import type { VolunteerStatus } from './user';

/** Who is acting: what every permission check needs to know about the caller. */
export interface Actor extends OrgPlacement {
  openid: string;
  roles: readonly Role[];
  volunteerStatus: VolunteerStatus;
}

/** Anything that belongs to a place in the org tree. */
export interface Scoped {
  communityId: string | null;
  gridId?: string | null;
}

export function sameCommunity(actor: Actor, resource: Scoped): boolean {
  return actor.communityId !== null && actor.communityId === resource.communityId;
}

export function isCommunityAdminOf(actor: Actor, resource: Scoped): boolean {
  return actor.roles.includes('community_admin') && sameCommunity(actor, resource);
}
