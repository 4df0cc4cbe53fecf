import fc from 'fast-check';
import type { z } from 'zod';
import type { AdminWishPage } from '@contract/wish';
import {
  adminListWishesInput,
  confirmWishInput,
  createWishInput,
  fulfilWishInput,
  listWishesInput,
  mineInput,
  pendingCountsInput,
  resubmitWishInput,
  reviewWishInput,
  wishIdInput,
} from '@contract/wish';
import { inboxListInput, inboxMarkReadInput, inboxUnreadInput } from '@contract/inbox';
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

const createFields = ['title', 'story', 'category', 'beneficiaryType', 'wantedBy', 'photos', 'onBehalfOf', 'clientRequestId'];

const targets: Array<[string, string, z.ZodType, string[]]> = [
  ['wishes', 'create', createWishInput, createFields],
  ['wishes', 'list', listWishesInput, ['cursor', 'category', 'beneficiaryType', 'gridId']],
  ['wishes', 'mine', mineInput, []],
  ['wishes', 'get', wishIdInput, ['id']],
  ['wishes', 'review', reviewWishInput, ['id', 'approve', 'reason']],
  ['wishes', 'claim', wishIdInput, ['id']],
  ['wishes', 'cancelClaim', wishIdInput, ['id']],
  ['wishes', 'fulfil', fulfilWishInput, ['id', 'note', 'photos']],
  ['wishes', 'confirm', confirmWishInput, ['id', 'thanks']],
  ['wishes', 'withdraw', wishIdInput, ['id']],
  ['wishes', 'adminList', adminListWishesInput, ['status', 'cursor', 'q']],
  ['wishes', 'resubmit', resubmitWishInput, ['id', 'title', 'story', 'category', 'beneficiaryType', 'wantedBy', 'photos']],
  ['wishes', 'pendingCounts', pendingCountsInput, []],
  ['inbox', 'list', inboxListInput, ['cursor']],
  ['inbox', 'unreadCount', inboxUnreadInput, []],
  ['inbox', 'markRead', inboxMarkReadInput, []],
];

const callers = ['demo-resident', 'demo-volunteer', 'demo-gridworker', 'demo-admin', 'someone-new'];

describe('wishes and inbox: malformed payloads answer INVALID_INPUT and change nothing', () => {
  test.each(targets)('%s.%s', async (fn, action, schema, fields) => {
    await expectBadInputRefused(t, { fn, action, schema, fields }, callers, ['wishes', 'events', 'users']);
  });
});

describe('adminList q: any text the user types is searched for literally and never breaks the query', () => {
  test('arbitrary strings, regular-expression characters included, answer only titles that contain them', async () => {
    const metachars = fc.constantFrom(...'.*+?^${}()|[]\\/-'.split(''), '(?=', '\\d', '[^', '想要', '(新).*');
    const query = fc
      .array(fc.oneof(metachars, fc.string({ unit: 'grapheme', maxLength: 3 })), { minLength: 1, maxLength: 6 })
      .map((parts) => parts.join(''))
      .filter((q) => q.trim().length > 0 && Array.from(q.trim()).length <= 30);
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        const reply = await t.call<AdminWishPage>('demo-admin', 'wishes', 'adminList', { q });
        if (!reply.ok) throw new Error(`refused ${JSON.stringify(q)}: ${reply.error.code}`);
        const wanted = q.trim().toLowerCase();
        for (const card of reply.data.items) expect(card.title.toLowerCase()).toContain(wanted);
      }),
      { numRuns: 40 },
    );
  });
});
