import type { z } from 'zod';
import {
  adminListWishesInput,
  confirmWishInput,
  createWishInput,
  fulfilWishInput,
  listWishesInput,
  mineInput,
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
  ['wishes', 'adminList', adminListWishesInput, ['status', 'cursor']],
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
