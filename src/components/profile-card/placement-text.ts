import type { PlacementNames } from '@contract/org';
import { hasRole } from '@contract/roles';
import type { MyProfile } from '@contract/user';

/** 鑫盛社区 · 第一网格 · 3号楼 · 201 */
export function placementText(place: PlacementNames & { room?: string | null }): string | null {
  const parts = [place.communityName, place.gridName, place.buildingName, place.room].filter(
    (part): part is string => Boolean(part),
  );
  return parts.length ? parts.join(' · ') : null;
}

/** A street admin works for the whole street: placed there, not in a community, and nothing to 登记. */
export function isStreetAdmin(profile: Pick<MyProfile, 'roles' | 'streetId'>): boolean {
  return hasRole(profile.roles, 'street_admin') && profile.streetId !== null;
}

/** The street's name, as the profile carries it (街道管理员 are placed in a street). */
export function streetNameOf(profile: MyProfile): string | null {
  const value = Object.prototype.hasOwnProperty.call(profile, 'streetName')
    ? (profile as MyProfile & { streetName?: unknown }).streetName
    : null;
  return typeof value === 'string' && value.trim() ? value : null;
}

/** Placed somewhere in the org tree: a registered resident, or a street admin in their street. */
export function isPlaced(profile: MyProfile): boolean {
  return profile.registered || isStreetAdmin(profile);
}

/** Where this person belongs, for a profile card: the community chain, or the street for street admins. */
export function profilePlaceText(profile: MyProfile): string | null {
  const community = placementText(profile);
  if (community) return community;
  return isStreetAdmin(profile) ? (streetNameOf(profile) ?? '街道') : null;
}
