import type { InboxPage } from '@contract/event';
import type { UserDoc } from '@contract/user';
import type { WishDoc } from '@contract/wish';
import { demoSeed } from '../../emulator/seed';
import { demoOrg, demoUsers } from '../../emulator/seed/demo-world';
import { wishDoc } from '../../emulator/seed/factories';
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';

const DAY = 24 * 3600 * 1000;

/** Demo data plus a claim long overdue, a wish past its date, and ones that are not due. */
function seedWithDueWork() {
  const now = new Date();
  const org = demoOrg();
  const users = demoUsers(org, now);
  const user = (openid: string) => users.find((u) => u._id === openid)!;
  const base = { story: '测试用的心愿故事', category: '维修' as const, beneficiaryType: '高龄老人' as const, requester: user('demo-resident') };
  const wishes: WishDoc[] = [
    wishDoc(org, { ...base, id: 'overdue-claim', title: '超时的认领', status: 'claimed', claimedBy: user('demo-volunteer-2'), claimExpiresAt: new Date(now.getTime() - DAY), at: new Date(now.getTime() - 8 * DAY) }),
    wishDoc(org, { ...base, id: 'fresh-claim', title: '刚认领的', status: 'claimed', claimedBy: user('demo-volunteer-2'), claimExpiresAt: new Date(now.getTime() + 5 * DAY), at: now }),
    wishDoc(org, { ...base, id: 'past-date', title: '过期的心愿', status: 'published', wantedBy: new Date(now.getTime() - DAY), at: new Date(now.getTime() - 9 * DAY) }),
    wishDoc(org, { ...base, id: 'future-date', title: '还没到期的心愿', status: 'published', wantedBy: new Date(now.getTime() + 3 * DAY), at: now }),
  ];
  const seed = demoSeed(now);
  const volunteer2 = seed.users!.find((u) => u._id === 'demo-volunteer-2')!;
  (volunteer2 as unknown as UserDoc).activeClaims = 2;
  // Holds one claim (demo-wish-cooking) but is counted as holding three: a slot leaked by a crash.
  const leaky = seed.users!.find((u) => u._id === 'demo-volunteer')!;
  (leaky as unknown as UserDoc).activeClaims = 3;
  // Counted above what it holds, but its counter moved a moment ago: a claim may be on its way.
  const busy = seed.users!.find((u) => u._id === 'demo-building-leader')!;
  Object.assign(busy as unknown as UserDoc, { activeClaims: 1, claimSlotsChangedAt: now });
  // Without complaints: their checks have a suite of their own.
  return { ...seed, complaints: [], wishes: [...seed.wishes!, ...(wishes as unknown as Array<Record<string, unknown>>)] };
}

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ seed: seedWithDueWork() });
});
afterAll(async () => {
  await t.stop();
});

async function status(id: string): Promise<string> {
  const [wish] = await t.find<WishDoc>('wishes', { _id: id });
  return wish!.status;
}

test('the timer returns overdue claims to the wall and expires wishes past their date, telling those concerned', async () => {
  const result = await t.cloud.fireTimer('scheduler', 'hourly');
  expect(result).toEqual({
    ok: true,
    data: { replayOutbox: { delivered: 0, cleared: 0 }, expireClaims: { returned: 1, failed: 0, left: 0 }, expireWishes: { expired: 1, failed: 0, left: 0 }, auditClaimSlots: { corrected: 1 }, checkComplaints: { checked: 0, failed: 0, left: 0 }, checkMeetings: { checked: 0, failed: 0, left: 0 }, recountFigures: { counted: expect.any(Number), left: 0 } },
  });

  expect(await status('overdue-claim')).toBe('published');
  expect(await status('fresh-claim')).toBe('claimed');
  expect(await status('past-date')).toBe('expired');
  expect(await status('future-date')).toBe('published');
  const [volunteer] = await t.find<UserDoc>('users', { _id: 'demo-volunteer-2' });
  expect(volunteer!.activeClaims).toBe(1);
  const [leaky] = await t.find<UserDoc>('users', { _id: 'demo-volunteer' });
  expect(leaky!.activeClaims).toBe(1);
  const [correction] = await t.find<{ from: string; to: string }>('events', { itemId: 'demo-volunteer', action: 'volunteer.claim_slots_corrected' });
  expect(correction).toMatchObject({ from: '3', to: '1' });
  const [busy] = await t.find<UserDoc>('users', { _id: 'demo-building-leader' });
  expect(busy!.activeClaims).toBe(1);

  const volunteerInbox = await t.ok<InboxPage>('demo-volunteer-2', 'inbox', 'list');
  expect(volunteerInbox.items.map((item) => [item.itemId, item.action])).toContainEqual(['overdue-claim', 'wish.claim_expired']);
  const residentInbox = await t.ok<InboxPage>('demo-resident', 'inbox', 'list');
  const told = residentInbox.items.map((item) => `${item.itemId}:${item.action}`);
  expect(told).toEqual(expect.arrayContaining(['overdue-claim:wish.claim_expired', 'past-date:wish.expired']));
  const messaged = t.cloud.subscribeMessages().map((message) => message.touser);
  // One message per person per event: the claim's requester and volunteer, then the expired wish's requester.
  expect([...messaged].sort()).toEqual(['demo-resident', 'demo-resident', 'demo-volunteer-2']);

  const again = await t.cloud.fireTimer('scheduler', 'hourly');
  expect(again).toEqual({
    ok: true,
    data: { replayOutbox: { delivered: 0, cleared: 0 }, expireClaims: { returned: 0, failed: 0, left: 0 }, expireWishes: { expired: 0, failed: 0, left: 0 }, auditClaimSlots: { corrected: 0 }, checkComplaints: { checked: 0, failed: 0, left: 0 }, checkMeetings: { checked: 0, failed: 0, left: 0 }, recountFigures: { counted: expect.any(Number), left: 0 } },
  });
});

test('a user cannot run the scheduler', async () => {
  const reply = await t.cloud.callFunction('scheduler', { Type: 'Timer' }, 'demo-admin');
  expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});
