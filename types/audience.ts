import type { Actor } from './actor';
import type { Role } from './roles';

/**
 * Who an event is addressed to, besides named people: everyone holding a role at a place, or everyone who
 * lives in a place. An event's `recipients` mixes openids and these keys; a reader's inbox is the events
 * addressed to their openid or to any key they belong to now (`audiencesOf`), so telling "the grid's
 * workers" or "every resident of the building" costs no read at the time of the change.
 */
export type PlaceKind = 'street' | 'community' | 'grid' | 'building' | 'department';

/** Audience keys start with `@`, which no openid does. */
const PREFIX = '@';

export function isAudienceKey(recipient: string): boolean {
  return recipient.startsWith(PREFIX);
}

/** Everyone holding `role` at the place (`@grid_worker:grid-1`). */
export function roleAt(role: Role, placeId: string): string {
  return `${PREFIX}${role}:${placeId}`;
}

/** Everyone placed in the place, whatever their roles (`@members:building:b-1`). */
export function membersOf(kind: Exclude<PlaceKind, 'department'>, placeId: string): string {
  return `${PREFIX}members:${kind}:${placeId}`;
}

export function gridWorkersAudience(gridId: string | null): string[] {
  return gridId ? [roleAt('grid_worker', gridId)] : [];
}

export function communityAdminsAudience(communityId: string | null): string[] {
  return communityId ? [roleAt('community_admin', communityId)] : [];
}

export function streetAdminsAudience(streetId: string | null): string[] {
  return streetId ? [roleAt('street_admin', streetId)] : [];
}

export function liaisonsAudience(departmentIds: readonly string[]): string[] {
  return departmentIds.map((departmentId) => roleAt('department_liaison', departmentId));
}

/** Where each role is held: the placement field that names its place. */
function placeOfRole(actor: Actor, role: Role): string | null | undefined {
  switch (role) {
    case 'grid_worker':
      return actor.gridId;
    case 'building_leader':
      return actor.buildingId;
    case 'community_admin':
      return actor.communityId;
    case 'street_admin':
      return actor.streetId;
    case 'department_liaison':
      return actor.departmentId;
    default:
      return null;
  }
}

/** Every recipient value that reaches this person now: their openid, their roles' places, their places. */
export function audiencesOf(actor: Actor): string[] {
  const keys = [actor.openid];
  for (const role of actor.roles) {
    const place = placeOfRole(actor, role);
    if (place) keys.push(roleAt(role, place));
  }
  if (actor.buildingId) keys.push(membersOf('building', actor.buildingId));
  if (actor.gridId) keys.push(membersOf('grid', actor.gridId));
  if (actor.communityId) keys.push(membersOf('community', actor.communityId));
  return [...new Set(keys)];
}
