/**
 * Who sees a topic, through the real SDK: another community's admin and resident see none of 鑫盛's topics and
 * every action on one answers as for a topic that does not exist, writing nothing; a building topic stays inside
 * its building and the community's staff.
 */
import type { MeetingDetail, MeetingPage, RegistrationResult } from '../../types/meeting';
import { CUIZHU } from '../../emulator/seed/demo-world';
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';
import {
  ADMIN,
  GRID_WORKER,
  HOME_BUILDING,
  PROPOSER,
  bringToDecision,
  bringToEvaluating,
  bringToGridReview,
  bringToImplementing,
  bringToScheduled,
  meetingSeed,
  moveMeetingStart,
  proposeTopic,
  register,
  residentIds,
  residentsAt,
} from './meeting-helpers';

const HOUR = 3600 * 1000;
const OTHER_ADMIN = 'demo-admin-2';
const OTHER_BUILDING = `${CUIZHU}-b01`;
const OTHER_RESIDENT = `res-${OTHER_BUILDING}-0`;
/** 李建国 lives in 鑫盛's building 5, another building of the same community and another grid. */
const OTHER_BUILDING_RESIDENT = 'demo-resident-2';
const outsiders = [OTHER_ADMIN, OTHER_RESIDENT];

const residents = residentIds(30);

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ seed: meetingSeed([...residentsAt(HOME_BUILDING, 30), ...residentsAt(OTHER_BUILDING, 2)]) });
});
afterAll(async () => {
  await t.stop();
});

async function refusal(openid: string, action: string, input: Record<string, unknown>): Promise<string> {
  const reply = await t.call(openid, 'meetings', action, input);
  return reply.ok ? 'ok' : reply.error.code;
}

