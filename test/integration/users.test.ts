import type { MyProfile, UserSummary } from '@contract/user';
import type { OrgTree } from '@contract/org';
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';

const U = 'users';
const SAFE_COLLECTIONS = ['users', 'events'];

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud();
});
afterAll(async () => {
  await t.stop();
});

function expectCode(reply: { ok: boolean; error?: { code: string; message: string } }, code: string) {
  expect(reply).toMatchObject({ ok: false, error: { code } });
  expect(reply.error?.message).toMatch(/[\u4e00-\u9fa5]/);
}

/** Runs a refused call and proves the stored users and events did not move. */
async function refusedWithoutChange(openid: string, action: string, input: Record<string, unknown>, code: string) {
  const before = await t.snapshot(SAFE_COLLECTIONS);
  expectCode(await t.call(openid, U, action, input), code);
  expect(await t.snapshot(SAFE_COLLECTIONS)).toEqual(before);
}

describe('login and me', () => {
  test('first visit creates a resident, later visits return the same profile', async () => {
    const first = await t.ok<MyProfile>('new-user-1', U, 'login');
    expect(first).toMatchObject({ openid: 'new-user-1', roles: ['resident'], points: 0, registered: false, communityId: null });
    const again = await t.ok<MyProfile>('new-user-1', U, 'login');
    expect(again.openid).toBe('new-user-1');
    expect(await t.find('users', { _id: 'new-user-1' })).toHaveLength(1);
    const created = await t.find('events', { itemId: 'new-user-1', action: 'user.created' });
    expect(created).toHaveLength(1);
  });

  test('ten simultaneous first visits create exactly one user', async () => {
    const replies = await Promise.all(Array.from({ length: 10 }, () => t.call<MyProfile>('racer', U, 'login')));
    expect(replies.every((reply) => reply.ok)).toBe(true);
    expect(await t.find('users', { _id: 'racer' })).toHaveLength(1);
  });

  test('me answers the demo profile with the caller identity from the platform', async () => {
    const profile = await t.ok<MyProfile>('demo-resident', U, 'me');
    expect(profile).toMatchObject({
      openid: 'demo-resident',
      name: '王秀英',
      phone: '13800000001',
      communityName: '鑫盛社区',
      gridName: '第一网格',
      buildingName: '鑫盛小区1号楼',
      registered: true,
    });
    const admin = await t.ok<MyProfile>('demo-admin', U, 'me');
    expect(admin.roles).toContain('community_admin');
  });

  test('the body cannot claim another identity', async () => {
    const profile = await t.ok<MyProfile>('demo-resident', U, 'me', {} as Record<string, unknown>);
    expect(profile.openid).toBe('demo-resident');
    expectCode(await t.call('demo-resident', U, 'me', { openid: 'demo-admin' }), 'INVALID_INPUT');
  });

  test('me before any login answers NOT_REGISTERED', async () => {
    expectCode(await t.call('never-seen', U, 'me'), 'NOT_REGISTERED');
  });

  test('no identity at all answers UNAUTHENTICATED', async () => {
    expectCode(await t.call('', U, 'login'), 'UNAUTHENTICATED');
  });

  test('an unknown action answers UNKNOWN_ACTION', async () => {
    await refusedWithoutChange('demo-resident', 'dropDatabase', {}, 'UNKNOWN_ACTION');
  });
});

describe('listOrg', () => {
  test('the whole street: 鑫盛社区 with 6 grids and 20 buildings, and a second community', async () => {
    const tree = await t.ok<OrgTree>('new-user-2', U, 'listOrg');
    expect(tree.streets.map((s) => s.name)).toEqual(['云中路街道']);
    const communities = tree.streets[0]!.communities;
    expect(communities.map((c) => c.name).sort()).toEqual(['翠竹园社区', '鑫盛社区'].sort());
    const xinsheng = communities.find((c) => c.name === '鑫盛社区')!;
    expect(xinsheng.grids.map((g) => g.name)).toEqual(['第一网格', '第二网格', '第三网格', '第四网格', '第五网格', '第六网格']);
    expect(xinsheng.grids.flatMap((g) => g.buildings)).toHaveLength(20);
  });

  test('one community on request', async () => {
    const tree = await t.ok<OrgTree>('new-user-2', U, 'listOrg', { communityId: 'cuizhu' });
    expect(tree.streets[0]!.communities.map((c) => c.id)).toEqual(['cuizhu']);
  });
});

