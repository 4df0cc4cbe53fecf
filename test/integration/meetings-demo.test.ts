/**
 * The demo world's 议事 topics, read through the real SDK as a newcomer would: every step of the five-step
 * method is there, and each demo identity can take the step the README promises.
 */
import type { MeetingDetail, MeetingPage } from '@contract/meeting';
import { demoSeed } from '../../emulator/seed';
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ seed: demoSeed() });
});
afterAll(async () => {
  await t.stop();
});

const get = (openid: string, id: string) => t.ok<MeetingDetail>(openid, 'meetings', 'get', { id });

test('the community sees a topic at every step, with its timeline', async () => {
  const page = await t.ok<MeetingPage>('demo-resident', 'meetings', 'list', {});
  const statuses = new Set(page.items.map((card) => card.status));
  for (const status of ['proposed', 'grid_review', 'community_decision', 'scheduled', 'implementing', 'evaluating', 'closed', 'rejected']) {
    expect(statuses).toContain(status);
  }
  const closed = await get('demo-resident', 'demo-meeting-elevator');
  expect(closed.timeline.map((line) => line.action)).toEqual(expect.arrayContaining(['meeting.proposed', 'meeting.resolution_published', 'meeting.closed']));
  expect(closed.evaluation).toMatchObject({ total: 3, counts: { satisfied: 2, basically: 0, unsatisfied: 1 } });
});

test('each demo identity can take the step the README names', async () => {
  expect((await get('demo-resident', 'demo-meeting-handrail')).actions).toContain('second');
  expect((await get('demo-gridworker', 'demo-meeting-parking')).actions).toContain('gridReview');
  expect((await get('demo-admin', 'demo-meeting-garbage-point')).actions).toContain('decide');
  const scheduled = await get('demo-resident', 'demo-meeting-square-dance');
  expect(scheduled.myRegistration).toMatchObject({ status: 'registered', code: 'K7M3QP' });
  expect(scheduled.actions).toContain('cancelRegistration');
  expect((await get('demo-resident-2', 'demo-meeting-square-dance')).actions).toContain('register');
  expect((await get('demo-admin', 'demo-meeting-charging')).actions).toEqual(expect.arrayContaining(['progress', 'openEvaluation']));
  expect((await get('demo-resident', 'demo-meeting-benches')).actions).toContain('evaluate');

  await t.ok('demo-resident', 'meetings', 'second', { id: 'demo-meeting-handrail' });
  await t.ok('demo-resident', 'meetings', 'evaluate', { id: 'demo-meeting-benches', rating: 'satisfied' });
  expect((await get('demo-resident', 'demo-meeting-benches')).evaluation).toMatchObject({ total: 3 });
});

test('the topic raised from a complaint shows on that complaint’s timeline with its link', async () => {
  const complaint = await t.ok<{ timeline: Array<{ action: string; link?: { itemId: string } | null }> }>('demo-resident', 'complaints', 'get', { id: 'demo-complaint-garbage' });
  expect(complaint.timeline.find((line) => line.action === 'meeting.proposed')?.link?.itemId).toBe('demo-meeting-garbage-point');
});
