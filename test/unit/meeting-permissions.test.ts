import type { Actor } from '../../types/actor';
import type { Role } from '../../types/roles';
import type { MeetingFacts, MeetingPermission } from '../../types/permissions-meetings';
import { MEETING_ACTION_STATUSES, canOnMeeting, inMeetingScope } from '../../types/permissions-meetings';

function actor(openid: string, roles: Role[], place: Partial<Actor> = {}): Actor {
  return { openid, roles, volunteerStatus: 'none', streetId: 's', communityId: 'c1', gridId: 'g1', buildingId: 'b1', ...place };
}

const proposer = actor('proposer', ['resident']);
const neighbour = actor('neighbour', ['resident']);
const otherBuilding = actor('other-building', ['resident'], { buildingId: 'b2' });
const otherGrid = actor('other-grid', ['resident'], { gridId: 'g2', buildingId: 'b9' });
const gridWorker = actor('gw', ['resident', 'grid_worker'], { buildingId: 'b3' });
const otherGridWorker = actor('gw2', ['resident', 'grid_worker'], { gridId: 'g2', buildingId: 'b9' });
const leader = actor('leader', ['resident', 'building_leader'], { buildingId: 'b4' });
const admin = actor('admin', ['resident', 'community_admin'], { buildingId: 'b4' });
const otherAdmin = actor('admin2', ['resident', 'community_admin'], { communityId: 'c2', gridId: 'g7', buildingId: 'b7' });
const stranger = actor('stranger', ['resident'], { communityId: 'c2', gridId: 'g7', buildingId: 'b7' });

const people = { proposer, neighbour, otherBuilding, otherGrid, gridWorker, otherGridWorker, leader, admin, otherAdmin, stranger };

function topic(scope: MeetingFacts['scope']): MeetingFacts {
  const scopeId = scope === 'building' ? 'b1' : scope === 'grid' ? 'g1' : 'c1';
  return { communityId: 'c1', gridId: 'g1', buildingId: 'b1', scope, scopeId, status: 'proposed', proposerOpenid: 'proposer' };
}

function who(permission: MeetingPermission, facts: MeetingFacts): string[] {
  return Object.entries(people)
    .filter(([, person]) => canOnMeeting(person, permission, facts))
    .map(([name]) => name);
}

test('a building topic: seen by its building and the community staff; seconded, registered and evaluated by the building', () => {
  const facts = topic('building');
  expect(who('view', facts)).toEqual(['proposer', 'neighbour', 'gridWorker', 'otherGridWorker', 'leader', 'admin']);
  expect(who('second', facts)).toEqual(['neighbour']);
  expect(who('register', facts)).toEqual(['proposer', 'neighbour']);
  expect(who('evaluate', facts)).toEqual(['proposer', 'neighbour']);
});

test('a grid topic: the whole community sees it; the grid takes part', () => {
  const facts = topic('grid');
  expect(who('view', facts)).toEqual(['proposer', 'neighbour', 'otherBuilding', 'otherGrid', 'gridWorker', 'otherGridWorker', 'leader', 'admin']);
  expect(who('second', facts)).toEqual(['neighbour', 'otherBuilding', 'gridWorker', 'leader', 'admin']);
});

test('a community topic: everyone of the community takes part, nobody from elsewhere', () => {
  const facts = topic('community');
  expect(who('second', facts)).toEqual(['neighbour', 'otherBuilding', 'otherGrid', 'gridWorker', 'otherGridWorker', 'leader', 'admin']);
  expect(inMeetingScope(stranger, facts)).toBe(false);
});

test('the staff actions: grid review by the grid worker or an admin; the decision and after by an admin; check-in by any staff', () => {
  const facts = topic('building');
  expect(who('gridReview', facts)).toEqual(['gridWorker', 'admin']);
  for (const permission of ['decide', 'record', 'progress', 'openEvaluation'] as const) expect(who(permission, facts)).toEqual(['admin']);
  expect(who('checkIn', facts)).toEqual(['gridWorker', 'otherGridWorker', 'leader', 'admin']);
  expect(who('viewRoster', facts)).toEqual(['gridWorker', 'otherGridWorker', 'leader', 'admin']);
  expect(who('withdraw', facts)).toEqual(['proposer']);
});

test('the statuses each action may be taken in', () => {
  expect(MEETING_ACTION_STATUSES).toEqual({
    second: ['proposed', 'grid_review', 'community_decision'],
    gridReview: ['grid_review'],
    decide: ['community_decision'],
    register: ['scheduled'],
    cancelRegistration: ['scheduled'],
    checkIn: ['scheduled'],
    record: ['scheduled'],
    progress: ['implementing', 'evaluating'],
    openEvaluation: ['implementing'],
    evaluate: ['evaluating'],
    withdraw: ['proposed'],
  });
});