describe('updateProfile', () => {
  const openid = 'registering-user';
  beforeAll(async () => {
    await t.ok(openid, U, 'login');
  });

  test('registration: a building fills in its grid and community', async () => {
    const profile = await t.ok<MyProfile>(openid, U, 'updateProfile', {
      name: '何大爷',
      phone: '13911112222',
      buildingId: 'xinsheng-b06',
      room: '1单元602',
    });
    expect(profile).toMatchObject({
      name: '何大爷',
      communityId: 'xinsheng',
      gridId: 'xinsheng-g2',
      buildingId: 'xinsheng-b06',
      buildingName: '鑫盛小区6号楼',
      gridName: '第二网格',
      registered: true,
    });
    expect(await t.ok<MyProfile>(openid, U, 'me')).toMatchObject({ name: '何大爷', room: '1单元602' });
    const events = await t.find<{ note: string; actorOpenid: string }>('events', { itemId: openid, action: 'user.profile_updated' });
    expect(events.length).toBeGreaterThanOrEqual(1);
    expect(events[0]!.note).toContain('buildingId');
    expect(JSON.stringify(events)).not.toContain('13911112222');
  });

  test('partial: only the fields given change', async () => {
    const profile = await t.ok<MyProfile>(openid, U, 'updateProfile', { elderMode: true });
    expect(profile).toMatchObject({ elderMode: true, name: '何大爷', buildingId: 'xinsheng-b06' });
  });

  test('a building in another grid is enough to move there', async () => {
    const profile = await t.ok<MyProfile>(openid, U, 'updateProfile', { buildingId: 'xinsheng-b13' });
    expect(profile).toMatchObject({ buildingId: 'xinsheng-b13', gridId: 'xinsheng-g4', gridName: '第四网格' });
  });

  test('a new grid without a building clears the building', async () => {
    const profile = await t.ok<MyProfile>(openid, U, 'updateProfile', { gridId: 'xinsheng-g3' });
    expect(profile).toMatchObject({ gridId: 'xinsheng-g3', buildingId: null, communityId: 'xinsheng' });
  });

  test.each([
    ['a building outside the grid', { gridId: 'xinsheng-g1', buildingId: 'xinsheng-b06' }],
    ['a grid of another community', { communityId: 'cuizhu', gridId: 'xinsheng-g1' }],
    ['an unknown building', { buildingId: 'nowhere' }],
    ['an over-long name', { name: '长'.repeat(21) }],
    ['a wrong type', { elderMode: 'yes' }],
    ['a bad phone', { phone: '110' }],
    ['an unknown field', { roles: ['community_admin'] }],
    ['nothing to change', {}],
  ])('%s → INVALID_INPUT, nothing changes', async (_label, input) => {
    await refusedWithoutChange(openid, 'updateProfile', input, 'INVALID_INPUT');
  });

  test('text that fails the content check is refused and not stored', async () => {
    await refusedWithoutChange(openid, 'updateProfile', { name: '违禁词测试' }, 'CONTENT_REJECTED');
  });

  test('staff cannot move to another community', async () => {
    await refusedWithoutChange('demo-gridworker', 'updateProfile', { communityId: 'cuizhu' }, 'COMMUNITY_LOCKED');
  });
});

