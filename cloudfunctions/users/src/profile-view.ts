import type { MyProfile, UserDoc } from '../../../types/user';

export function toMyProfile(user: UserDoc): MyProfile {
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
    streetId: user.streetId,
    communityId: user.communityId,
    gridId: user.gridId,
    buildingId: user.buildingId,
    communityName: user.communityName,
    gridName: user.gridName,
    buildingName: user.buildingName,
  };
}
