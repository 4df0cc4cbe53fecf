/**
 * Transactions through the real wx-server-sdk, as CloudBase runs them: snapshot reads, a transaction
 * lock on every written document (another transaction's write fails at once, a plain write waits),
 * no conflict because of reads, single-document operations only, a time limit, and the SDK's own
 * retry rule.
 */
import { postJson, rejection, startSuite } from './helpers';
import type { Suite } from './helpers';

let suite: Suite;

beforeAll(async () => {
  suite = await startSuite();
});

afterAll(() => suite.stop());

async function balanceIn(s: Suite, id: string): Promise<number> {
  return ((await s.sdk.db.collection('accounts').doc(id).get()).data as { balance: number }).balance;
}

const balance = (id: string): Promise<number> => balanceIn(suite, id);

async function exists(id: string): Promise<boolean> {
  return (await suite.sdk.db.collection('accounts').where({ _id: id }).count()).total === 1;
}

function isConflictError(error: { errMsg?: unknown }): boolean {
  return String(error.errMsg).includes('[ResourceUnavailable.TransactionConflict]');
}

describe('commit and rollback', () => {
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
    expect(await exists('iso-new')).toBe(false);
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

  test('startTransaction: commit applies, rollback discards and releases the locks', async () => {
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
    expect(await exists('st-extra')).toBe(false);
    await db.collection('accounts').doc('st').update({ data: { balance: 12 } });
    expect(await balance('st')).toBe(12);
  });
});

describe('snapshot reads', () => {
  test('a transaction does not see writes committed after it began', async () => {
    const { db } = suite.sdk;
    await db.collection('accounts').doc('snap').set({ data: { balance: 1 } });
    await db.collection('accounts').doc('snap-gone').set({ data: { balance: 3 } });
    const t = await db.startTransaction();
    await db.collection('accounts').doc('snap').update({ data: { balance: 2 } });
    await db.collection('accounts').doc('snap-late').set({ data: { balance: 7 } });
    await db.collection('accounts').doc('snap-gone').remove();
    expect(((await t.collection('accounts').doc('snap').get()).data as { balance: number }).balance).toBe(1);
    expect(String((await rejection(t.collection('accounts').doc('snap-late').get())).errMsg)).toContain('snap-late does not exist');
    expect(((await t.collection('accounts').doc('snap-gone').get()).data as { balance: number }).balance).toBe(3);
    await t.rollback();
    expect(await balance('snap')).toBe(2);
  });

  test('no conflict because of reads: a transaction that read a document changed since still commits its other writes', async () => {
    const { db } = suite.sdk;
    await db.collection('accounts').doc('read-only').set({ data: { balance: 1 } });
    const t = await db.startTransaction();
    await t.collection('accounts').doc('read-only').get();
    await db.collection('accounts').doc('read-only').update({ data: { balance: 50 } });
    await t.collection('accounts').doc('read-side').set({ data: { balance: 7 } });
    await t.commit();
    expect(await balance('read-only')).toBe(50);
    expect(await balance('read-side')).toBe(7);
  });
});

