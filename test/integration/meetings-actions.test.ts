/**
 * The meetings function through the real SDK: every action's way forward and every refusal it answers, with
 * nothing written on a refusal.
 */
import type { MeetingDetail, MeetingPage, MeetingResult } from '@contract/meeting';
import type { EventDoc } from '@contract/event';
import type { MeetingDoc } from '../../types/meeting';
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';
import { ADMIN, GRID_WORKER, PROPOSER, bringToDecision, bringToGridReview, meetingSeed, moveMeetingStart, proposeInput, proposeTopic, residentIds, secondTimes } from './meeting-helpers';

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
    await expectRefused('demo-resident-2', 'get', { id: topic.id }, 'NOT_FOUND');
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

describe('review, decision, registration, check-in, record, progress, evaluation', () => {
  test('the five steps end to end, with the refusals each step answers', async () => {
    const id = await bringToGridReview(t, { seconders: residents.slice(10, 13) });
    await expectRefused('demo-resident-2', 'gridReview', { id, approve: true, note: '同意' }, 'NOT_FOUND');
    await expectRefused('demo-building-leader', 'gridReview', { id, approve: true, note: '同意' }, 'FORBIDDEN');
    await expectRefused(ADMIN, 'decide', { id, approve: true, reason: '同意' }, 'INVALID_STATE');
    expect((await t.ok<MeetingResult>(GRID_WORKER, 'meetings', 'gridReview', { id, approve: true, note: '情况属实' })).status).toBe('community_decision');

    const past = new Date(Date.now() - 3600 * 1000).toISOString();
    const reply = await t.call(ADMIN, 'meetings', 'decide', { id, approve: true, meeting: { startsAt: past, place: '楼下', capacity: 2 } });
    expect(reply.ok ? null : reply.error.details).toEqual([{ path: 'meeting.startsAt', message: '开会时间须晚于现在' }]);
    await expectRefused(GRID_WORKER, 'decide', { id, approve: true, reason: '同意' }, 'FORBIDDEN');
    const soon = new Date(Date.now() + 3600 * 1000).toISOString();
    expect((await t.ok<MeetingResult>(ADMIN, 'meetings', 'decide', { id, approve: true, meeting: { startsAt: soon, place: '3号楼下小广场', capacity: 2 } })).status).toBe('scheduled');

    const first = await t.ok<{ registration: { status: string; code: string } }>(residents[20]!, 'meetings', 'register', { id });
    expect(first.registration.status).toBe('registered');
    expect(first.registration.code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    await t.ok(residents[21]!, 'meetings', 'register', { id });
    const third = await t.ok<{ registration: { status: string; code: string } }>(residents[22]!, 'meetings', 'register', { id });
    expect(third.registration.status).toBe('waitlisted');
    await expectRefused(residents[20]!, 'register', { id }, 'ALREADY_REGISTERED');
    await expectRefused('demo-resident-2', 'register', { id }, 'NOT_FOUND');
    await expectRefused(residents[23]!, 'cancelRegistration', { id }, 'REGISTRATION_NOT_FOUND');
    const waiting = await t.ok<MeetingDetail>(residents[22]!, 'meetings', 'get', { id });
    expect(waiting.myRegistration).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    await expectRefused(GRID_WORKER, 'checkIn', { id, code: third.registration.code }, 'WAITLISTED_NOT_ADMITTED');

    await t.ok(residents[20]!, 'meetings', 'cancelRegistration', { id });
    const promoted = await t.ok<MeetingDetail>(residents[22]!, 'meetings', 'get', { id });
    expect(promoted.myRegistration).toMatchObject({ status: 'registered', waitlistPosition: null });
    expect(await t.count('events', { itemId: id, action: 'meeting.waitlist_promoted', recipients: residents[22]! })).toBe(1);
    await expectRefused(GRID_WORKER, 'checkIn', { id, code: first.registration.code }, 'CHECK_IN_CODE_UNKNOWN');

    const checked = await t.ok<{ name: string; checkedInCount: number }>('demo-building-leader', 'meetings', 'checkIn', { id, code: third.registration.code.toLowerCase() });
    expect(checked).toMatchObject({ name: '居民22', checkedInCount: 1 });
    await expectRefused(GRID_WORKER, 'checkIn', { id, code: third.registration.code }, 'ALREADY_CHECKED_IN');
    await expectRefused(residents[21]!, 'checkIn', { id, code: third.registration.code }, 'FORBIDDEN');
    const roster = await t.ok<MeetingDetail>(GRID_WORKER, 'meetings', 'get', { id });
    expect(roster.roster?.map((entry) => [entry.name, entry.status, entry.checkedIn])).toEqual([
      ['居民21', 'registered', false],
      ['居民22', 'registered', true],
    ]);
    expect(JSON.stringify(roster.roster)).not.toContain(third.registration.code);

    const minutes = { id, minutes: '讨论了空地改造方案。', resolution: '安放四张长椅。' };
    await expectRefused(ADMIN, 'record', minutes, 'MEETING_NOT_STARTED');
    await moveMeetingStart(t, id, new Date(Date.now() - 60 * 1000));
    expect((await t.ok<MeetingResult>(ADMIN, 'meetings', 'record', minutes)).status).toBe('implementing');
    expect((await doc(id)).record).toMatchObject({ attendeesCount: 1, checkedInCount: 1 });
    await expectRefused(ADMIN, 'record', minutes, 'INVALID_STATE');
    await expectRefused(residents[21]!, 'evaluate', { id, rating: 'satisfied' }, 'INVALID_STATE');

    await t.ok(ADMIN, 'meetings', 'progress', { id, note: '长椅已采购' });
    await expectRefused(GRID_WORKER, 'progress', { id, note: '长椅已采购' }, 'FORBIDDEN');
    expect((await t.ok<MeetingResult>(ADMIN, 'meetings', 'openEvaluation', { id, days: 3 })).status).toBe('evaluating');
    await t.ok(residents[21]!, 'meetings', 'evaluate', { id, rating: 'satisfied' });
    await t.ok(residents[22]!, 'meetings', 'evaluate', { id, rating: 'unsatisfied', comment: '长椅太少' });
    await expectRefused(residents[21]!, 'evaluate', { id, rating: 'basically' }, 'ALREADY_EVALUATED');
    await expectRefused('demo-resident-2', 'evaluate', { id, rating: 'basically' }, 'NOT_FOUND');
    await expectRefused(GRID_WORKER, 'evaluate', { id, rating: 'basically' }, 'NOT_IN_SCOPE');
    const detail = await t.ok<MeetingDetail>(PROPOSER, 'meetings', 'get', { id });
    expect(detail.evaluation).toMatchObject({ counts: { satisfied: 1, basically: 0, unsatisfied: 1 }, total: 2, satisfactionRate: 0.5 });
    expect(detail.progress.map((report) => report.note)).toEqual(['长椅已采购']);
    expect(detail.step).toBe(4);
    // The topic's timeline keeps its steps; the seconds, registrations, check-in and ratings are events only.
    expect(detail.timeline.map((line) => line.action)).toEqual([
      'meeting.proposed',
      'meeting.threshold_reached',
      'meeting.review_approved',
      'meeting.scheduled',
      'meeting.resolution_published',
      'meeting.progress',
      'meeting.evaluation_opened',
    ]);
    // Three seconds: two plain ones, and the third is the threshold's own event.
    expect(await t.count('events', { itemId: id, action: 'meeting.seconded' })).toBe(2);
    expect(await t.count('events', { itemId: id, action: 'meeting.evaluated' })).toBe(2);
  });

  test('a decision without a meeting, and a rejection', async () => {
    const a = await bringToDecision(t, { seconders: residents.slice(30, 33) });
    expect((await t.ok<MeetingResult>(ADMIN, 'meetings', 'decide', { id: a, approve: true, reason: '直接由物业落实' })).status).toBe('implementing');
    const b = await bringToGridReview(t, { seconders: residents.slice(33, 36) });
    expect((await t.ok<MeetingResult>(ADMIN, 'meetings', 'gridReview', { id: b, approve: false, note: '不属于居民自治范围' })).status).toBe('rejected');
    expect((await doc(b)).rejectedReason).toBe('不属于居民自治范围');
    await expectRefused(PROPOSER, 'withdraw', { id: b }, 'INVALID_STATE');
    await expectRefused(residents[0]!, 'withdraw', { id: b }, 'NOT_FOUND');
  });

  test('a topic raised from a complaint shows on the complaint timeline with a link', async () => {
    const complaint = await t.ok<{ id: string }>(PROPOSER, 'complaints', 'create', { category: '楼道堆物', text: '楼道里堆了很多纸箱和旧家具，进出很不方便。', urgency: 'normal', clientRequestId: `req-from-${Date.now()}` });
    const topic = await proposeTopic(t, PROPOSER, { fromComplaintId: complaint.id });
    expect(topic.fromComplaint?.id).toBe(complaint.id);
    const detail = await t.ok<{ timeline: Array<{ action: string; link?: { itemId: string } | null }> }>(PROPOSER, 'complaints', 'get', { id: complaint.id });
    expect(detail.timeline.find((line) => line.action === 'meeting.proposed')?.link?.itemId).toBe(topic.id);
    await expectRefused('demo-resident-2', 'propose', proposeInput({ fromComplaintId: complaint.id }), 'NOT_FOUND');
  });
});

describe('content check', () => {
  test('a proposal, minutes or a rating comment with a banned word is refused and writes nothing', async () => {
    await expectRefused(PROPOSER, 'propose', proposeInput({ background: '这里有违禁词测试的内容' }), 'CONTENT_REJECTED');
    await expectRefused(PROPOSER, 'propose', proposeInput({ title: '违禁词测试' }), 'CONTENT_REJECTED');
    const id = await bringToDecision(t, { seconders: residents.slice(36, 39) });
    await t.ok(ADMIN, 'meetings', 'decide', { id, approve: true, meeting: { startsAt: new Date(Date.now() + 3600 * 1000).toISOString(), place: '楼下', capacity: 5 } });
    await t.ok(residents[39]!, 'meetings', 'register', { id });
    await moveMeetingStart(t, id, new Date(Date.now() - 60 * 1000));
    await expectRefused(ADMIN, 'record', { id, minutes: '这里有违禁词测试的内容', resolution: '安放长椅' }, 'CONTENT_REJECTED');
    await t.ok(ADMIN, 'meetings', 'record', { id, minutes: '讨论了方案', resolution: '安放长椅' });
    await t.ok(ADMIN, 'meetings', 'openEvaluation', { id });
    await expectRefused(residents[39]!, 'evaluate', { id, rating: 'unsatisfied', comment: '违禁词测试' }, 'CONTENT_REJECTED');
    await t.ok(residents[39]!, 'meetings', 'evaluate', { id, rating: 'satisfied', comment: '很好' });
  });
});
