/**
 * Every state change keeps its event: a call adds its event to `events` and leaves the entry in the item's
 * outbox; the scheduler's replay alone delivers what a call cut short left there and clears outboxes,
 * exactly once.
 */
import type { UserDoc } from '@contract/user';
import type { WishDoc } from '@contract/wish';
import { demoSeed } from '../../emulator/seed';
import { demoOrg, demoUsers } from '../../emulator/seed/demo-world';
import { wishDoc, wishEvent } from '../../emulator/seed/factories';
import { connectSdk } from '../../emulator/testing';
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
  const cutShort = wishDoc(org, { ...base, id: 'cut-short', title: '写入后未送达的心愿', status: 'published' });
  const broken = wishDoc(org, { ...base, id: 'broken-outbox', title: '写不进去的心愿', status: 'published' });
  const tenMinutesAgo = new Date(now.getTime() - 10 * MINUTE);
  const halfEvent = pendingEvent('evt-half', half, 'wish.published', 'pending_review', 'published', tenMinutesAgo);
  const wishes = [
    { ...crashed, outbox: [pendingEvent('evt-crashed', crashed, 'wish.claimed', 'published', 'claimed', tenMinutesAgo, ['demo-resident'])] },
    { ...half, outbox: [halfEvent] },
    { ...inFlight, outbox: [pendingEvent('evt-in-flight', inFlight, 'wish.published', 'pending_review', 'published', now)] },
    { ...leftBehind, outbox: [pendingEvent('evt-left-behind', leftBehind, 'wish.published', 'pending_review', 'published', now)] },
    cutShort,
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

async function outboxIds(id: string): Promise<string[]> {
  const outbox = await outboxOf(id);
  return Array.isArray(outbox) ? outbox.map((entry: { _id: string }) => entry._id) : [];
}

async function eventsOf(itemId: string, action: string): Promise<Array<{ _id: string }>> {
  return t.find<{ _id: string }>('events', { itemId, action });
}

test('a change adds its event once and leaves its entry in the outbox; what an earlier call left waits for the replay', async () => {
  await t.ok('demo-volunteer-2', 'wishes', 'claim', { id: 'left-behind' });
  const claimed = await eventsOf('left-behind', 'wish.claimed');
  expect(claimed).toHaveLength(1);
  // The call neither pulls its own entry nor delivers the one an earlier call left: both are the replay's.
  expect(await eventIds('left-behind')).not.toContain('evt-left-behind');
  expect((await outboxIds('left-behind')).sort()).toEqual(['evt-left-behind', claimed[0]!._id].sort());
  // What the outbox holds never reaches a reply.
  const detail = await t.ok<Record<string, unknown>>('demo-volunteer-2', 'wishes', 'get', { id: 'left-behind' });
  expect(JSON.stringify(detail)).not.toContain('outbox');
  expect(JSON.stringify(detail)).not.toContain('evt-left-behind');
});

test('the replay delivers what a crash left behind, once, clears the settled entries and leaves what may still be on its way', async () => {
  const first = await t.cloud.fireTimer('scheduler', 'hourly', now);
  // crashed-claim's entry was never delivered; half-delivered's was (it is only cleared).
  expect(first).toMatchObject({ ok: true, data: { replayOutbox: { delivered: 1, cleared: 2 } } });
  expect(await eventIds('crashed-claim')).toContain('evt-crashed');
  expect(await eventIds('half-delivered')).toEqual(['evt-half']);
  expect(await outboxOf('crashed-claim')).toEqual([]);
  expect(await outboxOf('half-delivered')).toEqual([]);
  expect(await eventIds('in-flight')).toEqual([]);
  expect(await outboxIds('left-behind')).toHaveLength(2);
  // The requester finds the claim in the inbox, though the call that made it never delivered it.
  const inbox = await t.ok<{ items: Array<{ id: string }> }>('demo-resident', 'inbox', 'list');
  expect(inbox.items.map((item) => item.id)).toContain('evt-crashed');

  const later = await t.cloud.fireTimer('scheduler', 'hourly', new Date(now.getTime() + 2 * MINUTE));
  // in-flight's entry and left-behind's old one are delivered; left-behind's claim was (only cleared).
  expect(later).toMatchObject({ ok: true, data: { replayOutbox: { delivered: 2, cleared: 3 } } });
  expect(await eventIds('in-flight')).toEqual(['evt-in-flight']);
  expect(await eventIds('left-behind')).toContain('evt-left-behind');
  expect(await eventsOf('left-behind', 'wish.claimed')).toHaveLength(1);
  expect(await outboxOf('left-behind')).toEqual([]);
  const again = await t.cloud.fireTimer('scheduler', 'hourly', new Date(now.getTime() + 3 * MINUTE));
  expect(again).toMatchObject({ ok: true, data: { replayOutbox: { delivered: 0, cleared: 0 } } });
  expect(await eventsOf('left-behind', 'wish.claimed')).toHaveLength(1);
});

test('a call cut off after its update: the replay delivers its one event and empties the outbox; a second replay adds nothing', async () => {
  await t.ok('demo-volunteer-2', 'wishes', 'claim', { id: 'cut-short' });
  const [claimed] = await eventsOf('cut-short', 'wish.claimed');
  // The state a crash between the update and the add leaves: the change and its entry written, no event.
  await connectSdk(t.cloud).db.collection('events').doc(claimed!._id).remove();
  expect(await eventsOf('cut-short', 'wish.claimed')).toEqual([]);
  expect(await outboxIds('cut-short')).toEqual([claimed!._id]);

  const asOf = new Date(Date.now() + 2 * MINUTE);
  const replay = await t.cloud.fireTimer('scheduler', 'hourly', asOf);
  expect(replay).toMatchObject({ ok: true, data: { replayOutbox: { delivered: 1, cleared: 1 } } });
  expect((await eventsOf('cut-short', 'wish.claimed')).map((event) => event._id)).toEqual([claimed!._id]);
  expect(await outboxOf('cut-short')).toEqual([]);
  const twice = await t.cloud.fireTimer('scheduler', 'hourly', asOf);
  expect(twice).toMatchObject({ ok: true, data: { replayOutbox: { delivered: 0, cleared: 0 } } });
  expect(await eventsOf('cut-short', 'wish.claimed')).toHaveLength(1);
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
