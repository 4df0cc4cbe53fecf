/**
 * Notices addressed to role holders by audience key (`@grid_worker:<grid>`): whoever holds the role at the
 * place reads them in the inbox — not the holders of another place, not the one who acted, not someone who
 * has lost the role since.
 */
import type { InboxPage } from '@contract/event';
import type { UserDoc } from '@contract/user';
import { demoSeed } from '../../emulator/seed';
import { demoOrg } from '../../emulator/seed/demo-world';
import { placementOf, userDoc } from '../../emulator/seed/factories';
import { fileComplaint } from './complaint-helpers';
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';

const ADMIN = 'demo-admin';
/** The demo grid worker of 鑫盛社区's first grid: files what they found on patrol. */
const PATROLLING = 'demo-gridworker';
/** A second grid worker of the same grid. */
const COLLEAGUE = 'audience-gridworker-g1';
/** A grid worker of the community's second grid. */
const OTHER_GRID = 'audience-gridworker-g2';

function seed() {
  const base = demoSeed();
  const org = demoOrg();
  const now = new Date();
  const colleague = userDoc({ openid: COLLEAGUE, name: '孙网格', placement: placementOf(org, 'xinsheng-b01'), roles: ['resident', 'grid_worker'] }, now);
  const otherGrid = userDoc({ openid: OTHER_GRID, name: '钱网格', placement: placementOf(org, 'xinsheng-b05'), roles: ['resident', 'grid_worker'] }, now);
  return { ...base, users: [...base.users!, colleague, otherGrid] as unknown as Array<Record<string, unknown>> };
}

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ seed: seed() });
});
afterAll(async () => {
  await t.stop();
});

async function noticesOf(openid: string, itemId: string): Promise<string[]> {
  const page = await t.ok<InboxPage>(openid, 'inbox', 'list');
  return page.items.filter((item) => item.itemId === itemId).map((item) => item.action);
}

async function unread(openid: string): Promise<number> {
  return (await t.ok<{ unreadCount: number }>(openid, 'inbox', 'unreadCount')).unreadCount;
}

test('a notice to a grid’s workers reaches its workers — not another grid’s, not the actor — and leaves with the role', async () => {
  const [colleague] = await t.find<UserDoc>('users', { _id: COLLEAGUE });
  expect(colleague).toMatchObject({ gridId: 'xinsheng-g1', roles: ['resident', 'grid_worker'] });
  const [otherGrid] = await t.find<UserDoc>('users', { _id: OTHER_GRID });
  expect(otherGrid).toMatchObject({ gridId: 'xinsheng-g2' });
  const before = { colleague: await unread(COLLEAGUE), otherGrid: await unread(OTHER_GRID), patrolling: await unread(PATROLLING) };

  const c = await fileComplaint(t, PATROLLING, { patrol: true, buildingId: 'xinsheng-b01' });
  const [created] = await t.find<{ recipients: string[]; actorOpenid: string }>('events', { itemId: c.id, action: 'complaint.created' });
  expect(created).toMatchObject({ recipients: ['@grid_worker:xinsheng-g1'], actorOpenid: PATROLLING });

  expect(await noticesOf(COLLEAGUE, c.id)).toEqual(['complaint.created']);
  expect(await unread(COLLEAGUE)).toBe(before.colleague + 1);
  expect(await noticesOf(OTHER_GRID, c.id)).toEqual([]);
  expect(await unread(OTHER_GRID)).toBe(before.otherGrid);
  // The actor belongs to the audience, and is still never told of their own act.
  expect(await noticesOf(PATROLLING, c.id)).toEqual([]);
  expect(await unread(PATROLLING)).toBe(before.patrolling);

  // The community takes the role away: the notice is no longer theirs to read.
  await t.ok(ADMIN, 'users', 'setRoles', { openid: COLLEAGUE, roles: ['resident'] });
  expect(await noticesOf(COLLEAGUE, c.id)).toEqual([]);
  // What is still theirs: the notice of the change of their own roles.
  const page = await t.ok<InboxPage>(COLLEAGUE, 'inbox', 'list');
  expect(page.items.map((item) => item.action)).toContain('user.roles_changed');
  expect(await unread(COLLEAGUE)).toBe(before.colleague + 1);
});
