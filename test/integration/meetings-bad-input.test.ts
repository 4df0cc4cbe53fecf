/**
 * Hostile payloads for every meetings action through the real SDK: each answers INVALID_INPUT (never ok, never
 * INTERNAL, never a crash) and the topics and events stay as they were.
 */
import fc from 'fast-check';
import type { z } from 'zod';
import type { Reply } from '@contract/reply';
import {
  checkInInput,
  decideInput,
  evaluateInput,
  gridReviewInput,
  listMeetingsInput,
  meetingIdInput,
  mineMeetingsInput,
  openEvaluationInput,
  progressInput,
  proposeInput,
  recordInput,
} from '@contract/meeting';
import { expectBadInputRefused } from './fuzz';
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';
import { bringToScheduled, meetingSeed, proposeTopic } from './meeting-helpers';

const COLLECTIONS = ['meetings', 'events', 'users', 'media_checks'];

let t: TestCloud;
let realIds: string[] = [];
beforeAll(async () => {
  t = await startTestCloud({ seed: meetingSeed() });
  // Topics to aim at, so a refusal is the input's and not an empty collection's.
  realIds = [(await proposeTopic(t)).id, await bringToScheduled(t)];
});
afterAll(async () => {
  await t.stop();
});

/** Every action of the meetings function, with its schema and the fields it takes. */
const targets: Array<[string, z.ZodType, string[]]> = [
  ['propose', proposeInput, ['title', 'background', 'scope', 'fromComplaintId', 'clientRequestId']],
  ['list', listMeetingsInput, ['status', 'scope', 'cursor']],
  ['mine', mineMeetingsInput, ['cursor']],
  ['get', meetingIdInput, ['id']],
  ['second', meetingIdInput, ['id']],
  ['gridReview', gridReviewInput, ['id', 'approve', 'note']],
  ['decide', decideInput, ['id', 'approve', 'reason', 'meeting']],
  ['register', meetingIdInput, ['id']],
  ['cancelRegistration', meetingIdInput, ['id']],
  ['checkIn', checkInInput, ['id', 'code']],
  ['record', recordInput, ['id', 'minutes', 'resolution', 'attendeesCount']],
  ['progress', progressInput, ['id', 'note', 'photos']],
  ['openEvaluation', openEvaluationInput, ['id', 'days']],
  ['evaluate', evaluateInput, ['id', 'rating', 'comment']],
  ['withdraw', meetingIdInput, ['id']],
];

const callers = ['demo-resident', 'res-xinsheng-b01-0', 'demo-gridworker', 'demo-building-leader', 'demo-admin', 'demo-admin-2', 'demo-street-admin', 'someone-new'];

describe('meetings: malformed payloads answer INVALID_INPUT and change nothing', () => {
  test('the list covers every action the function registers', async () => {
    const { actions } = await import('../../cloudfunctions/meetings/src/index');
    expect(targets.map(([action]) => action).sort()).toEqual(Object.keys(actions).sort());
  });

  test.each(targets)('meetings.%s', async (action, schema, fields) => {
    await expectBadInputRefused(t, { fn: 'meetings', action, schema, fields }, callers, COLLECTIONS);
  });
});

describe('meetings: a real topic with the rest of the payload wrong, or a query where an id belongs', () => {
  const withId = targets.filter(([, , fields]) => fields.includes('id'));

  test.each(withId)('meetings.%s on a stored topic', async (action, schema, fields) => {
    const others = fields.filter((field) => field !== 'id');
    const wrong = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.string({ maxLength: 400 }), fc.constant(null), fc.constant('长'.repeat(2001)));
    const rest = fc.record(Object.fromEntries(others.map((name) => [name, wrong])), { requiredKeys: [] });
    const strangers = fc.dictionary(fc.constantFrom('__proto__', 'constructor', '$set', 'status'), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 });
    const payload = fc
      .tuple(fc.constantFrom(...realIds), rest, strangers)
      .map(([id, fields, stranger]) => ({ ...stranger, ...fields, id }))
      .filter((input) => !schema.safeParse(input).success);
    const before = await t.snapshot(COLLECTIONS);
    await fc.assert(
      fc.asyncProperty(payload, fc.constantFrom(...callers), async (input, caller) => {
        const reply = (await t.call(caller, 'meetings', action, input)) as Reply<unknown>;
        if (reply.ok) throw new Error(`accepted ${JSON.stringify(input)}`);
        expect(reply.error.code).toBe('INVALID_INPUT');
      }),
      { numRuns: 20 },
    );
    expect(await t.snapshot(COLLECTIONS)).toEqual(before);
  });

  test.each(withId)('meetings.%s with a query operator for the id', async (action) => {
    const before = await t.snapshot(COLLECTIONS);
    for (const id of [{ $ne: null }, { $exists: true }, { $regex: '.*' }, [realIds[0]], { _id: realIds[0] }, '', ' ', '../meetings', realIds[0]! + '\u0000']) {
      for (const caller of ['demo-resident', 'demo-admin']) {
        const reply = (await t.call(caller, 'meetings', action, { id })) as Reply<unknown>;
        expect([JSON.stringify(id), reply.ok ? 'ok' : reply.error.code]).toEqual([JSON.stringify(id), expect.stringMatching(/^(INVALID_INPUT|NOT_FOUND)$/)]);
      }
    }
    expect(await t.snapshot(COLLECTIONS)).toEqual(before);
  });
});
