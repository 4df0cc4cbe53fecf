import type { Actor } from '@contract/actor';
import { canOnUsers } from '@contract/permissions-users';
import type { UsersPermission } from '@contract/permissions-users';
import type { Role } from '@contract/roles';

function actor(roles: Role[], communityId: string | null): Actor {
  return { openid: 'a', roles, volunteerStatus: 'none', streetId: 's', communityId, gridId: null, buildingId: null };
}

const own = { communityId: 'c1' };
const other = { communityId: 'c2' };
const unplaced = { communityId: null };

const cases: Array<[string, Actor, { communityId: string | null }, boolean]> = [
  ['community admin, own community', actor(['resident', 'community_admin'], 'c1'), own, true],
  ['community admin, other community', actor(['resident', 'community_admin'], 'c1'), other, false],
  ['community admin, user not yet placed', actor(['resident', 'community_admin'], 'c1'), unplaced, false],
  ['community admin without a community', actor(['community_admin'], null), unplaced, false],
  ['grid worker, own community', actor(['resident', 'grid_worker'], 'c1'), own, false],
  ['building leader, own community', actor(['resident', 'building_leader'], 'c1'), own, false],
  ['street admin', actor(['street_admin'], null), own, false],
  ['volunteer', actor(['resident', 'volunteer'], 'c1'), own, false],
  ['resident', actor(['resident'], 'c1'), own, false],
];

const actions: UsersPermission[] = ['reviewVolunteer', 'setRoles', 'listCommunityUsers'];

describe('users permission table', () => {
  for (const action of actions) {
    test.each(cases)(`${action}: %s → %s`, (_label, who, target, expected) => {
      expect(canOnUsers(who, action, target)).toBe(expected);
    });
  }
});
