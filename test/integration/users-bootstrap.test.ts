import type { MyProfile } from '@contract/user';
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ functionEnv: { BOOTSTRAP_ADMINS: 'first-admin@cuizhu,demo-resident-2@xinsheng,lost-admin@nowhere' } });
});
afterAll(async () => {
  await t.stop();
});

test('a configured first admin is admin of the community from the first visit', async () => {
  const profile = await t.ok<MyProfile>('first-admin', 'users', 'login');
  expect(profile).toMatchObject({ roles: ['resident', 'community_admin'], communityId: 'cuizhu', communityName: '翠竹园社区' });
});

test('one who had already opened the app becomes admin on the next visit, with an event', async () => {
  const profile = await t.ok<MyProfile>('demo-resident-2', 'users', 'login');
  expect(profile.roles).toEqual(['resident', 'community_admin']);
  const [event] = await t.find<{ to: string; actorLabel: string }>('events', { itemId: 'demo-resident-2', action: 'user.roles_changed' });
  expect(event).toMatchObject({ to: 'resident,community_admin', actorLabel: '系统配置' });
  const again = await t.ok<MyProfile>('demo-resident-2', 'users', 'login');
  expect(again.roles).toEqual(['resident', 'community_admin']);
  expect(await t.find('events', { itemId: 'demo-resident-2', action: 'user.roles_changed' })).toHaveLength(1);
});

test('an unknown community in the configuration makes a plain resident', async () => {
  const profile = await t.ok<MyProfile>('lost-admin', 'users', 'login');
  expect(profile.roles).toEqual(['resident']);
});

test('a bootstrap admin demoted by another admin stays demoted', async () => {
  await t.ok('demo-admin', 'users', 'setRoles', { openid: 'demo-resident-2', roles: [] });
  const profile = await t.ok<MyProfile>('demo-resident-2', 'users', 'login');
  expect(profile.roles).toEqual(['resident']);
});
