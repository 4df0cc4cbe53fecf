/**
 * Every state change keeps its event: what a call cut short leaves in an item's outbox is delivered by the
 * next change of that item or by the scheduler's replay, exactly once.
 */
import type { UserDoc } from '@contract/user';
import type { WishDoc } from '@contract/wish';
import { demoSeed } from '../../emulator/seed';
import { demoOrg, demoUsers } from '../../emulator/seed/demo-world';
import { wishDoc, wishEvent } from '../../emulator/seed/factories';
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';

const MINUTE = 60 * 1000;

/** An event as a call writes it into the outbox with its change. */
function pendingEvent(id: string, wish: WishDoc, action: string, from: string, to: string, at: Date, recipients: string[] = []) {
  return wishEvent(wish, { id, action, from, to, actorOpenid: 'demo-volunteer-2', actorLabel: '志愿者', at, recipients });
}

function seedWithLeftovers(now: Date) {
  const org = demoOrg();
  const users = demoUsers(org, now);
  const user = (openid: string) => users.find((u) => u._id === openid)!;
  const base = { story: '楼道的灯坏了，晚上看不见台阶', category: '维修' as const, beneficiaryType: '高龄老人' as const, requester: user('demo-resident'), at: new Date(now.getTime() - 60 * MINUTE) };
  const crashed = wishDoc(org, { ...base, id: 'crashed-claim', title: '认领后实例中断', status: 'claimed', claimedBy: user('demo-volunteer-2') });
  const half = wishDoc(org, { ...base, id: 'half-delivered', title: '事件已写入但未移出', status: 'published' });
  const inFlight = wishDoc(org, { ...base, id: 'in-flight', title: '刚刚写入的变化', status: 'published' });
  const leftBehind = wishDoc(org, { ...base, id: 'left-behind', title: '留下未送达事件的心愿', status: 'published' });
  const broken = wishDoc(org, { ...base, id: 'broken-outbox', title: '写不进去的心愿', status: 'published' });
  const tenMinutesAgo = new Date(now.getTime() - 10 * MINUTE);
  const halfEvent = pendingEvent('evt-half', half, 'wish.published', 'pending_review', 'published', tenMinutesAgo);
  const wishes = [
    { ...crashed, outbox: [pendingEvent('evt-crashed', crashed, 'wish.claimed', 'published', 'claimed', tenMinutesAgo, ['demo-resident'])] },
    { ...half, outbox: [halfEvent] },
    { ...inFlight, outbox: [pendingEvent('evt-in-flight', inFlight, 'wish.published', 'pending_review', 'published', now)] },
    { ...leftBehind, outbox: [pendingEvent('evt-left-behind', leftBehind, 'wish.published', 'pending_review', 'published', now)] },
    // A document the update cannot apply to: its claim write fails.
    { ...broken, outbox: 'not-a-list' },
  ];
  const seed = demoSeed(now);
  return {
    ...seed,
    wishes: [...seed.wishes!, ...(wishes as unknown as Array<Record<string, unknown>>)],
    events: [...seed.events!, halfEvent as unknown as Record<string, unknown>],
  };
}

const now = new Date();
let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ seed: seedWithLeftovers(now) });
});
afterAll(async () => {
  await t.stop();
});

async function eventIds(itemId: string): Promise<string[]> {
  return (await t.find<{ _id: string }>('events', { itemId })).map((event) => event._id);
}

async function outboxOf(id: string): Promise<unknown> {
  const [wish] = await t.find<{ outbox?: unknown }>('wishes', { _id: id });
  return wish!.outbox;
}

test('the next change of an item delivers what an earlier call left in its outbox', async () => {
  await t.ok('demo-volunteer-2', 'wishes', 'claim', { id: 'left-behind' });
  const [claimed] = await t.find<{ action: string }>('events', { itemId: 'left-behind', action: 'wish.claimed' });
  expect(claimed).toBeDefined();
  expect(await eventIds('left-behind')).toContain('evt-left-behind');
  expect(await outboxOf('left-behind')).toEqual([]);
});

test('the replay delivers what a crash left behind, once, and leaves what may still be on its way', async () => {
  const first = await t.cloud.fireTimer('scheduler', 'hourly', now);
  expect(first).toMatchObject({ ok: true, data: { replayOutbox: { delivered: 2 } } });
  expect(await eventIds('crashed-claim')).toContain('evt-crashed');
  expect(await eventIds('half-delivered')).toEqual(['evt-half']);
  expect(await outboxOf('crashed-claim')).toEqual([]);
  expect(await outboxOf('half-delivered')).toEqual([]);
  expect(await eventIds('in-flight')).toEqual([]);
  // The requester finds the claim in the inbox, though the call that made it never delivered it.
  const inbox = await t.ok<{ items: Array<{ id: string }> }>('demo-resident', 'inbox', 'list');
  expect(inbox.items.map((item) => item.id)).toContain('evt-crashed');

  const later = await t.cloud.fireTimer('scheduler', 'hourly', new Date(now.getTime() + 2 * MINUTE));
  expect(later).toMatchObject({ ok: true, data: { replayOutbox: { delivered: 1 } } });
  expect(await eventIds('in-flight')).toEqual(['evt-in-flight']);
  const again = await t.cloud.fireTimer('scheduler', 'hourly', new Date(now.getTime() + 3 * MINUTE));
  expect(again).toMatchObject({ ok: true, data: { replayOutbox: { delivered: 0 } } });
});

test('a claim whose write fails gives the volunteer their slot back and changes nothing', async () => {
  const [before] = await t.find<UserDoc>('users', { _id: 'demo-volunteer' });
  const reply = await t.call('demo-volunteer', 'wishes', 'claim', { id: 'broken-outbox' });
  expect(reply).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  const [after] = await t.find<UserDoc>('users', { _id: 'demo-volunteer' });
  expect(after!.activeClaims).toBe(before!.activeClaims);
  const [wish] = await t.find<WishDoc>('wishes', { _id: 'broken-outbox' });
  expect(wish).toMatchObject({ status: 'published', claim: null });
  expect(await eventIds('broken-outbox')).toEqual([]);
});