describe('volunteers', () => {
  const applicant = 'applicant-1';
  beforeAll(async () => {
    await t.ok(applicant, U, 'login');
    await t.ok(applicant, U, 'updateProfile', { name: '钱多多', buildingId: 'xinsheng-b02' });
  });

  test('without a community one cannot apply', async () => {
    await t.ok('unplaced', U, 'login');
    await refusedWithoutChange('unplaced', 'applyVolunteer', { intro: '我想帮忙' }, 'PROFILE_INCOMPLETE');
  });

  test('apply → pending; applying again is refused', async () => {
    const profile = await t.ok<MyProfile>(applicant, U, 'applyVolunteer', { intro: '我会修电脑' });
    expect(profile.volunteerStatus).toBe('pending');
    await refusedWithoutChange(applicant, 'applyVolunteer', { intro: '再来一次' }, 'VOLUNTEER_APPLICATION_PENDING');
  });

  test('an approved volunteer cannot apply again', async () => {
    await refusedWithoutChange('demo-volunteer', 'applyVolunteer', { intro: '再来一次' }, 'VOLUNTEER_ALREADY_APPROVED');
  });

  test('the admin sees the pending application, masked', async () => {
    const page = await t.ok<{ items: UserSummary[]; nextCursor: string | null }>('demo-admin', U, 'listMembers', {
      volunteerStatus: 'pending',
    });
    const row = page.items.find((item) => item.openid === applicant);
    expect(row).toMatchObject({ name: '钱多多', volunteerIntro: '我会修电脑', volunteerStatus: 'pending' });
    expect(JSON.stringify(page)).not.toContain('13911112222');
  });

  test('only an admin of the same community may review', async () => {
    await refusedWithoutChange('demo-resident', 'reviewVolunteer', { openid: applicant, approve: true }, 'FORBIDDEN');
    await refusedWithoutChange('demo-gridworker', 'reviewVolunteer', { openid: applicant, approve: true }, 'FORBIDDEN');
    await refusedWithoutChange('demo-admin-2', 'reviewVolunteer', { openid: applicant, approve: true }, 'FORBIDDEN');
    await refusedWithoutChange('demo-street-admin', 'reviewVolunteer', { openid: applicant, approve: true }, 'FORBIDDEN');
  });

  test('a rejection needs a reason', async () => {
    await refusedWithoutChange('demo-admin', 'reviewVolunteer', { openid: applicant, approve: false }, 'INVALID_INPUT');
  });

  test('approval adds the volunteer role once, and a second review is refused', async () => {
    const summary = await t.ok<UserSummary>('demo-admin', U, 'reviewVolunteer', { openid: applicant, approve: true });
    expect(summary).toMatchObject({ volunteerStatus: 'approved' });
    expect(summary.roles).toEqual(['resident', 'volunteer']);
    await refusedWithoutChange('demo-admin', 'reviewVolunteer', { openid: applicant, approve: true }, 'NO_PENDING_APPLICATION');
    const me = await t.ok<MyProfile>(applicant, U, 'me');
    expect(me.roles).toEqual(['resident', 'volunteer']);
    const [event] = await t.find<{ actorOpenid: string; to: string }>('events', { itemId: applicant, action: 'volunteer.approved' });
    expect(event).toMatchObject({ actorOpenid: 'demo-admin', to: 'approved' });
  });

  test('a rejected applicant sees the reason and may apply again', async () => {
    await t.ok('applicant-2', U, 'login');
    await t.ok('applicant-2', U, 'updateProfile', { name: '孔小明', buildingId: 'xinsheng-b07' });
    await t.ok('applicant-2', U, 'applyVolunteer', { intro: '想试试' });
    await t.ok('demo-admin', U, 'reviewVolunteer', { openid: 'applicant-2', approve: false, reason: '请补充可服务时间' });
    const me = await t.ok<MyProfile>('applicant-2', U, 'me');
    expect(me).toMatchObject({ volunteerStatus: 'rejected', volunteerReason: '请补充可服务时间' });
    const again = await t.ok<MyProfile>('applicant-2', U, 'applyVolunteer', { intro: '周末全天可以' });
    expect(again.volunteerStatus).toBe('pending');
  });

  test('unknown users are NOT_FOUND', async () => {
    await refusedWithoutChange('demo-admin', 'reviewVolunteer', { openid: 'ghost', approve: true }, 'NOT_FOUND');
  });
});

