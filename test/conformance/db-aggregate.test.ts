/** Aggregation pipelines through the real wx-server-sdk. */
import { rejection, startSuite } from './helpers';
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

test('group sums of conditions: $cond over $in, $lt on dates, and $ifNull for a field that is null or missing', async () => {
  const { db } = suite.sdk;
  const $ = db.command.aggregate;
  await db.collection('cases').add({
    data: [
      { _id: 'c1', grid: 'g1', status: 'open', dueAt: new Date('2024-01-01T00:00:00Z'), mark: null },
      { _id: 'c2', grid: 'g1', status: 'open', dueAt: new Date('2030-01-01T00:00:00Z'), mark: { kind: 'report' } },
      { _id: 'c3', grid: 'g1', status: 'closed', dueAt: null },
      { _id: 'c4', grid: 'g2', status: 'open', dueAt: new Date('2030-01-01T00:00:00Z'), mark: null },
    ],
  });
  const late = $.or([$.lt(['$dueAt', new Date('2025-01-01T00:00:00Z')]), $.neq([$.ifNull(['$mark', null]), null])]);
  const res = await db
    .collection('cases')
    .aggregate()
    .group({ _id: '$grid', open: $.sum($.cond({ if: $.in(['$status', ['open']]), then: 1, else: 0 })), late: $.sum($.cond({ if: late, then: 1, else: 0 })) })
    .sort({ _id: 1 })
    .end();
  // c3 has no mark at all and a null due time: null sorts below every date, so `$lt` counts it late, as MongoDB does.
  expect(res.list).toEqual([
    { _id: 'g1', open: 2, late: 3 },
    { _id: 'g2', open: 1, late: 0 },
  ]);
});

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

test('lookup by a literal added to the matched document: one read joins a named document of another collection', async () => {
  const { db } = suite.sdk;
  const $ = db.command.aggregate;
  const read = (userId: string | null) =>
    db
      .collection('orders')
      .aggregate()
      .match({ _id: 'o4' })
      .addFields({ wantedUser: $.literal(userId) })
      .lookup({ from: 'users', localField: 'wantedUser', foreignField: '_id', as: 'wanted' })
      .project({ wantedUser: 0 })
      .end();
  expect((await read('u2')).list).toEqual([expect.objectContaining({ _id: 'o4', user: 'u3', wanted: [{ _id: 'u2', name: 'Bob' }] })]);
  expect((await read('$user')).list).toEqual([expect.objectContaining({ _id: 'o4', wanted: [] })]);
  expect((await read('nobody')).list).toEqual([expect.objectContaining({ _id: 'o4', wanted: [] })]);
  // A null local field matches foreign documents whose field is null or missing: every user has an _id, so none.
  expect((await read(null)).list).toEqual([expect.objectContaining({ _id: 'o4', wanted: [] })]);
  expect((await read(null)).list[0]).not.toHaveProperty('wantedUser');
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

describe('expressions as MongoDB evaluates them (where mingo differs)', () => {
  beforeAll(async () => {
    await suite.sdk.db.collection('texts').add({
      data: [{ _id: 't1', s: 'hello', u: 'héllo', e: 'a😀b', d: new Date('1998-11-01T00:00:00Z') }],
    });
  });

  async function projectOne(projection: object): Promise<Record<string, unknown>> {
    const res = await suite.sdk.db.collection('texts').aggregate().match({ _id: 't1' }).project({ _id: 0, ...projection }).end();
    return res.list[0] as Record<string, unknown>;
  }

  test('week: weeks begin on Sunday, days before the first Sunday are week 0, in UTC unless a timezone is given', async () => {
    const { db } = suite.sdk;
    const $ = db.command.aggregate;
    const days: Array<[string, number]> = [
      ['2023-01-01T00:00:00Z', 1], // a Sunday on 1 January starts week 1
      ['2024-01-06T23:59:59Z', 0], // the Saturday before 2024's first Sunday
      ['2024-01-07T00:00:00Z', 1],
      ['2024-12-31T12:00:00Z', 52],
      ['2022-01-02T00:00:00Z', 1],
      ['2016-01-01T00:00:00Z', 0],
    ];
    await db.collection('weeks').add({ data: days.map(([at], i) => ({ _id: `w${i}`, i, at: new Date(at) })) });
    const res = await db.collection('weeks').aggregate().sort({ i: 1 }).project({ _id: 0, week: $.week('$at') }).end();
    expect(res.list.map((doc) => doc.week)).toEqual(days.map(([, week]) => week));
    expect(await projectOne({ utc: $.week('$d'), chicago: $.week({ date: '$d', timezone: '-0500' }) })).toEqual({ utc: 44, chicago: 43 });
  });

  test('substr and substrBytes: a negative length means to the end; a start past the end or negative gives ""', async () => {
    const $ = suite.sdk.db.command.aggregate;
    expect(
      await projectOne({
        rest: $.substr(['$s', 1, -1]),
        restBytes: $.substrBytes(['$u', 3, -1]),
        wholeBytes: $.substrBytes(['$u', 0, -1]),
        clamped: $.substr(['$s', 1, 10]),
        pastEnd: $.substr(['$s', 9, 2]),
        negativeStart: $.substr(['$s', -1, 2]),
      }),
    ).toEqual({ rest: 'ello', restBytes: 'llo', wholeBytes: 'héllo', clamped: 'ello', pastEnd: '', negativeStart: '' });
  });

  test('substrBytes refuses to cut a UTF-8 character', async () => {
    const $ = suite.sdk.db.command.aggregate;
    const error = await rejection(suite.sdk.db.collection('texts').aggregate().project({ x: $.substrBytes(['$u', 2, 1]) }).end());
    expect(String(error.errMsg)).toContain('starting index is a UTF-8 continuation byte');
  });

  test('indexOfCP counts code points, with optional start and end', async () => {
    const $ = suite.sdk.db.command.aggregate;
    expect(
      await projectOne({
        first: $.indexOfCP(['$u', 'l']),
        fromThree: $.indexOfCP(['$u', 'l', 3]),
        beforeEnd: $.indexOfCP(['$u', 'l', 0, 2]),
        astral: $.indexOfCP(['$e', 'b']),
        missing: $.indexOfCP(['$nothing', 'b']),
        none: $.indexOfCP(['$s', 'z']),
      }),
    ).toEqual({ first: 2, fromThree: 3, beforeEnd: -1, astral: 2, missing: null, none: -1 });
    const error = await rejection(suite.sdk.db.collection('texts').aggregate().project({ x: $.indexOfCP(['$s', 'l', -1]) }).end());
    expect(String(error.errMsg)).toContain('$indexOfCP requires a nonnegative starting index, found: -1');
  });
});
