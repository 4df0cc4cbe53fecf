/**
 * What each meetings call costs in database operations, measured on the local cloud's request counters: every page
 * one call with at most 2 reads, every action at most 4 operations, a cancellation with promotion one transaction.
 */
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';
import { ADMIN, GRID_WORKER, PROPOSER, meetingSeed, moveMeetingStart, proposeInput, residentIds } from './meeting-helpers';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ seed: meetingSeed() });
});
afterAll(async () => {
  await t.stop();
});

const READS = ['database.getDocument', 'database.calculateDocument', 'database.aggregateDocuments'];
const WRITES = ['database.insertDocument', 'database.modifyDocument', 'database.removeDocument', 'database.modifyAndReturnDoc'];
const count = (before: Record<string, number>, after: Record<string, number>, names: string[]) => names.reduce((sum, name) => sum + (after[name] ?? 0) - (before[name] ?? 0), 0);
const residents = residentIds(40);

async function measured<T>(openid: string, action: string, input: Record<string, unknown>): Promise<{ ops: [number, number]; data: T }> {
  const before = t.cloud.databaseRequests();
  const data = await t.ok<T>(openid, 'meetings', action, input);
  const after = t.cloud.databaseRequests();
  return { ops: [count(before, after, READS), count(before, after, WRITES)], data };
}

test('every page and every action stays within its budget', async () => {
  const seen: Record<string, [number, number]> = {};
  const proposed = await measured<{ id: string }>(PROPOSER, 'propose', proposeInput());
  seen.propose = proposed.ops;
  const id = proposed.data.id;
  seen.list = (await measured(residents[0]!, 'list', {})).ops;
  seen.mine = (await measured(PROPOSER, 'mine', {})).ops;
  seen.get = (await measured(residents[0]!, 'get', { id })).ops;
  seen['second (counted)'] = (await measured(residents[0]!, 'second', { id })).ops;
  await t.ok(residents[1]!, 'meetings', 'second', { id });
  seen['second (threshold)'] = (await measured(residents[2]!, 'second', { id })).ops;
  seen['second (in review)'] = (await measured(residents[3]!, 'second', { id })).ops;
  seen.gridReview = (await measured(GRID_WORKER, 'gridReview', { id, approve: true, note: '同意' })).ops;
  const startsAt = new Date(Date.now() + 3600 * 1000).toISOString();
  seen.decide = (await measured(ADMIN, 'decide', { id, approve: true, meeting: { startsAt, place: '楼下', capacity: 1 } })).ops;
  const first = await measured<{ registration: { code: string } }>(residents[4]!, 'register', { id });
  seen['register (registered)'] = first.ops;
  seen['register (waitlisted)'] = (await measured(residents[5]!, 'register', { id })).ops;
  seen['cancelRegistration (promotion)'] = (await measured(residents[4]!, 'cancelRegistration', { id })).ops;
  const promoted = await t.ok<{ myRegistration: { code: string } }>(residents[5]!, 'meetings', 'get', { id });
  seen.checkIn = (await measured(GRID_WORKER, 'checkIn', { id, code: promoted.myRegistration.code })).ops;
  await moveMeetingStart(t, id, new Date(Date.now() - 60 * 1000));
  seen.record = (await measured(ADMIN, 'record', { id, minutes: '讨论', resolution: '落实' })).ops;
  seen.progress = (await measured(ADMIN, 'progress', { id, note: '已落实一半' })).ops;
  seen.openEvaluation = (await measured(ADMIN, 'openEvaluation', { id })).ops;
  seen.evaluate = (await measured(residents[5]!, 'evaluate', { id, rating: 'satisfied' })).ops;
  const other = await t.ok<{ id: string }>(PROPOSER, 'meetings', 'propose', proposeInput());
  seen.withdraw = (await measured(PROPOSER, 'withdraw', { id: other.id })).ops;
  // [reads, writes]
  expect(seen).toEqual({
    propose: [1, 2],
    list: [2, 0],
    mine: [1, 0],
    get: [2, 0],
    'second (counted)': [2, 2],
    'second (threshold)': [2, 2],
    'second (in review)': [2, 2],
    gridReview: [2, 2],
    decide: [2, 2],
    'register (registered)': [2, 2],
    'register (waitlisted)': [2, 2],
    'cancelRegistration (promotion)': [1, 3],
    checkIn: [2, 2],
    record: [2, 2],
    progress: [2, 2],
    openEvaluation: [2, 2],
    evaluate: [2, 2],
    withdraw: [1, 2],
  });
});