describe('setRoles', () => {
  test('an admin makes a resident of the community a grid worker', async () => {
    const summary = await t.ok<UserSummary>('demo-admin', U, 'setRoles', { openid: 'demo-resident-2', roles: ['grid_worker'] });
    expect(summary.roles).toEqual(['resident', 'grid_worker']);
    expect((await t.ok<MyProfile>('demo-resident-2', U, 'me')).roles).toEqual(['resident', 'grid_worker']);
    const [event] = await t.find<{ from: string; to: string }>('events', { itemId: 'demo-resident-2', action: 'user.roles_changed' });
    expect(event).toMatchObject({ from: 'resident', to: 'resident,grid_worker' });
  });

  test('street admin is not a community role', async () => {
    await refusedWithoutChange('demo-admin', 'setRoles', { openid: 'demo-resident', roles: ['street_admin'] }, 'ROLE_NOT_ASSIGNABLE');
  });

  test('not across communities, not by non-admins', async () => {
    await refusedWithoutChange('demo-admin-2', 'setRoles', { openid: 'demo-resident', roles: ['grid_worker'] }, 'FORBIDDEN');
    await refusedWithoutChange('demo-gridworker', 'setRoles', { openid: 'demo-resident', roles: ['grid_worker'] }, 'FORBIDDEN');
    await refusedWithoutChange('demo-resident', 'setRoles', { openid: 'demo-resident', roles: ['community_admin'] }, 'FORBIDDEN');
  });

  test('an admin cannot remove their own admin role', async () => {
    await refusedWithoutChange('demo-admin', 'setRoles', { openid: 'demo-admin', roles: ['resident'] }, 'CANNOT_DEMOTE_SELF');
  });

  test('granting volunteer approves the volunteer, taking it away resets it', async () => {
    const granted = await t.ok<UserSummary>('demo-admin', U, 'setRoles', { openid: 'demo-resident', roles: ['volunteer'] });
    expect(granted.volunteerStatus).toBe('approved');
    const revoked = await t.ok<UserSummary>('demo-admin', U, 'setRoles', { openid: 'demo-resident', roles: [] });
    expect(revoked).toMatchObject({ roles: ['resident'], volunteerStatus: 'none' });
  });
});

describe('moves that would carry powers or duties along', () => {
  test('a grid worker or building leader cannot move themselves to another grid', async () => {
    await refusedWithoutChange('demo-gridworker', 'updateProfile', { buildingId: 'xinsheng-b06' }, 'COMMUNITY_LOCKED');
    await refusedWithoutChange('demo-building-leader', 'updateProfile', { gridId: 'xinsheng-g2' }, 'COMMUNITY_LOCKED');
    const sameGrid = await t.ok<MyProfile>('demo-gridworker', U, 'updateProfile', { buildingId: 'xinsheng-b02' });
    expect(sameGrid).toMatchObject({ gridId: 'xinsheng-g1', buildingId: 'xinsheng-b02' });
  });

  test('a volunteer holding a claim cannot leave the community', async () => {
    await refusedWithoutChange('demo-volunteer', 'updateProfile', { buildingId: 'cuizhu-b01' }, 'CLAIMS_OUTSTANDING');
  });

  test('a volunteer who moves to another community is no longer its volunteer', async () => {
    await t.ok('mover', U, 'login');
    await t.ok('mover', U, 'updateProfile', { name: '搬家的人', buildingId: 'xinsheng-b08' });
    await t.ok('mover', U, 'applyVolunteer', { intro: '周末有空' });
    await t.ok('demo-admin', U, 'reviewVolunteer', { openid: 'mover', approve: true });
    const moved = await t.ok<MyProfile>('mover', U, 'updateProfile', { buildingId: 'cuizhu-b02' });
    expect(moved).toMatchObject({ communityId: 'cuizhu', roles: ['resident'], volunteerStatus: 'none' });
    const [event] = await t.find<{ note: string }>('events', { itemId: 'mover', action: 'user.profile_updated', to: 'cuizhu' });
    expect(event!.note).toContain('volunteer');
  });
});
