import fc from 'fast-check';
import type { z } from 'zod';
import {
  applyVolunteerInput,
  listMembersInput,
  listOrgInput,
  loginInput,
  meInput,
  pointsHistoryInput,
  reviewVolunteerInput,
  setRolesInput,
  updateProfileInput,
} from '@contract/user';
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

const actions: Array<[string, z.ZodType, string[]]> = [
  ['login', loginInput, []],
  ['me', meInput, []],
  ['updateProfile', updateProfileInput, ['name', 'phone', 'communityId', 'gridId', 'buildingId', 'room', 'elderMode']],
  ['listOrg', listOrgInput, ['communityId']],
  ['applyVolunteer', applyVolunteerInput, ['intro']],
  ['reviewVolunteer', reviewVolunteerInput, ['openid', 'approve', 'reason']],
  ['setRoles', setRolesInput, ['openid', 'roles']],
  ['listMembers', listMembersInput, ['volunteerStatus', 'cursor']],
  ['pointsHistory', pointsHistoryInput, ['cursor']],
];

const callers = ['demo-resident', 'demo-admin', 'demo-street-admin', 'someone-new'];

describe('users: malformed payloads answer INVALID_INPUT and change nothing', () => {
  test.each(actions)('%s', async (action, schema, fields) => {
    await expectBadInputRefused(t, { fn: 'users', action, schema, fields }, callers, ['users', 'events']);
  });

  test('an action name that is not a string answers UNKNOWN_ACTION', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.integer(), fc.constant(null), fc.array(fc.string()), fc.string({ maxLength: 20 }).filter((name) => !actions.some(([known]) => known === name))), async (action) => {
        const reply = await t.cloud.callFunction('users', { action } as Record<string, unknown>, 'demo-resident');
        expect(reply).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } });
      }),
      { numRuns: 20 },
    );
  });
});
