import type { Actor } from '@contract/actor';
import { identityOnly } from '@contract/actor';
import type { WishFacts, WishPermission } from '@contract/permissions-wishes';
import { availableWishActions, canFileOnBehalf, canOnWish, claimHintFor, filesOnBehalf } from '@contract/permissions-wishes';
import type { Role } from '@contract/roles';
import type { WishStatus } from '@contract/wish';

function actor(openid: string, roles: Role[], place: Partial<Actor> = {}): Actor {
  return {
    openid,
    roles,
    volunteerStatus: roles.includes('volunteer') ? 'approved' : 'none',
    streetId: 'street',
    communityId: 'c1',
    gridId: 'g1',
    buildingId: 'b1',
    ...place,
  };
}

function wish(status: WishStatus, overrides: Partial<WishFacts> = {}): WishFacts {
  return {
    streetId: 'street',
    communityId: 'c1',
    gridId: 'g1',
    status,
    requesterOpenid: 'requester',
    filedByGridWorker: false,
    beneficiaryOpenid: 'requester',
    claimVolunteerOpenid: status === 'claimed' || status === 'fulfilled' ? 'holder' : null,
    ...overrides,
  };
}

const requester = actor('requester', ['resident']);
const neighbour = actor('neighbour', ['resident']);
const volunteer = actor('volunteer', ['resident', 'volunteer']);
const pendingVolunteer = { ...actor('pending', ['resident']), volunteerStatus: 'pending' as const };
const holder = actor('holder', ['resident', 'volunteer']);
const farVolunteer = actor('far', ['resident', 'volunteer'], { communityId: 'c2', gridId: 'g9' });
const admin = actor('admin', ['resident', 'community_admin']);
const otherAdmin = actor('admin2', ['resident', 'community_admin'], { communityId: 'c2' });
const streetAdmin = actor('street', ['street_admin'], { communityId: null, gridId: null });
const gridWorker = actor('gw', ['resident', 'grid_worker']);
const otherGridWorker = actor('gw2', ['resident', 'grid_worker'], { gridId: 'g2' });

