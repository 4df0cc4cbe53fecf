import type { z } from 'zod';
import {
  complaintIdInput,
  createComplaintInput,
  departmentsInput,
  dispatchInput,
  followUpInput,
  listComplaintsInput,
  mergeInput,
  mineComplaintsInput,
  queueInput,
  rateInput,
  reasonInput,
  rejectInput,
  requestExtensionInput,
  resultInput,
  reviewExtensionInput,
  similarComplaintsInput,
  summonInput,
} from '@contract/complaint';
import { expectBadInputRefused } from './fuzz';
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud();
});
afterAll(async () => {
  await t.stop();
});

const createFields = ['category', 'text', 'photos', 'buildingId', 'location', 'urgency', 'anonymous', 'private', 'onBehalfOf', 'patrol', 'clientRequestId'];

/** Every action of the complaints function, with its schema and the fields it takes. */
const targets: Array<[string, z.ZodType, string[]]> = [
  ['create', createComplaintInput, createFields],
  ['similar', similarComplaintsInput, ['category', 'buildingId', 'location']],
  ['support', complaintIdInput, ['id']],
  ['list', listComplaintsInput, ['cursor', 'category', 'status']],
  ['departments', departmentsInput, []],
  ['mine', mineComplaintsInput, ['cursor']],
  ['get', complaintIdInput, ['id']],
  ['queue', queueInput, ['status', 'overdue', 'level', 'waiting', 'communityId', 'cursor']],
  ['accept', complaintIdInput, ['id']],
  ['dispatch', dispatchInput, ['id', 'gridId', 'assigneeOpenid']],
  ['returnToCommunity', reasonInput, ['id', 'reason']],
  ['requestExtension', requestExtensionInput, ['id', 'until', 'reason']],
  ['reviewExtension', reviewExtensionInput, ['id', 'approve', 'reason']],
  ['escalate', reasonInput, ['id', 'reason']],
  ['summon', summonInput, ['id', 'departmentIds', 'note']],
  ['acknowledge', complaintIdInput, ['id']],
  ['reportBack', resultInput, ['id', 'result', 'photos']],
  ['resolve', resultInput, ['id', 'result', 'photos']],
  ['rate', rateInput, ['id', 'rating', 'comment']],
  ['reopen', reasonInput, ['id', 'reason']],
  ['followUp', followUpInput, ['id', 'satisfied', 'note']],
  ['merge', mergeInput, ['id', 'intoId']],
  ['reject', rejectInput, ['id', 'reason', 'redirect']],
  ['withdraw', complaintIdInput, ['id']],
];

const callers = ['demo-resident', 'demo-gridworker', 'demo-admin', 'demo-street-admin', 'demo-dept-property', 'someone-new'];

describe('complaints: malformed payloads answer INVALID_INPUT and change nothing', () => {
  test('the list covers every action the function registers', async () => {
    const { actions } = await import('../../cloudfunctions/complaints/src/index');
    expect(targets.map(([action]) => action).sort()).toEqual(Object.keys(actions).sort());
  });

  test.each(targets)('complaints.%s', async (action, schema, fields) => {
    await expectBadInputRefused(t, { fn: 'complaints', action, schema, fields }, callers, ['complaints', 'events', 'users', 'media_checks']);
  });
});
