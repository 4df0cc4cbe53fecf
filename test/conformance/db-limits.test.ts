/**
 * The server-side read limit the SDK really gets: 100 records when no limit is given, at most 1000 with
 * `.limit()`, so a reader that needs everything must page with `.skip()`.
 */
import { postJson, startSuite } from './helpers';
import type { Suite } from './helpers';

let suite: Suite;
const TOTAL = 2500;

beforeAll(async () => {
  suite = await startSuite();
  const docs = Array.from({ length: TOTAL }, (_, i) => ({ _id: `r${String(i).padStart(4, '0')}`, i }));
  for (let start = 0; start < TOTAL; start += 500) {
    await suite.sdk.db.collection('rows').add({ data: docs.slice(start, start + 500) });
  }
});

afterAll(() => suite.stop());

test('get() without a limit answers 100 records, and limit(0) is the same as no limit', async () => {
  expect((await suite.sdk.db.collection('rows').get()).data).toHaveLength(100);
  expect((await suite.sdk.db.collection('rows').where({ i: suite.sdk.db.command.gte(0) }).limit(0).get()).data).toHaveLength(100);
});

test('limit() answers at most 1000 (the SDK clamps larger values); paging with skip reaches every record', async () => {
  const coll = suite.sdk.db.collection('rows');
  expect((await coll.limit(1500).get()).data).toHaveLength(1000);
  const pages: number[] = [];
  const seen = new Set<string>();
  for (let skip = 0; ; skip += 1000) {
    const page = (await coll.orderBy('_id', 'asc').skip(skip).limit(1000).get()).data as Array<{ _id: string }>;
    pages.push(page.length);
    for (const doc of page) seen.add(doc._id);
    if (page.length < 1000) break;
  }
  expect(pages).toEqual([1000, 1000, 500]);
  expect(seen.size).toBe(TOTAL);
});

test('a raw request over 1000 is refused by the server', async () => {
  const res = await postJson(suite.cloud.adminUrl, { action: 'database.getDocument', collectionName: 'rows', queryType: 'WHERE', limit: 1001 });
  expect(res.body).toMatchObject({ code: 'INVALID_PARAM' });
});

test('inside a transaction a read is one document by id; a where read (which the limit would bound) is refused', async () => {
  const t = await suite.sdk.db.startTransaction();
  expect(((await t.collection('rows').doc('r0007').get()).data as { i: number }).i).toBe(7);
  const refused = await t
    .collection('rows')
    .limit(1000)
    .get()
    .then(
      () => 'answered',
      (error: { errCode?: number }) => error.errCode,
    );
  expect(refused).toBe(-501007);
  await t.rollback();
});
