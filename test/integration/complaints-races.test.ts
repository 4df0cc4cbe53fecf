import { codes } from './reply-codes';
import type { ComplaintDoc } from '@contract/complaint';
import type { UserDoc } from '@contract/user';
import { addWorkingDays } from '../../cloudfunctions/_shared/complaints/due-times';
import { demoSeed } from '../../emulator/seed';
import { demoOrg } from '../../emulator/seed/demo-world';
import { placementOf, userDoc } from '../../emulator/seed/factories';
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';
import { fileComplaint } from './complaint-helpers';

const C = 'complaints';
const PARALLEL = 6;
const WORKER = 'demo-gridworker';
const WORKER_B = 'race-gridworker-b';

/** The demo world and a second grid worker of 鑫盛社区's first grid. */
function seed() {
  const base = demoSeed();
  const second: UserDoc = userDoc({ openid: WORKER_B, name: '孙网格', placement: placementOf(demoOrg(), 'xinsheng-b02'), roles: ['resident', 'grid_worker'] }, new Date());
  return { ...base, users: [...base.users!, second as unknown as Record<string, unknown>] };
}

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ seed: seed(), instancesPerFunction: PARALLEL });
  await t.warm(C, 'departments', PARALLEL);
});
afterAll(async () => {
  await t.stop();
});

async function stored(id: string): Promise<ComplaintDoc> {
  return (await t.find<ComplaintDoc>('complaints', { _id: id }))[0]!;
}

test('two grid workers accept at once: exactly one wins, the other hears COMPLAINT_ALREADY_ACCEPTED', async () => {
  for (let round = 0; round < 3; round += 1) {
    const c = await fileComplaint(t, 'demo-resident');
    const replies = await Promise.all([WORKER, WORKER_B].map((openid) => t.call(openid, C, 'accept', { id: c.id })));
    expect(codes(replies)).toEqual({ ok: 1, COMPLAINT_ALREADY_ACCEPTED: 1 });
    const winner = replies[0]!.ok ? WORKER : WORKER_B;
    expect(await stored(c.id)).toMatchObject({ status: 'accepted', assigneeOpenid: winner });
    expect(await t.find('events', { itemId: c.id, action: 'complaint.accepted' })).toHaveLength(1);
  }
});

test('summons of two departments sent at once both land, each with its event', async () => {
  const c = await fileComplaint(t, 'demo-resident');
  await t.ok(WORKER, C, 'accept', { id: c.id });
  const replies = await Promise.all(
    ['dept-property', 'dept-power'].map((id) => t.call('demo-admin', C, 'summon', { id: c.id, departmentIds: [id], note: '请到场处理' })),
  );
  expect(codes(replies)).toEqual({ ok: 2 });
  const doc = await stored(c.id);
  expect(doc.summons.map((summon) => summon.departmentId).sort()).toEqual(['dept-power', 'dept-property']);
  expect([...doc.summonedDepartmentIds].sort()).toEqual(['dept-power', 'dept-property']);
  expect(await t.find('events', { itemId: c.id, action: 'complaint.summoned' })).toHaveLength(2);
});

test('the same department summoned twice at once: one summons, the other ALREADY_SUMMONED', async () => {
  const c = await fileComplaint(t, 'demo-resident');
  const replies = await Promise.all([1, 2].map(() => t.call('demo-admin', C, 'summon', { id: c.id, departmentIds: ['dept-property'], note: '请物业处理' })));
  expect(codes(replies)).toEqual({ ok: 1, ALREADY_SUMMONED: 1 });
  expect((await stored(c.id)).summons).toHaveLength(1);
});