describe('transaction locks', () => {
  test("another transaction's write to a locked document fails at once; the lock holder commits", async () => {
    const { db } = suite.sdk;
    await db.collection('accounts').doc('locked').set({ data: { balance: 1 } });
    const holder = await db.startTransaction();
    const other = await db.startTransaction();
    await holder.collection('accounts').doc('locked').update({ data: { balance: 2 } });
    await other.collection('accounts').doc('other-side').set({ data: { balance: 1 } });
    const error = await rejection(other.collection('accounts').doc('locked').update({ data: { balance: 3 } }));
    expect(error.errCode).toBe(-501001);
    expect(isConflictError(error)).toBe(true);
    // The conflict ended the other transaction: its earlier writes are gone, commit finds nothing, rollback is a no-op.
    expect((await rejection(other.commit())).code).toBe('DATABASE_TRANSACTION_FAIL');
    await other.rollback();
    await holder.commit();
    expect(await balance('locked')).toBe(2);
    expect(await exists('other-side')).toBe(false);
  });

  test('two transactions creating the same new document: the second write fails at once', async () => {
    const { db } = suite.sdk;
    const t1 = await db.startTransaction();
    const t2 = await db.startTransaction();
    await t1.collection('accounts').doc('fresh').set({ data: { balance: 1 } });
    expect(isConflictError(await rejection(t2.collection('accounts').doc('fresh').set({ data: { balance: 2 } })))).toBe(true);
    await t1.commit();
    expect(await balance('fresh')).toBe(1);
  });

  test('a transaction writing a document committed by someone else after its snapshot fails at once', async () => {
    const { db } = suite.sdk;
    await db.collection('accounts').doc('moved-on').set({ data: { balance: 1 } });
    const t = await db.startTransaction();
    await db.collection('accounts').doc('moved-on').update({ data: { balance: 50 } });
    expect(isConflictError(await rejection(t.collection('accounts').doc('moved-on').update({ data: { balance: 2 } })))).toBe(true);
    expect(await balance('moved-on')).toBe(50);
  });

  test('a plain write to a locked document waits for the commit, then applies on top of it', async () => {
    const { db } = suite.sdk;
    const _ = db.command;
    await db.collection('accounts').doc('queue').set({ data: { balance: 1 } });
    const t = await db.startTransaction();
    await t.collection('accounts').doc('queue').update({ data: { balance: 10 } });
    let plainDone = false;
    const plain = db
      .collection('accounts')
      .doc('queue')
      .update({ data: { balance: _.inc(1) } })
      .then((res) => {
        plainDone = true;
        return res;
      });
    // Round trips to the server while the plain write is queued behind the lock.
    expect(await balance('queue')).toBe(1);
    expect(((await t.collection('accounts').doc('queue').get()).data as { balance: number }).balance).toBe(10);
    expect(plainDone).toBe(false);
    await t.commit();
    expect((await plain).stats.updated).toBe(1);
    expect(await balance('queue')).toBe(11);
  });

  test('a plain remove and a plain where-update also wait for the lock', async () => {
    const { db } = suite.sdk;
    await db.collection('accounts').doc('wait-rm').set({ data: { balance: 1, group: 'w' } });
    await db.collection('accounts').doc('wait-up').set({ data: { balance: 1, group: 'w' } });
    const t = await db.startTransaction();
    await t.collection('accounts').doc('wait-rm').update({ data: { balance: 2 } });
    await t.collection('accounts').doc('wait-up').update({ data: { balance: 2 } });
    const removal = db.collection('accounts').doc('wait-rm').remove();
    const update = db.collection('accounts').where({ _id: 'wait-up', group: 'w' }).update({ data: { balance: 3 } });
    await t.commit();
    expect((await removal).stats.removed).toBe(1);
    expect((await update).stats.updated).toBe(1);
    expect(await exists('wait-rm')).toBe(false);
    expect(await balance('wait-up')).toBe(3);
  });

  test('runTransaction does not retry a write conflict: wx-server-sdk hands it over without the code the retry looks for', async () => {
    const { db } = suite.sdk;
    await db.collection('accounts').doc('contended').set({ data: { balance: 0 } });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked: () => void = () => undefined;
    const holderLocked = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const holder = db.runTransaction(async (t) => {
      await t.collection('accounts').doc('contended').update({ data: { balance: db.command.inc(1) } });
      locked();
      await gate;
      return 'holder';
    });
    await holderLocked;
    let loserRuns = 0;
    const loser = await rejection(
      db.runTransaction(async (t) => {
        loserRuns += 1;
        await t.collection('accounts').doc('contended').update({ data: { balance: db.command.inc(100) } });
        return 'loser';
      }),
    );
    expect(loserRuns).toBe(1);
    expect(loser.errCode).toBe(-501001);
    expect(loser.code).toBeUndefined();
    expect(isConflictError(loser)).toBe(true);
    release();
    expect(await holder).toBe('holder');
    expect(await balance('contended')).toBe(1);
  });
});

