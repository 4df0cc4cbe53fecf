/**
 * The meetings function through the real SDK: every action's way forward and every refusal it answers, with
 * nothing written on a refusal.
 */
import type { MeetingDetail, MeetingPage, MeetingResult } from '@contract/meeting';
import type { EventDoc } from '@contract/event';
import type { MeetingDoc } from '../../types/meeting';
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';
import { ADMIN, GRID_WORKER, PROPOSER, bringToDecision, bringToGridReview, meetingSeed, proposeInput, proposeTopic, residentIds, secondTimes } from './meeting-helpers';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ seed: meetingSeed() });
});
afterAll(async () => {
  await t.stop();
});

const residents = residentIds(40);

async function doc(id: string): Promise<MeetingDoc> {
  const [found] = await t.find<MeetingDoc>('meetings', { _id: id });
  return found!;
}

async function expectRefused(openid: string, action: string, input: Record<string, unknown>, code: string) {
  const before = await t.snapshot(['meetings', 'events']);
  const reply = await t.call(openid, 'meetings', action, input);
  expect(reply.ok ? 'ok' : reply.error.code).toBe(code);
  expect(await t.snapshot(['meetings', 'events'])).toEqual(before);
}

describe('propose, list, mine, get', () => {
  test('a resident proposes a building topic: proposed, threshold 3, masked for neighbours, idempotent', async () => {
    const input = proposeInput();
    const topic = await t.ok<MeetingDetail>(PROPOSER, 'meetings', 'propose', input);
    expect(topic).toMatchObject({ status: 'proposed', scope: 'building', threshold: 3, secondCount: 0, step: 0, mine: true, proposerName: '王秀英' });
    expect(topic.actions).toEqual(['withdraw']);
    const again = await t.ok<MeetingDetail>(PROPOSER, 'meetings', 'propose', input);
    expect(again.id).toBe(topic.id);
    expect(await t.count('meetings', { _id: topic.id })).toBe(1);

    const neighbour = await t.ok<MeetingDetail>(residents[0]!, 'meetings', 'get', { id: topic.id });
    expect(neighbour.proposerName).toBe('王**');
    expect(neighbour.actions).toEqual(['second']);
    expect(neighbour.timeline.map((line) => line.action)).toEqual(['meeting.proposed']);
    const page = await t.ok<MeetingPage>(residents[0]!, 'meetings', 'list', {});
    expect(page.items.map((card) => card.id)).toContain(topic.id);
    const mine = await t.ok<MeetingPage>(PROPOSER, 'meetings', 'mine', {});
    expect(mine.items.map((card) => card.id)).toContain(topic.id);
  });

  test('a building topic is invisible outside the building, to other communities, and unregistered callers', async () => {
    const topic = await proposeTopic(t);
    await expectRefused('demo-resident-2', 'meetings' === 'meetings' ? 'get' : '', { id: topic.id }, 'NOT_FOUND');
    await expectRefused('demo-admin-2', 'get', { id: topic.id }, 'NOT_FOUND');
    await expectRefused('nobody-at-all', 'get', { id: topic.id }, 'NOT_REGISTERED');
    const page = await t.ok<MeetingPage>('demo-resident-2', 'meetings', 'list', {});
    expect(page.items.map((card) => card.id)).not.toContain(topic.id);
    const staff = await t.ok<MeetingDetail>(GRID_WORKER, 'meetings', 'get', { id: topic.id });
    expect(staff.proposerName).toBe('王秀英');
  });
});

describe('second', () => {
  test('the threshold moves the topic to grid review exactly once; seconds still count in review', async () => {
    const topic = await proposeTopic(t);
    const results = await secondTimes(t, topic.id, residents.slice(0, 4));
    expect(results.map((result) => result.status)).toEqual(['proposed', 'proposed', 'grid_review', 'grid_review']);
    const stored = await doc(topic.id);
    expect(stored).toMatchObject({ status: 'grid_review', secondCount: 4, nextCheckAt: null });
    expect(await t.count('events', { itemId: topic.id, action: 'meeting.threshold_reached' })).toBe(1);
    const [reached] = await t.find<EventDoc>('events', { itemId: topic.id, action: 'meeting.threshold_reached' });
    expect(reached!.recipients).toEqual(expect.arrayContaining(['@grid_worker:xinsheng-g1', '@community_admin:xinsheng', PROPOSER]));
  });

  test('refusals: own topic, twice, out of scope, wrong state', async () => {
    const topic = await proposeTopic(t);
    await expectRefused(PROPOSER, 'second', { id: topic.id }, 'CANNOT_SECOND_OWN');
    await t.ok(residents[0]!, 'meetings', 'second', { id: topic.id });
    await expectRefused(residents[0]!, 'second', { id: topic.id }, 'ALREADY_SECONDED');
    await expectRefused(GRID_WORKER, 'second', { id: topic.id }, 'NOT_IN_SCOPE');
    await t.ok(PROPOSER, 'meetings', 'withdraw', { id: topic.id });
    await expectRefused(residents[1]!, 'second', { id: topic.id }, 'INVALID_STATE');
  });
});
