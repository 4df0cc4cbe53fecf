import type { Actor } from '../../types/actor';
import type { UserDoc } from '../../types/user';
import { findById } from './runtime';

export const USERS = 'users';

export async function loadUser(openid: string): Promise<UserDoc | null> {
  return findById<UserDoc>(USERS, openid);
}

export function toActor(user: UserDoc): Actor {
  return {
    openid: user._id,
    roles: user.roles,
    volunteerStatus: user.volunteer.status,
    streetId: user.streetId,
    communityId: user.communityId,
    gridId: user.gridId,
    buildingId: user.buildingId,
    departmentId: user.departmentId ?? null,
  };
}