test('two liaisons answer at once, and a summons lands while one 报到: nothing is lost', async () => {
  const c = await fileComplaint(t, 'demo-resident');
  await t.ok('demo-admin', C, 'summon', { id: c.id, departmentIds: ['dept-property', 'dept-power'], note: '请到场' });
  const replies = await Promise.all([
    t.call('demo-dept-property', C, 'acknowledge', { id: c.id }),
    t.call('demo-dept-power', C, 'acknowledge', { id: c.id }),
    t.call('demo-admin', C, 'summon', { id: c.id, departmentIds: ['dept-greening'], note: '请园林所到场' }),
  ]);
  expect(codes(replies)).toEqual({ ok: 3 });
  const doc = await stored(c.id);
  expect(Object.fromEntries(doc.summons.map((summon) => [summon.departmentId, summon.status]))).toEqual({
    'dept-property': 'acknowledged',
    'dept-power': 'acknowledged',
    'dept-greening': 'summoned',
  });
  // The next check is the one summons still waiting for its 报到.
  const greening = doc.summons.find((summon) => summon.departmentId === 'dept-greening')!;
  expect(new Date(doc.nextCheckAt!).getTime()).toBe(new Date(greening.dueAt).getTime());
});

test('an extension asked twice at once is written once; a rating sent twice at once closes the case once', async () => {
  const c = await fileComplaint(t, 'demo-resident');
  await t.ok(WORKER, C, 'accept', { id: c.id });
  const until = addWorkingDays(new Date(), 10).toISOString();
  const asks = await Promise.all([1, 2].map(() => t.call(WORKER, C, 'requestExtension', { id: c.id, until, reason: '需要协调物业' })));
  expect(codes(asks)).toEqual({ ok: 1, EXTENSION_USED: 1 });
  expect(await t.find('events', { itemId: c.id, action: 'complaint.extension_requested' })).toHaveLength(1);

  await t.ok(WORKER, C, 'resolve', { id: c.id, result: '已处理' });
  const ratings = await Promise.all([5, 1].map((rating) => t.call('demo-resident', C, 'rate', { id: c.id, rating })));
  expect(codes(ratings).ok).toBe(1);
  expect(await t.find('events', { itemId: c.id, action: 'complaint.rated' })).toHaveLength(1);
});

test('a withdrawal racing an accept: one of them, never both', async () => {
  const c = await fileComplaint(t, 'demo-resident');
  const replies = await Promise.all([t.call('demo-resident', C, 'withdraw', { id: c.id }), t.call(WORKER, C, 'accept', { id: c.id })]);
  const doc = await stored(c.id);
  const events = [
    ...(await t.find('events', { itemId: c.id, action: 'complaint.withdrawn' })),
    ...(await t.find('events', { itemId: c.id, action: 'complaint.accepted' })),
  ];
  if (replies[0]!.ok && replies[1]!.ok) {
    // Withdrawn after it was accepted: both legal, in that order.
    expect(doc.status).toBe('withdrawn');
    expect(events).toHaveLength(2);
  } else {
    expect(replies.filter((reply) => reply.ok)).toHaveLength(1);
    expect(events).toHaveLength(1);
  }
});

test('merging two duplicates into one case at once: both reporters become its supporters', async () => {
  const kept = await fileComplaint(t, 'demo-resident');
  const first = await fileComplaint(t, 'demo-resident-2');
  const second = await fileComplaint(t, 'demo-volunteer');
  const replies = await Promise.all([first, second].map((duplicate) => t.call('demo-admin', C, 'merge', { id: duplicate.id, intoId: kept.id })));
  const won = replies.filter((reply) => reply.ok).length;
  // A merge that meets the other's lock is told to try again (COMPLAINT_CHANGED) and writes nothing.
  for (const reply of replies) if (!reply.ok) expect(reply.error.code).toBe('COMPLAINT_CHANGED');
  const doc = await stored(kept.id);
  expect(doc.supportCount).toBe(doc.supporters.length);
  expect(doc.supporters).toHaveLength(won);
  if (won < 2) {
    const retry = replies[0]!.ok ? second : first;
    await t.ok('demo-admin', C, 'merge', { id: retry.id, intoId: kept.id });
  }
  expect([...(await stored(kept.id)).supporters].sort()).toEqual(['demo-resident-2', 'demo-volunteer'].sort());
});