const cases: Array<[string, Actor, WishPermission, WishFacts, boolean]> = [
  ['requester views own pending wish', requester, 'view', wish('pending_review'), true],
  ['neighbour cannot view a pending wish', neighbour, 'view', wish('pending_review'), false],
  ['neighbour views a published wish', neighbour, 'view', wish('published'), true],
  ['neighbour views a confirmed wish', neighbour, 'view', wish('confirmed'), true],
  ['neighbour cannot view a rejected wish', neighbour, 'view', wish('rejected'), false],
  ['other community volunteer cannot view', farVolunteer, 'view', wish('published'), false],
  ['other community admin cannot view', otherAdmin, 'view', wish('published'), false],
  ['street admin views across communities', streetAdmin, 'view', wish('pending_review'), true],
  ['grid worker of the grid views pending', gridWorker, 'view', wish('pending_review'), true],
  ['grid worker of another grid cannot view pending', otherGridWorker, 'view', wish('pending_review'), false],
  ['requester sees private details', requester, 'viewPrivate', wish('published'), true],
  ['neighbour never sees private details', neighbour, 'viewPrivate', wish('published'), false],
  ['volunteer not holding the claim does not', volunteer, 'viewPrivate', wish('claimed'), false],
  ['claim holder does, while claimed', holder, 'viewPrivate', wish('claimed'), true],
  ['claim holder no longer after fulfilling', holder, 'viewPrivate', wish('fulfilled'), false],
  ['filing grid worker does', gridWorker, 'viewPrivate', wish('published', { requesterOpenid: 'gw', filedByGridWorker: true, beneficiaryOpenid: null }), true],
  ['community admin does', admin, 'viewPrivate', wish('published'), true],
  ['other admin does not', otherAdmin, 'viewPrivate', wish('published'), false],
  ['street admin does not', streetAdmin, 'viewPrivate', wish('published'), false],
  ['admin reviews', admin, 'review', wish('pending_review'), true],
  ['other admin cannot review', otherAdmin, 'review', wish('pending_review'), false],
  ['an admin cannot approve their own wish', admin, 'review', wish('pending_review', { requesterOpenid: 'admin', beneficiaryOpenid: 'admin' }), false],
  ['grid worker cannot review', gridWorker, 'review', wish('pending_review'), false],
  ['approved volunteer claims', volunteer, 'claim', wish('published'), true],
  ['pending volunteer cannot claim', pendingVolunteer, 'claim', wish('published'), false],
  ['resident cannot claim', neighbour, 'claim', wish('published'), false],
  ['volunteer of another community cannot claim', farVolunteer, 'claim', wish('published'), false],
  ['volunteer cannot claim own wish', volunteer, 'claim', wish('published', { requesterOpenid: 'volunteer', beneficiaryOpenid: 'volunteer' }), false],
  ['holder cancels', holder, 'cancelClaim', wish('claimed'), true],
  ['another volunteer cannot cancel', volunteer, 'cancelClaim', wish('claimed'), false],
  ['holder fulfils', holder, 'fulfil', wish('claimed'), true],
  ['admin cannot fulfil', admin, 'fulfil', wish('claimed'), false],
  ['requester confirms', requester, 'confirm', wish('fulfilled'), true],
  ['filing grid worker confirms', gridWorker, 'confirm', wish('fulfilled', { requesterOpenid: 'gw', filedByGridWorker: true, beneficiaryOpenid: null }), true],
  ['holder cannot confirm own work', holder, 'confirm', wish('fulfilled'), false],
  ['admin cannot confirm', admin, 'confirm', wish('fulfilled'), false],
  ['requester withdraws', requester, 'withdraw', wish('published'), true],
  ['beneficiary filed for by a grid worker cannot withdraw', requester, 'withdraw', wish('published', { requesterOpenid: 'gw' }), false],
  ['requester resubmits', requester, 'resubmit', wish('rejected'), true],
  ['filing grid worker resubmits', gridWorker, 'resubmit', wish('rejected', { requesterOpenid: 'gw', filedByGridWorker: true, beneficiaryOpenid: null }), true],
  ['beneficiary filed for by a grid worker does not resubmit', requester, 'resubmit', wish('rejected', { requesterOpenid: 'gw', filedByGridWorker: true }), false],
  ['another grid worker of the grid does not resubmit', otherGridWorker, 'resubmit', wish('rejected', { requesterOpenid: 'gw', filedByGridWorker: true, gridId: 'g2' }), false],
  ['admin does not resubmit', admin, 'resubmit', wish('rejected'), false],
  ['neighbour does not resubmit', neighbour, 'resubmit', wish('rejected'), false],
];

describe('wishes permission table', () => {
  test.each(cases)('%s', (_label, who, permission, facts, expected) => {
    expect(canOnWish(who, permission, facts)).toBe(expected);
  });
});

describe('who files on behalf at all', () => {
  test.each([
    [['resident', 'grid_worker'], 'g1', true],
    [['resident', 'building_leader'], 'g1', true],
    [['resident', 'grid_worker'], null, false],
    [['resident', 'community_admin'], 'g1', false],
    [['resident', 'volunteer'], 'g1', false],
  ] as Array<[Role[], string | null, boolean]>)('%j in grid %s → %s', (roles, gridId, expected) => {
    expect(filesOnBehalf({ roles, gridId })).toBe(expected);
  });
});

