/** Aggregation pipelines through the real wx-server-sdk. */
import { startSuite } from './helpers';
import type { Suite } from './helpers';

let suite: Suite;

beforeAll(async () => {
  suite = await startSuite();
  const { db } = suite.sdk;
  await db.collection('orders').add({
    data: [
      { _id: 'o1', user: 'u1', total: 10, items: ['pen', 'ink'], at: new Date('2024-01-01T00:00:00Z') },
      { _id: 'o2', user: 'u1', total: 30, items: ['book'], at: new Date('2024-02-01T00:00:00Z') },
      { _id: 'o3', user: 'u2', total: 5, items: ['pen'], at: new Date('2024-03-01T00:00:00Z') },
      { _id: 'o4', user: 'u3', total: 50, items: [], at: new Date('2024-04-01T00:00:00Z') },
    ],
  });
  await db.collection('users').add({ data: [{ _id: 'u1', name: 'Alice' }, { _id: 'u2', name: 'Bob' }] });
  await db.collection('bulk').add({ data: Array.from({ length: 30 }, (_, i) => ({ i })) });
});

afterAll(() => suite.stop());

test('match, group, sort', async () => {
  const { db } = suite.sdk;
  const $ = db.command.aggregate;
  const _ = db.command;
  const res = await db
    .collection('orders')
    .aggregate()
    .match({ total: _.gte(5) })
    .group({ _id: '$user', spent: $.sum('$total'), orders: $.sum(1) })
    .sort({ spent: -1 })
    .end();
  expect(res.list).toEqual([
    { _id: 'u3', spent: 50, orders: 1 },
    { _id: 'u1', spent: 40, orders: 2 },
    { _id: 'u2', spent: 5, orders: 1 },
  ]);
});

test('project with expressions, skip, limit', async () => {
  const { db } = suite.sdk;
  const $ = db.command.aggregate;
  const res = await db
    .collection('orders')
    .aggregate()
    .sort({ total: 1 })
    .project({ _id: 0, user: 1, double: $.multiply(['$total', 2]), month: $.month('$at') })
    .skip(1)
    .limit(2)
    .end();
  expect(res.list).toEqual([
    { user: 'u1', double: 20, month: 1 },
    { user: 'u1', double: 60, month: 2 },
  ]);
});

test('lookup joins another collection', async () => {
  const { db } = suite.sdk;
  const res = await db
    .collection('orders')
    .aggregate()
    .match({ _id: 'o3' })
    .lookup({ from: 'users', localField: 'user', foreignField: '_id', as: 'buyer' })
    .end();
  expect(res.list).toEqual([expect.objectContaining({ _id: 'o3', buyer: [{ _id: 'u2', name: 'Bob' }] })]);
});

test('unwind and count', async () => {
  const { db } = suite.sdk;
  const unwound = await db.collection('orders').aggregate().unwind('$items').sort({ items: 1 }).project({ _id: 0, items: 1 }).end();
  expect(unwound.list.map((d) => d.items)).toEqual(['book', 'ink', 'pen', 'pen']);
  const counted = await db.collection('orders').aggregate().unwind('$items').count('n').end();
  expect(counted.list).toEqual([{ n: 4 }]);
});

test('dates survive a pipeline', async () => {
  const { db } = suite.sdk;
  const res = await db.collection('orders').aggregate().match({ _id: 'o1' }).project({ at: 1 }).end();
  expect(res.list[0].at).toBeInstanceOf(Date);
});

test('without a $limit stage the server answers at most 20 results', async () => {
  const { db } = suite.sdk;
  expect((await db.collection('bulk').aggregate().match({}).end()).list).toHaveLength(20);
  expect((await db.collection('bulk').aggregate().match({}).limit(100).end()).list).toHaveLength(30);
});
