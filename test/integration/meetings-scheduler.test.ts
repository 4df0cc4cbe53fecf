/**
 * The scheduler's 议事 lane through the real SDK, fired "as of" later times: a topic short of its seconds lapses
 * after 30 days, registrants holding a place are reminded the day before the meeting (once), and an evaluation
 * past its end closes the topic.
 */
import type { EventDoc } from '@contract/event';
import type { MeetingDoc } from '../../types/meeting';
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';
import { PROPOSER, bringToEvaluating, bringToScheduled, meetingSeed, proposeTopic, register, residentIds } from './meeting-helpers';

const DAY = 24 * 3600 * 1000;
let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ seed: meetingSeed() });
});
afterAll(async () => {
  await t.stop();
});

const residents = residentIds(40);

async function fire(at: Date): Promise<Record<string, number>> {
  const reply = (await t.cloud.fireTimer('scheduler', undefined, at)) as { ok: boolean; data: { checkMeetings: Record<string, number> } };
  expect(reply.ok).toBe(true);
  return reply.data.checkMeetings;
}

async function stored(id: string): Promise<MeetingDoc> {
  const [found] = await t.find<MeetingDoc>('meetings', { _id: id });
  return found!;
}

const eventsOf = (id: string, action: string) => t.find<EventDoc>('events', { itemId: id, action });

test('lapse, reminder and the end of evaluation, each once, as of later times', async () => {
  const start = Date.now();
  const lapsing = await proposeTopic(t, PROPOSER);
  await t.ok(residents[0]!, 'meetings', 'second', { id: lapsing.id });
  const scheduled = await bringToScheduled(t, { seconders: residents.slice(1, 4), plan: { capacity: 1, startsAt: new Date(start + 3 * DAY).toISOString() } });
  await register(t, residents[10]!, scheduled);
  await register(t, residents[11]!, scheduled);
  const evaluating = await bringToEvaluating(t, { seconders: residents.slice(4, 7) });

  // Nothing of these is due yet.
  await fire(new Date(start + DAY));
  expect((await stored(lapsing.id)).status).toBe('proposed');
  expect(await eventsOf(scheduled, 'meeting.reminder')).toHaveLength(0);

  // The day before the meeting: the one holding a place is reminded, the waitlisted one is not; once.
  const counts = await fire(new Date(start + 2.5 * DAY));
  expect(counts.failed).toBe(0);
  const [reminder] = await eventsOf(scheduled, 'meeting.reminder');
  expect(reminder!.recipients).toEqual([residents[10]]);
  expect((await stored(scheduled)).meeting?.remindedAt).toBeTruthy();
  await fire(new Date(start + 2.6 * DAY));
  expect(await eventsOf(scheduled, 'meeting.reminder')).toHaveLength(1);
  expect((await stored(scheduled)).status).toBe('scheduled');

  // The evaluation (7 days) has ended: closed, once.
  expect((await stored(evaluating)).status).toBe('evaluating');
  await fire(new Date(start + 8 * DAY));
  expect(await stored(evaluating)).toMatchObject({ status: 'closed', nextCheckAt: null });
  expect(await eventsOf(evaluating, 'meeting.closed')).toHaveLength(1);
  expect((await stored(lapsing.id)).status).toBe('proposed');

  // 30 days without its threshold: lapsed, the proposer and the seconder told.
  await fire(new Date(start + 31 * DAY));
  expect(await stored(lapsing.id)).toMatchObject({ status: 'lapsed', nextCheckAt: null });
  const [lapsed] = await eventsOf(lapsing.id, 'meeting.lapsed');
  expect(lapsed!.recipients).toEqual(expect.arrayContaining([PROPOSER, residents[0]]));
  const again = await fire(new Date(start + 32 * DAY));
  expect(again.failed).toBe(0);
  expect(await eventsOf(lapsing.id, 'meeting.lapsed')).toHaveLength(1);
  expect(await eventsOf(evaluating, 'meeting.closed')).toHaveLength(1);
});

test('a topic that moved on before its check is passed over without an event', async () => {
  const topic = await proposeTopic(t, PROPOSER);
  await t.ok(PROPOSER, 'meetings', 'withdraw', { id: topic.id });
  const before = (await t.find<EventDoc>('events', { itemId: topic.id })).length;
  await fire(new Date(Date.now() + 31 * DAY));
  expect((await stored(topic.id)).status).toBe('withdrawn');
  expect(await t.find<EventDoc>('events', { itemId: topic.id })).toHaveLength(before);
});