describe('filing on behalf', () => {
  const buildingLeader = actor('bl', ['resident', 'building_leader']);
  test.each([
    ['grid worker, own grid', gridWorker, { communityId: 'c1', gridId: 'g1' }, true],
    ['grid worker, other grid', gridWorker, { communityId: 'c1', gridId: 'g2' }, false],
    ['building leader, own grid', buildingLeader, { communityId: 'c1', gridId: 'g1' }, true],
    ['grid worker, same grid id in another community', gridWorker, { communityId: 'c2', gridId: 'g1' }, false],
    ['resident', requester, { communityId: 'c1', gridId: 'g1' }, false],
    ['community admin', admin, { communityId: 'c1', gridId: 'g1' }, false],
  ] as Array<[string, Actor, { communityId: string; gridId: string }, boolean]>)('%s → %s', (_label, who, place, expected) => {
    expect(canFileOnBehalf(who, place)).toBe(expected);
  });
});

describe('available actions: permission and state together', () => {
  test.each([
    ['requester, pending', requester, wish('pending_review'), ['withdraw']],
    ['admin, pending', admin, wish('pending_review'), ['review']],
    ['volunteer, published', volunteer, wish('published'), ['claim']],
    ['volunteer, claimed by another', volunteer, wish('claimed'), []],
    ['holder, claimed', holder, wish('claimed'), ['cancelClaim', 'fulfil']],
    ['requester, fulfilled', requester, wish('fulfilled'), ['confirm']],
    ['requester, confirmed', requester, wish('confirmed'), []],
    ['requester, rejected', requester, wish('rejected'), ['resubmit']],
    ['filing grid worker, rejected', gridWorker, wish('rejected', { requesterOpenid: 'gw', filedByGridWorker: true, beneficiaryOpenid: null }), ['resubmit']],
    ['admin, rejected', admin, wish('rejected'), []],
    ['requester, published', requester, wish('published'), ['withdraw']],
  ] as Array<[string, Actor, WishFacts, string[]]>)('%s → %j', (_label, who, facts, expected) => {
    expect(availableWishActions(who, facts)).toEqual(expected);
  });

  test('identity alone decides the holder and requester actions, as the server checks them', () => {
    expect(canOnWish(identityOnly('holder'), 'fulfil', wish('claimed'))).toBe(true);
    expect(canOnWish(identityOnly('requester'), 'confirm', wish('fulfilled'))).toBe(true);
    expect(canOnWish(identityOnly('someone'), 'withdraw', wish('published'))).toBe(false);
    expect(canOnWish(identityOnly('volunteer'), 'claim', wish('published'))).toBe(false);
  });
});

describe('why a caller cannot claim: the claim hint', () => {
  const unregistered = actor('new', ['resident'], { communityId: 'c1', gridId: null, buildingId: null });
  const rejectedVolunteer = { ...actor('rej', ['resident']), volunteerStatus: 'rejected' as const };
  test.each([
    ['a resident who is not a volunteer', neighbour, wish('published'), true, 'become_volunteer'],
    ['a rejected applicant may apply again', rejectedVolunteer, wish('published'), true, 'become_volunteer'],
    ['a pending applicant', pendingVolunteer, wish('published'), true, 'volunteer_pending'],
    ['someone not yet registered', unregistered, wish('published'), false, 'register'],
    ['an approved volunteer can claim: no hint', volunteer, wish('published'), true, null],
    ['the requester: their own wish', requester, wish('published'), true, null],
    ['the beneficiary filed for by a grid worker', requester, wish('published', { requesterOpenid: 'gw', filedByGridWorker: true }), true, null],
    ['a street admin serves the street', streetAdmin, wish('published'), false, null],
    ['a community admin reviews, not claims', admin, wish('published'), true, null],
    ['a grid worker files and visits', gridWorker, wish('published'), true, null],
    ['a claimed wish is off the wall', neighbour, wish('claimed'), true, null],
    ['a pending wish is not on the wall', pendingVolunteer, wish('pending_review'), true, null],
    ['a resident of another community', { ...neighbour, communityId: 'c2' }, wish('published'), true, null],
  ] as Array<[string, Actor, WishFacts, boolean, string | null]>)('%s → %s', (_label, who, facts, registered, expected) => {
    expect(claimHintFor(who, facts, registered)).toBe(expected);
  });
});
