/**
 * The meetings function under concurrent load through the real SDK: seconds and registrations arriving together,
 * and cancellations that promote the waitlist, each counted once.
 */
import type { MeetingDetail, MeetingDoc, MeetingResult, RegistrationResult } from '../../types/meeting';
import type { Reply } from '@contract/reply';
import { codes } from './reply-codes';
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';
import { HOME_BUILDING, bringToScheduled, meetingSeed, proposeTopic, residentIds, residentsAt } from './meeting-helpers';

const PARALLEL = 6;
const RESIDENTS = 100;
const residents = residentIds(RESIDENTS);

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ seed: meetingSeed(residentsAt(HOME_BUILDING, RESIDENTS)), instancesPerFunction: PARALLEL });
  await t.warm('meetings', 'list', PARALLEL);
});
afterAll(async () => {
  await t.stop();
});

async function stored(id: string): Promise<MeetingDoc> {
  return (await t.find<MeetingDoc>('meetings', { _id: id }))[0]!;
}

test('30 seconds at once on a community topic with threshold 10: all counted, one move to grid review', async () => {
  const topic = await proposeTopic(t, undefined, { scope: 'community' });
  expect(topic.threshold).toBe(10);
  const seconders = residents.slice(0, 30);
  const replies = await Promise.all(seconders.map((openid) => t.call(openid, 'meetings', 'second', { id: topic.id })));
  expect(codes(replies)).toEqual({ ok: 30 });

  const doc = await stored(topic.id);
  expect(doc).toMatchObject({ status: 'grid_review', secondCount: 30 });
  expect(new Set(doc.seconders).size).toBe(30);
  expect([...doc.seconders].sort()).toEqual([...seconders].sort());
  expect(await t.count('events', { itemId: topic.id, action: 'meeting.threshold_reached' })).toBe(1);
  expect(await t.count('events', { itemId: topic.id, action: 'meeting.seconded' })).toBe(29);
});

describe('100 registrations at once for 30 places, then 5 cancellations at once', () => {
  const CAPACITY = 30;
  let id: string;

  beforeAll(async () => {
    id = await bringToScheduled(t, { propose: { scope: 'community' }, seconders: residents.slice(90, 100), plan: { capacity: CAPACITY } });
  });

  test('30 registered, 70 waitlisted, every code unique', async () => {
    const replies = (await Promise.all(residents.map((openid) => t.call(openid, 'meetings', 'register', { id })))) as Array<Reply<RegistrationResult>>;
    expect(codes(replies)).toEqual({ ok: RESIDENTS });
    const outcomes: Record<string, number> = {};
    for (const reply of replies) if (reply.ok) outcomes[reply.data.registration.status] = (outcomes[reply.data.registration.status] ?? 0) + 1;
    expect(outcomes).toEqual({ registered: CAPACITY, waitlisted: RESIDENTS - CAPACITY });

    const doc = await stored(id);
    expect(doc.registeredTotal).toBe(RESIDENTS);
    expect(doc.registrations).toHaveLength(RESIDENTS);
    expect(new Set(doc.registrations.map((entry) => entry.openid)).size).toBe(RESIDENTS);
    expect(new Set(doc.registrations.map((entry) => entry.code)).size).toBe(RESIDENTS);
    // Each reply's outcome matches its place in the order the writes landed.
    const indexOf = new Map(doc.registrations.map((entry, index) => [entry.openid, index]));
    replies.forEach((reply, at) => {
      if (!reply.ok) return;
      expect(reply.data.registration.status).toBe(indexOf.get(residents[at]!)! < CAPACITY ? 'registered' : 'waitlisted');
    });
  });

  test('each cancellation of a held place promotes the first on the waitlist, once', async () => {
    const before = await stored(id);
    const leaving = before.registrations.slice(0, 5).map((entry) => entry.openid);
    const nextInLine = before.registrations.slice(CAPACITY, CAPACITY + 5).map((entry) => entry.openid);

    const replies = (await Promise.all(leaving.map((openid) => t.call(openid, 'meetings', 'cancelRegistration', { id })))) as Array<Reply<MeetingResult>>;
    for (const reply of replies) expect(reply.ok ? 'ok' : reply.error.code).toMatch(/^(ok|BUSY)$/);
    for (const [at, reply] of replies.entries()) if (!reply.ok) await t.ok(leaving[at]!, 'meetings', 'cancelRegistration', { id });

    const after = await stored(id);
    expect(after.registeredTotal).toBe(RESIDENTS - 5);
    expect(after.registrations.map((entry) => entry.openid)).not.toEqual(expect.arrayContaining([leaving[0]]));
    expect(after.cancelledRegistrations.map((entry) => entry.openid).sort()).toEqual([...leaving].sort());
    for (const openid of nextInLine) {
      const detail = await t.ok<MeetingDetail>(openid, 'meetings', 'get', { id });
      expect(detail.myRegistration).toMatchObject({ status: 'registered', waitlistPosition: null });
      expect(await t.count('events', { itemId: id, action: 'meeting.waitlist_promoted', recipients: openid })).toBe(1);
    }
    expect(await t.count('events', { itemId: id, action: 'meeting.waitlist_promoted' })).toBe(5);
    expect(await t.count('events', { itemId: id, action: 'meeting.registration_cancelled' })).toBe(5);
    for (const openid of leaving) {
      const detail = await t.ok<MeetingDetail>(openid, 'meetings', 'get', { id });
      expect(detail.myRegistration).toBeNull();
    }

    for (const index of [CAPACITY, CAPACITY + 17, RESIDENTS - 6]) {
      const entry = after.registrations[index]!;
      const detail = await t.ok<MeetingDetail>(entry.openid, 'meetings', 'get', { id });
      expect(detail.myRegistration).toMatchObject({ status: 'waitlisted', waitlistPosition: index - CAPACITY + 1, code: entry.code });
    }
  });
});
