import type { Actor, Scoped } from './actor';
import { isCommunityAdminOf } from './actor';

export type UsersPermission = 'reviewVolunteer' | 'setRoles' | 'listCommunityUsers';

/** The users area's permission table: one predicate per action, on the target user's placement. */
const usersTable: Record<UsersPermission, (actor: Actor, target: Scoped) => boolean> = {
  reviewVolunteer: isCommunityAdminOf,
  setRoles: isCommunityAdminOf,
  listCommunityUsers: isCommunityAdminOf,
};

export function canOnUsers(actor: Actor, action: UsersPermission, target: Scoped): boolean {
  return usersTable[action](actor, target);
}
