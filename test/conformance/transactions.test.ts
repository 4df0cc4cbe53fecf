/** Transactions through the real wx-server-sdk: commit, rollback, isolation, conflicts and retries. */
import { rejection, startSuite } from './helpers';
import type { Suite } from './helpers';

let suite: Suite;

beforeAll(async () => {
  suite = await startSuite();
});

afterAll(() => suite.stop());

async function balance(id: string): Promise<number> {
  return ((await suite.sdk.db.collection('accounts').doc(id).get()).data as { balance: number }).balance;
}

test('runTransaction commits every write and returns the callback result', async () => {
  const { db } = suite.sdk;
  await db.collection('accounts').doc('a').set({ data: { balance: 100 } });
  await db.collection('accounts').doc('b').set({ data: { balance: 0 } });
  const result = await db.runTransaction(async (t) => {
    const a = (await t.collection('accounts').doc('a').get()).data as { balance: number };
    await t.collection('accounts').doc('a').update({ data: { balance: a.balance - 30 } });
    await t.collection('accounts').doc('b').update({ data: { balance: db.command.inc(30) } });
    await t.collection('ledger').add({ data: { from: 'a', to: 'b', amount: 30 } });
    return 'moved';
  });
  expect(result).toBe('moved');
  expect(await balance('a')).toBe(70);
  expect(await balance('b')).toBe(30);
  expect((await db.collection('ledger').count()).total).toBe(1);
});

test('reads inside a transaction see its own writes; others see nothing until commit', async () => {
  const { db } = suite.sdk;
  await db.collection('accounts').doc('iso').set({ data: { balance: 1 } });
  const t = await db.startTransaction();
  await t.collection('accounts').doc('iso').update({ data: { balance: 2 } });
  await t.collection('accounts').add({ data: { _id: 'iso-new', balance: 9 } });
  expect(((await t.collection('accounts').doc('iso').get()).data as { balance: number }).balance).toBe(2);
  expect(((await t.collection('accounts').doc('iso-new').get()).data as { balance: number }).balance).toBe(9);
  expect(await balance('iso')).toBe(1);
  expect((await db.collection('accounts').where({ _id: 'iso-new' }).count()).total).toBe(0);
  await t.commit();
  expect(await balance('iso')).toBe(2);
  expect(await balance('iso-new')).toBe(9);
});

test('a throw inside runTransaction rolls everything back and rethrows', async () => {
  const { db } = suite.sdk;
  await db.collection('accounts').doc('rb').set({ data: { balance: 5 } });
  const error = await rejection(
    db.runTransaction(async (t) => {
      await t.collection('accounts').doc('rb').update({ data: { balance: 0 } });
      await t.collection('rollback-marks').add({ data: { left: 'behind' } });
      throw new Error('changed my mind');
    }),
  );
  expect((error as unknown as Error).message).toBe('changed my mind');
  expect(await balance('rb')).toBe(5);
  expect((await db.collection('rollback-marks').count()).total).toBe(0);
});

test('concurrent conflicting transactions: one wins, the other is retried and sees the committed data', async () => {
  const { db } = suite.sdk;
  await db.collection('accounts').doc('counter').set({ data: { balance: 0 } });
  let attempts = 0;
  let firstReads = 0;
  let release: () => void = () => undefined;
  const bothRead = new Promise<void>((resolve) => {
    release = resolve;
  });
  const seen: number[] = [];
  const increment = () =>
    db.runTransaction(async (t) => {
      attempts += 1;
      const attempt = attempts;
      const current = ((await t.collection('accounts').doc('counter').get()).data as { balance: number }).balance;
      seen.push(current);
      if (attempt <= 2) {
        firstReads += 1;
        if (firstReads === 2) release();
        await bothRead;
      }
      await t.collection('accounts').doc('counter').update({ data: { balance: current + 1 } });
      return current;
    });
  const results = await Promise.all([increment(), increment()]);
  expect(await balance('counter')).toBe(2);
  expect(attempts).toBe(3);
  expect(seen).toEqual([0, 0, 1]);
  expect(results.sort()).toEqual([0, 1]);
});

test('startTransaction: commit applies, rollback discards', async () => {
  const { db } = suite.sdk;
  await db.collection('accounts').doc('st').set({ data: { balance: 10 } });
  const commitMe = await db.startTransaction();
  await commitMe.collection('accounts').doc('st').update({ data: { balance: 11 } });
  await commitMe.commit();
  expect(await balance('st')).toBe(11);

  const discard = await db.startTransaction();
  await discard.collection('accounts').doc('st').update({ data: { balance: 999 } });
  await discard.collection('accounts').doc('st-extra').set({ data: { balance: 1 } });
  await discard.rollback();
  expect(await balance('st')).toBe(11);
  expect((await db.collection('accounts').where({ _id: 'st-extra' }).count()).total).toBe(0);
});

test('startTransaction: a write conflict is reported on commit and nothing is applied', async () => {
  const { db } = suite.sdk;
  await db.collection('accounts').doc('cf').set({ data: { balance: 1 } });
  const t = await db.startTransaction();
  const read = ((await t.collection('accounts').doc('cf').get()).data as { balance: number }).balance;
  await db.collection('accounts').doc('cf').update({ data: { balance: 50 } });
  await t.collection('accounts').doc('cf').update({ data: { balance: read + 1 } });
  await t.collection('accounts').doc('cf-side').set({ data: { balance: 7 } });
  const error = await rejection(t.commit());
  expect(error.code).toBe('DATABASE_TRANSACTION_CONFLICT');
  expect(String(error.message)).toContain('[ResourceUnavailable.TransactionConflict]');
  expect(await balance('cf')).toBe(50);
  expect((await db.collection('accounts').where({ _id: 'cf-side' }).count()).total).toBe(0);
  const again = await rejection(t.commit());
  expect(again.code).toBe('DATABASE_TRANSACTION_FAIL');
});

test('two transactions creating the same new document: the second commit conflicts', async () => {
  const { db } = suite.sdk;
  const t1 = await db.startTransaction();
  const t2 = await db.startTransaction();
  await t1.collection('accounts').doc('fresh').set({ data: { balance: 1 } });
  await t2.collection('accounts').doc('fresh').set({ data: { balance: 2 } });
  await t1.commit();
  expect((await rejection(t2.commit())).code).toBe('DATABASE_TRANSACTION_CONFLICT');
  expect(await balance('fresh')).toBe(1);
});
