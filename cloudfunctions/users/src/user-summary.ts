import { maskPhone } from '../../../types/privacy';
import type { UserDoc, UserSummary } from '../../../types/user';

export function toUserSummary(user: UserDoc): UserSummary {
  return {
    openid: user._id,
    name: user.name,
    phoneMasked: maskPhone(user.phone),
    roles: user.roles,
    volunteerStatus: user.volunteer.status,
    volunteerIntro: user.volunteer.intro,
    gridId: user.gridId,
    gridName: user.gridName,
    buildingId: user.buildingId,
    buildingName: user.buildingName,
  };
}
