/**
 * What each wish action costs in database operations, measured on the local cloud's request counters. A change
 * is its guarded update carrying the event in the wish's outbox plus the add of the event; the entry stays in
 * the outbox until the scheduler's replay clears it, so no call pulls it. `claim` and ending a hold also
 * write the volunteer's claim slots; `confirm` is one transaction (its read inside it counted as a read).
 */
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';
import { wishInput } from './wish-helpers';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud();
});
afterAll(async () => {
  await t.stop();
});

const READS = ['database.getDocument', 'database.calculateDocument', 'database.aggregateDocuments'];
const WRITES = ['database.insertDocument', 'database.modifyDocument', 'database.removeDocument', 'database.modifyAndReturnDoc'];
const count = (before: Record<string, number>, after: Record<string, number>, names: string[]) => names.reduce((sum, name) => sum + (after[name] ?? 0) - (before[name] ?? 0), 0);

async function measured<T>(openid: string, action: string, input: Record<string, unknown>): Promise<{ ops: [number, number]; data: T }> {
  const before = t.cloud.databaseRequests();
  const data = await t.ok<T>(openid, 'wishes', action, input);
  const after = t.cloud.databaseRequests();
  return { ops: [count(before, after, READS), count(before, after, WRITES)], data };
}

test('each wish action stays within its budget', async () => {
  const seen: Record<string, [number, number]> = {};
  const created = await measured<{ id: string }>('demo-resident', 'create', wishInput());
  seen.create = created.ops;
  const id = created.data.id;
  seen['review {approve}'] = (await measured('demo-admin', 'review', { id, approve: true })).ops;
  seen.claim = (await measured('demo-volunteer', 'claim', { id })).ops;
  seen.cancelClaim = (await measured('demo-volunteer', 'cancelClaim', { id })).ops;
  await t.ok('demo-volunteer', 'wishes', 'claim', { id });
  seen.fulfil = (await measured('demo-volunteer', 'fulfil', { id, note: '已经帮忙换好了灯泡' })).ops;
  seen.confirm = (await measured('demo-resident', 'confirm', { id, thanks: '谢谢你' })).ops;
  const second = await t.ok<{ id: string }>('demo-resident', 'wishes', 'create', wishInput());
  seen['review {reject}'] = (await measured('demo-admin', 'review', { id: second.id, approve: false, reason: '请补充具体需要的物品' })).ops;
  seen.resubmit = (await measured('demo-resident', 'resubmit', { id: second.id, title: '想请人帮忙换卫生间灯泡', story: '卫生间的灯泡坏了，我够不着，想请志愿者帮忙换一个，灯泡已经买好。', category: '维修', beneficiaryType: '高龄老人' })).ops;
  const third = await t.ok<{ id: string }>('demo-resident', 'wishes', 'create', wishInput());
  seen.withdraw = (await measured('demo-resident', 'withdraw', { id: third.id })).ops;
  // [reads, writes]
  expect(seen).toEqual({
    create: [1, 2],
    'review {approve}': [2, 2],
    claim: [1, 3],
    cancelClaim: [1, 4],
    fulfil: [1, 4],
    confirm: [2, 3],
    'review {reject}': [2, 2],
    resubmit: [2, 2],
    withdraw: [1, 2],
  });
});
