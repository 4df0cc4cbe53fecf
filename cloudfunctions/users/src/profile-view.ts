import type { StreetDoc } from '../../../types/org';
import { roleLabelOf, staffTitleOf } from '../../../types/role-title';
import type { MyProfile, UserDoc } from '../../../types/user';
import { ORG_COLLECTIONS } from '../../_shared/org-repository';
import { findById } from '../../_shared/runtime';

/**
 * A street admin, and a department's liaison, are placed in their street: they serve every community of it
 * and have nothing to 登记.
 */
function placedIn(user: UserDoc): MyProfile['placedIn'] {
  if (user.communityId) return 'community';
  if (user.streetId && (user.roles.includes('street_admin') || user.roles.includes('department_liaison'))) return 'street';
  return null;
}

export function toMyProfile(user: UserDoc, streetName: string | null): MyProfile {
  return {
    openid: user._id,
    name: user.name,
    phone: user.phone,
    room: user.room,
    roles: user.roles,
    volunteerStatus: user.volunteer.status,
    volunteerReason: user.volunteer.reason,
    points: user.points,
    elderMode: user.elderMode,
    registered: Boolean(user.communityId && user.name),
    placedIn: placedIn(user),
    streetName,
    roleLabel: roleLabelOf(user.roles),
    staffTitle: staffTitleOf(user.roles, { ...user, streetName }),
    streetId: user.streetId,
    communityId: user.communityId,
    gridId: user.gridId,
    buildingId: user.buildingId,
    communityName: user.communityName,
    gridName: user.gridName,
    buildingName: user.buildingName,
  };
}

/** The profile with its street's name: one read by id, only for a placed user. */
export async function myProfile(user: UserDoc): Promise<MyProfile> {
  const street = user.streetId ? await findById<StreetDoc>(ORG_COLLECTIONS.streets, user.streetId) : null;
  return toMyProfile(user, street?.name ?? null);
}
