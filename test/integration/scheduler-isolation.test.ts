/** One item the scheduler cannot handle is passed over: it holds up none of the due work behind it. */
import type { WishDoc } from '@contract/wish';
import { demoSeed } from '../../emulator/seed';
import { demoOrg, demoUsers } from '../../emulator/seed/demo-world';
import { wishDoc } from '../../emulator/seed/factories';
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';

const DAY = 24 * 3600 * 1000;

function seedWithABrokenDueClaim() {
  const now = new Date();
  const org = demoOrg();
  const users = demoUsers(org, now);
  const user = (openid: string) => users.find((u) => u._id === openid)!;
  const base = { story: '认领后一直没有完成', category: '助老服务' as const, beneficiaryType: '独居老人' as const, requester: user('demo-resident'), status: 'claimed' as const, claimedBy: user('demo-volunteer-2'), at: new Date(now.getTime() - 10 * DAY) };
  const broken = wishDoc(org, { ...base, id: 'broken-due', title: '最早到期但写不进去', claimExpiresAt: new Date(now.getTime() - 3 * DAY) });
  const behind = wishDoc(org, { ...base, id: 'due-behind', title: '排在后面的到期认领', claimExpiresAt: new Date(now.getTime() - DAY) });
  const seed = demoSeed(now);
  // The first due item in the index's order, and one its update can never apply to.
  const wishes = [{ ...broken, outbox: 'not-a-list' }, behind];
  return { ...seed, wishes: [...seed.wishes!, ...(wishes as unknown as Array<Record<string, unknown>>)] };
}

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ seed: seedWithABrokenDueClaim() });
});
afterAll(async () => {
  await t.stop();
});

test('a due claim that fails is counted and passed over; the one behind it is still returned', async () => {
  const run = await t.cloud.fireTimer('scheduler', 'hourly');
  expect(run).toMatchObject({ ok: true, data: { expireClaims: { returned: 1, failed: 1, left: 1 } } });
  const [behind] = await t.find<WishDoc>('wishes', { _id: 'due-behind' });
  expect(behind).toMatchObject({ status: 'published', claim: null });
  const [broken] = await t.find<WishDoc>('wishes', { _id: 'broken-due' });
  expect(broken!.status).toBe('claimed');
});
