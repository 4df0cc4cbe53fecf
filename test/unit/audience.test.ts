import type { Actor } from '@contract/actor';
import { audiencesOf, communityAdminsAudience, gridWorkersAudience, isAudienceKey, liaisonsAudience, membersOf, roleAt, streetAdminsAudience } from '@contract/audience';
import { handlersOf, holdersAt, liaisonsOf } from '../../cloudfunctions/_shared/complaints/recipients';
import { namedPeople } from '../../cloudfunctions/_shared/notify';

const worker: Actor = {
  openid: 'w-1',
  roles: ['resident', 'grid_worker'],
  volunteerStatus: 'none',
  streetId: 'yunzhong',
  communityId: 'xinsheng',
  gridId: 'xinsheng-g1',
  buildingId: 'xinsheng-b01',
};

test('audience keys are told apart from openids', () => {
  expect(isAudienceKey(roleAt('grid_worker', 'g-1'))).toBe(true);
  expect(isAudienceKey(membersOf('building', 'b-1'))).toBe(true);
  expect(isAudienceKey('oAbc123')).toBe(false);
  expect(roleAt('grid_worker', 'g-1')).toBe('@grid_worker:g-1');
  expect(membersOf('building', 'b-1')).toBe('@members:building:b-1');
});

test('a reader belongs to their openid, their roles at their places, and their places', () => {
  expect(audiencesOf(worker).sort()).toEqual(
    ['w-1', '@grid_worker:xinsheng-g1', '@members:building:xinsheng-b01', '@members:grid:xinsheng-g1', '@members:community:xinsheng'].sort(),
  );
  const liaison: Actor = { ...worker, openid: 'l-1', roles: ['department_liaison'], communityId: null, gridId: null, buildingId: null, departmentId: 'dept-power' };
  expect(audiencesOf(liaison)).toEqual(['l-1', '@department_liaison:dept-power']);
  // A role without its place reaches no one: a grid worker not placed in a grid holds no grid's key.
  expect(audiencesOf({ ...worker, gridId: null })).not.toContain('@grid_worker:null');
});

test('role holders are audience keys, found without a read; a place that is not there tells no one', () => {
  const c = { gridId: 'g-1', communityId: 'c-1', streetId: 's-1', assigneeOpenid: null, level: 'grid' as const };
  expect(holdersAt(c, 'grid')).toEqual(gridWorkersAudience('g-1'));
  expect(holdersAt(c, 'community')).toEqual(communityAdminsAudience('c-1'));
  expect(holdersAt(c, 'street')).toEqual(streetAdminsAudience('s-1'));
  expect(holdersAt({ ...c, gridId: null }, 'grid')).toEqual([]);
  expect(handlersOf(c)).toEqual(['@grid_worker:g-1']);
  expect(handlersOf({ ...c, assigneeOpenid: 'w-1' })).toEqual(['w-1']);
  expect(liaisonsOf(['d-1', 'd-2', 'd-1'])).toEqual(liaisonsAudience(['d-1', 'd-2']));
});

test('subscription messages go to named people only', () => {
  expect(namedPeople(['o-1', '@grid_worker:g-1', '', 'o-1', '@members:building:b-1', 'o-2'])).toEqual(['o-1', 'o-2']);
});
