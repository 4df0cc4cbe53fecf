import type { OrgPlacement } from './org';
import type { Role } from './roles';
import type { VolunteerStatus } from './user';

/** Who is acting: what every permission check needs to know about the caller. */
export interface Actor extends OrgPlacement {
  openid: string;
  roles: readonly Role[];
  volunteerStatus: VolunteerStatus;
  /** The department a 部门联络员 answers for (吹哨报到); null for everyone else. */
  departmentId?: string | null;
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

/**
 * The caller known only by openid, for actions whose permission depends on identity alone
 * (the claim holder, whoever filed an item): the table's answer is the same, without reading the user.
 */
export function identityOnly(openid: string): Actor {
  return { openid, roles: [], volunteerStatus: 'none', streetId: null, communityId: null, gridId: null, buildingId: null };
}
