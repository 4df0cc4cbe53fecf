import type { Actor } from '../../types/actor';
import { maskName } from '../../types/privacy';
import type { UserDoc } from '../../types/user';
import { database, findById, rows } from './runtime';

export const USERS = 'users';

export async function loadUser(openid: string): Promise<UserDoc | null> {
  return findById<UserDoc>(USERS, openid);
}

/** The names of these users, by openid: one read (those without a users document are left out). */
export async function userNames(openids: Iterable<string>): Promise<Map<string, string>> {
  const wanted = [...new Set(openids)].filter(Boolean);
  if (wanted.length === 0) return new Map();
  const db = database();
  const found = await rows<Pick<UserDoc, '_id' | 'name'>>(db.collection(USERS).where({ _id: db.command.in(wanted) }).field({ _id: true, name: true }).limit(wanted.length));
  return new Map(found.map((user) => [user._id, user.name]));
}

/** The same names masked (王**), for what leaves the staff's screens: the audit log, the 台账. */
export async function maskedUserNames(openids: Iterable<string>): Promise<Map<string, string>> {
  return new Map([...(await userNames(openids))].map(([openid, name]) => [openid, maskName(name)]));
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