describe('only single-document operations inside a transaction', () => {
  test('a where query carrying the transaction is refused', async () => {
    const { db } = suite.sdk;
    const t = await db.startTransaction();
    const error = await rejection(t.collection('accounts').where({ balance: 1 }).get());
    expect(error.errCode).toBe(-501007);
    expect(String(error.errMsg)).toContain('not allowed in a transaction');
    await t.rollback();
  });

  test('updateAndReturn, count and aggregate carrying a transaction id are refused', async () => {
    const { db } = suite.sdk;
    const t = (await db.startTransaction()) as unknown as { _transaction: { getTransactionId(): string }; rollback(): Promise<unknown> };
    const transactionId = t._transaction.getTransactionId();
    const requests = [
      { action: 'database.modifyAndReturnDoc', queryType: 'WHERE', query: '{"_id":"a"}', data: '{"$set":{"x":1}}' },
      { action: 'database.getDocument', queryType: 'DOC', query: '{"balance":1}' },
      { action: 'database.calculateDocument', queryType: 'WHERE', query: '{}' },
      { action: 'database.aggregateDocuments', stages: [{ stageKey: '$match', stageValue: '{}' }] },
      { action: 'database.modifyDocument', queryType: 'WHERE', multi: true, query: '{"balance":1}', data: '{"$set":{"x":1}}' },
      { action: 'database.removeDocument', queryType: 'WHERE', multi: true, query: '{"balance":1}' },
    ];
    for (const request of requests) {
      const res = await postJson(suite.cloud.adminUrl, { ...request, collectionName: 'accounts', transactionId });
      expect(res.body).toMatchObject({ code: 'INVALID_PARAM', message: expect.stringContaining('not allowed in a transaction') });
    }
    await t.rollback();
  });

  test('the SDK sends count and where().update/remove from a transaction without its id: they run as plain requests', async () => {
    const { db } = suite.sdk;
    await db.collection('loose').add({ data: [{ _id: 'l1', g: 1 }, { _id: 'l2', g: 1 }] });
    const t = await db.startTransaction();
    await t.collection('loose').add({ data: { _id: 'l3', g: 1 } });
    expect((await t.collection('loose').where({ g: 1 }).count()).total).toBe(2);
    expect((await t.collection('loose').where({ _id: 'l1' }).update({ data: { g: 2 } })).stats.updated).toBe(1);
    await t.rollback();
    expect(((await db.collection('loose').doc('l1').get()).data as { g: number }).g).toBe(2);
    expect((await db.collection('loose').where({ _id: 'l3' }).count()).total).toBe(0);
  });
});

describe('time limits', () => {
  let limited: Suite;

  beforeAll(async () => {
    limited = await startSuite({ transactionLimitMs: 1000, lockWaitMs: 300 });
  });

  afterAll(() => limited.stop());

  test('a plain write that waits past its bound fails with the conflict error and changes nothing', async () => {
    const { db } = limited.sdk;
    await db.collection('accounts').doc('stuck').set({ data: { balance: 1 } });
    const t = await db.startTransaction();
    await t.collection('accounts').doc('stuck').update({ data: { balance: 2 } });
    const error = await rejection(db.collection('accounts').doc('stuck').update({ data: { balance: 3 } }));
    expect(isConflictError(error)).toBe(true);
    expect(String(error.errMsg)).toContain('stayed locked by a transaction');
    await t.commit();
    expect(await balanceIn(limited, 'stuck')).toBe(2);
  });

  test('a transaction past its time limit is rolled back: its locks are released and commit fails', async () => {
    const { db } = limited.sdk;
    await db.collection('accounts').doc('slow').set({ data: { balance: 1 } });
    const t = await db.startTransaction();
    await t.collection('accounts').doc('slow').update({ data: { balance: 2 } });
    await t.collection('accounts').doc('slow-side').set({ data: { balance: 1 } });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await db.collection('accounts').doc('slow').update({ data: { balance: 5 } });
    const error = await rejection(t.commit());
    expect(error.code).toBe('DATABASE_TRANSACTION_FAIL');
    expect(String(error.message)).toContain('[ResourceUnavailable.TransactionNotExist]');
    expect(await balanceIn(limited, 'slow')).toBe(5);
    expect((await db.collection('accounts').where({ _id: 'slow-side' }).count()).total).toBe(0);
  });
});
