import type { PlacementNames } from '@contract/org';
import { ROLE_LABELS } from '@contract/roles';
import type { MyProfile } from '@contract/user';

/** 鑫盛社区 · 第一网格 · 3号楼 · 201 */
export function placementText(place: PlacementNames & { room?: string | null }): string | null {
  const parts = [place.communityName, place.gridName, place.buildingName, place.room].filter(
    (part): part is string => Boolean(part),
  );
  return parts.length ? parts.join(' · ') : null;
}

/** A street admin works for the whole street: placed there, not in a community, and nothing to 登记. */
export function isStreetAdmin(profile: Pick<MyProfile, 'placedIn'>): boolean {
  return profile.placedIn === 'street';
}

/** Placed somewhere in the org tree: a registered resident or community staff, or a street admin in their street. */
export function isPlaced(profile: Pick<MyProfile, 'placedIn' | 'registered'>): boolean {
  return profile.registered || profile.placedIn !== null;
}

/** Where this person belongs, part by part: the community chain, or the street for street admins. */
export function profilePlaceParts(profile: MyProfile): string[] {
  const parts = [profile.communityName, profile.gridName, profile.buildingName, profile.room].filter(
    (part): part is string => Boolean(part),
  );
  if (parts.length) return parts;
  return isStreetAdmin(profile) && profile.streetName ? [profile.streetName] : [];
}

/** 云中路街道 · 街道管理员 (or · 部门联络员): the street and the role of whoever serves the whole street. */
export function streetTitle(profile: MyProfile): string {
  return profile.staffTitle ?? [profile.streetName, ROLE_LABELS.street_admin].filter(Boolean).join(' · ');
}