/** Every page of `list` (or `mine`) the caller may read, with `filters`. */
async function allIds(openid: string, action: 'list' | 'mine', filters: Record<string, unknown> = {}): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page: MeetingPage = await t.ok<MeetingPage>(openid, 'meetings', action, cursor ? { ...filters, cursor } : filters);
    ids.push(...page.items.map((card) => card.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

describe('another community', () => {
  /** 鑫盛 community topics, each in the state where its action would be allowed to someone in scope. */
  const topics: Record<string, string> = {};
  let code = '';
  let ownTopic = '';

  beforeAll(async () => {
    const community = { propose: { scope: 'community' } };
    const seconds = (from: number) => residents.slice(from, from + 10);
    topics.proposed = (await proposeTopic(t, PROPOSER, { scope: 'community' })).id;
    topics.gridReview = await bringToGridReview(t, { ...community, seconders: seconds(0) });
    topics.decision = await bringToDecision(t, { ...community, seconders: seconds(10) });
    topics.scheduled = await bringToScheduled(t, { ...community, seconders: seconds(20) });
    // Started an hour ago with registration still open: register, check-in and record would all be allowed.
    await moveMeetingStart(t, topics.scheduled, new Date(Date.now() - HOUR), new Date(Date.now() + 24 * HOUR));
    code = (await register(t, residents[0]!, topics.scheduled)).registration.code;
    topics.implementing = await bringToImplementing(t, { ...community, seconders: seconds(0) });
    topics.evaluating = await bringToEvaluating(t, { ...community, seconders: seconds(10) });
    topics.building = (await proposeTopic(t, PROPOSER)).id;
    ownTopic = (await proposeTopic(t, OTHER_RESIDENT, { scope: 'community' })).id;
  });

  test('list and mine show none of 鑫盛 topics, whatever the filter, but show their own community', async () => {
    const xinsheng = Object.values(topics);
    for (const openid of outsiders) {
      for (const filters of [{}, { scope: 'community' }, { scope: 'building' }, { status: 'proposed' }, { status: 'scheduled' }, { status: 'evaluating' }]) {
        const seen = await allIds(openid, 'list', filters);
        expect(seen.filter((id) => xinsheng.includes(id))).toEqual([]);
      }
      expect(await allIds(openid, 'list')).toContain(ownTopic);
      expect((await allIds(openid, 'mine')).filter((id) => xinsheng.includes(id))).toEqual([]);
    }
    // And the other way round.
    expect(await allIds(ADMIN, 'list')).not.toContain(ownTopic);
    expect(await allIds(PROPOSER, 'list')).not.toContain(ownTopic);
    await expect(refusal(ADMIN, 'get', { id: ownTopic })).resolves.toBe('NOT_FOUND');
  });

  test('every action on a 鑫盛 topic answers NOT_FOUND and writes nothing', async () => {
    const calls: Array<[string, Record<string, unknown>]> = [
      ['get', { id: topics.proposed }],
      ['get', { id: topics.building }],
      ['second', { id: topics.proposed }],
      ['second', { id: topics.gridReview }],
      ['gridReview', { id: topics.gridReview, approve: true, note: '同意' }],
      ['gridReview', { id: topics.gridReview, approve: false, note: '不同意' }],
      ['decide', { id: topics.decision, approve: true, reason: '同意' }],
      ['decide', { id: topics.decision, approve: false, reason: '不同意' }],
      ['register', { id: topics.scheduled }],
      ['checkIn', { id: topics.scheduled, code }],
      ['record', { id: topics.scheduled, minutes: '讨论了方案。', resolution: '照此办理。' }],
      ['progress', { id: topics.implementing, note: '已采购' }],
      ['openEvaluation', { id: topics.implementing }],
      ['progress', { id: topics.evaluating, note: '已完成' }],
      ['evaluate', { id: topics.evaluating, rating: 'unsatisfied' }],
      ['withdraw', { id: topics.proposed }],
    ];
    const before = await t.snapshot(['meetings', 'events']);
    for (const openid of outsiders) {
      for (const [action, input] of calls) {
        expect([openid, action, await refusal(openid, action, input)]).toEqual([openid, action, 'NOT_FOUND']);
      }
      // Not a registrant either: the refusal is the same as every other action's, and does not tell the topic exists.
      expect(await refusal(openid, 'cancelRegistration', { id: topics.scheduled })).toBe('NOT_FOUND');
    }
    expect(await t.snapshot(['meetings', 'events'])).toEqual(before);

    // The same calls are not refused to the topic's own community: the refusals above are the scope, not the state.
    expect((await t.ok<MeetingDetail>(ADMIN, 'meetings', 'get', { id: topics.scheduled })).actions).toEqual(expect.arrayContaining(['checkIn', 'record']));
    expect((await t.ok<RegistrationResult>(residents[1]!, 'meetings', 'register', { id: topics.scheduled })).registration.status).toBe('registered');
    expect(await refusal(residents[29]!, 'second', { id: topics.proposed })).toBe('ok');
  });
});

describe('a building topic', () => {
  test('is invisible to a resident of another building of the community, visible to the community staff', async () => {
    const topic = await proposeTopic(t, PROPOSER);
    const grid = await proposeTopic(t, PROPOSER, { scope: 'grid' });
    const community = await proposeTopic(t, PROPOSER, { scope: 'community' });

    const before = await t.snapshot(['meetings', 'events']);
    expect(await refusal(OTHER_BUILDING_RESIDENT, 'get', { id: topic.id })).toBe('NOT_FOUND');
    expect(await refusal(OTHER_BUILDING_RESIDENT, 'second', { id: topic.id })).toBe('NOT_FOUND');
    expect(await refusal(OTHER_BUILDING_RESIDENT, 'withdraw', { id: topic.id })).toBe('NOT_FOUND');
    expect(await t.snapshot(['meetings', 'events'])).toEqual(before);
    for (const filters of [{}, { scope: 'building' }, { status: 'proposed' }]) {
      expect(await allIds(OTHER_BUILDING_RESIDENT, 'list', filters)).not.toContain(topic.id);
    }
    // The grid and community topics of the same proposer are the whole community's.
    const seen = await allIds(OTHER_BUILDING_RESIDENT, 'list');
    expect(seen).toEqual(expect.arrayContaining([grid.id, community.id]));
    expect((await t.ok<MeetingDetail>(OTHER_BUILDING_RESIDENT, 'meetings', 'get', { id: grid.id })).proposerName).toBe('王**');

    for (const staff of [GRID_WORKER, ADMIN, 'demo-building-leader']) {
      const detail = await t.ok<MeetingDetail>(staff, 'meetings', 'get', { id: topic.id });
      expect(detail).toMatchObject({ id: topic.id, scope: 'building', proposerName: '王秀英' });
      expect(await allIds(staff, 'list', { scope: 'building' })).toContain(topic.id);
    }
    // A neighbour in the same building sees it, masked.
    expect((await t.ok<MeetingDetail>(residents[5]!, 'meetings', 'get', { id: topic.id })).proposerName).toBe('王**');
    expect(await allIds(residents[5]!, 'list')).toContain(topic.id);
  });
});
