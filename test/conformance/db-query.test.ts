/** Queries through the real wx-server-sdk: every where operator, ordering, paging, projection, limits, errors. */
import { postJson, rejection, startSuite } from './helpers';
import type { Suite } from './helpers';

let suite: Suite;

const people = [
  { _id: 'p1', name: 'Alice', age: 30, city: 'Shanghai', tags: ['a', 'b'], scores: [80, 95], address: { city: 'Shanghai', zip: '200000' }, items: [{ k: 'x', n: 1 }, { k: 'y', n: 5 }], joined: new Date('2024-01-01T00:00:00Z'), note: 'Hello World' },
  { _id: 'p2', name: 'Bob', age: 25, city: 'Beijing', tags: ['b'], scores: [60], address: { city: 'Beijing', zip: '100000' }, items: [{ k: 'x', n: 7 }], joined: new Date('2024-06-01T00:00:00Z'), vip: true },
  { _id: 'p3', name: 'Carol', age: 35, city: 'Shanghai', tags: ['a', 'b', 'c'], scores: [], address: { city: 'Shanghai' }, items: [], joined: new Date('2023-03-01T00:00:00Z'), note: 'hello there' },
  { _id: 'p4', name: 'Dave', age: 40, city: 'Shenzhen', tags: [], scores: [70, 71], address: { city: 'Shenzhen', zip: '518000' }, items: [{ k: 'z', n: 2 }], joined: new Date('2025-01-01T00:00:00Z'), vip: false },
];

beforeAll(async () => {
  suite = await startSuite();
  await suite.sdk.db.collection('people').add({ data: people });
  const many = Array.from({ length: 1200 }, (_, i) => ({ i }));
  await suite.sdk.db.collection('many').add({ data: many });
});

afterAll(() => suite.stop());

async function ids(where: object): Promise<string[]> {
  const res = await suite.sdk.db.collection('people').where(where).get();
  return (res.data as Array<{ _id: string }>).map((doc) => doc._id).sort();
}

describe('where operators', () => {
  test('comparison: eq neq gt gte lt lte', async () => {
    const _ = suite.sdk.db.command;
    expect(await ids({ age: _.eq(30) })).toEqual(['p1']);
    expect(await ids({ city: _.neq('Shanghai') })).toEqual(['p2', 'p4']);
    expect(await ids({ age: _.gt(30) })).toEqual(['p3', 'p4']);
    expect(await ids({ age: _.gte(30) })).toEqual(['p1', 'p3', 'p4']);
    expect(await ids({ age: _.lt(30) })).toEqual(['p2']);
    expect(await ids({ age: _.lte(30) })).toEqual(['p1', 'p2']);
  });

  test('in nin', async () => {
    const _ = suite.sdk.db.command;
    expect(await ids({ city: _.in(['Beijing', 'Shenzhen']) })).toEqual(['p2', 'p4']);
    expect(await ids({ city: _.nin(['Beijing', 'Shenzhen']) })).toEqual(['p1', 'p3']);
  });

  test('in on an array field: some element is in the list (as MongoDB); with neq on another field (the inbox query)', async () => {
    const _ = suite.sdk.db.command;
    expect(await ids({ tags: _.in(['c', 'z']) })).toEqual(['p3']);
    expect(await ids({ tags: _.in(['a']) })).toEqual(['p1', 'p3']);
    expect(await ids({ tags: _.in(['z']) })).toEqual([]);
    // An empty array has no element in any list; an empty list matches nothing.
    expect(await ids({ tags: _.in(['a', 'b', 'c']) })).toEqual(['p1', 'p2', 'p3']);
    expect(await ids({ tags: _.in([]) })).toEqual([]);
    // inbox.list: recipients in the reader's audiences, never the reader's own acts.
    expect(await ids({ tags: _.in(['b', 'c']), name: _.neq('Bob') })).toEqual(['p1', 'p3']);
    expect(await ids({ tags: _.in(['b']), name: _.neq('Alice') })).toEqual(['p2', 'p3']);
    expect(await ids({ tags: _.in(['c']), name: _.neq('Carol') })).toEqual([]);
    const ordered = await suite.sdk.db.collection('people').where({ tags: _.in(['a', 'b']), name: _.neq('Carol') }).orderBy('joined', 'desc').get();
    expect((ordered.data as Array<{ _id: string }>).map((doc) => doc._id)).toEqual(['p2', 'p1']);
    const counted = await suite.sdk.db.collection('people').where({ tags: _.in(['a', 'b']), name: _.neq('Carol') }).count();
    expect(counted.total).toBe(2);
  });

  test('logic: and or nor not, top level and on a field', async () => {
    const _ = suite.sdk.db.command;
    expect(await ids(_.and([{ age: _.gt(26) }, { city: 'Shanghai' }]))).toEqual(['p1', 'p3']);
    expect(await ids({ age: _.gt(26).and(_.lt(36)) })).toEqual(['p1', 'p3']);
    expect(await ids(_.or([{ age: _.lt(26) }, { city: 'Shenzhen' }]))).toEqual(['p2', 'p4']);
    expect(await ids({ age: _.lt(26).or(_.gt(36)) })).toEqual(['p2', 'p4']);
    expect(await ids(_.nor([{ city: 'Shanghai' }, { age: _.gt(35) }]))).toEqual(['p2']);
    expect(await ids({ age: _.not(_.gt(30)) })).toEqual(['p1', 'p2']);
  });

  test('element and array: exists size elemMatch all mod', async () => {
    const _ = suite.sdk.db.command;
    expect(await ids({ vip: _.exists(true) })).toEqual(['p2', 'p4']);
    expect(await ids({ note: _.exists(false) })).toEqual(['p2', 'p4']);
    expect(await ids({ tags: _.size(2) })).toEqual(['p1']);
    expect(await ids({ items: _.elemMatch({ k: 'x', n: _.gt(3) }) })).toEqual(['p2']);
    expect(await ids({ tags: _.all(['a', 'b']) })).toEqual(['p1', 'p3']);
    // On an array, neq matches when no element equals the value (as MongoDB's $ne): 同问 guards on it.
    expect(await ids({ tags: _.neq('a') })).toEqual(['p2', 'p4']);
    // A scalar equality matches an array holding it: 我的诉求 and the liaison's queue query on it.
    expect(await ids({ tags: 'c' })).toEqual(['p3']);
    expect(await ids({ age: _.mod(10, 5) })).toEqual(['p2', 'p3']);
  });

  test('regular expressions: db.RegExp and JS RegExp', async () => {
    const { db } = suite.sdk;
    expect(await ids({ name: db.RegExp({ regexp: '^a', options: 'i' }) })).toEqual(['p1']);
    expect(await ids({ name: db.RegExp({ regexp: '^a' }) })).toEqual([]);
    expect(await ids({ note: /hello/i })).toEqual(['p1', 'p3']);
  });

  test('nested fields, arrays, dates, booleans', async () => {
    const _ = suite.sdk.db.command;
    expect(await ids({ 'address.city': 'Beijing' })).toEqual(['p2']);
    expect(await ids({ address: { city: 'Shanghai' } })).toEqual(['p1', 'p3']);
    expect(await ids({ 'address.zip': _.exists(false) })).toEqual(['p3']);
    expect(await ids({ tags: 'c' })).toEqual(['p3']);
    expect(await ids({ 'items.n': _.gt(6) })).toEqual(['p2']);
    expect(await ids({ 'scores.1': 95 })).toEqual(['p1']);
    expect(await ids({ joined: _.gte(new Date('2024-01-01T00:00:00Z')) })).toEqual(['p1', 'p2', 'p4']);
    expect(await ids({ vip: false })).toEqual(['p4']);
  });

  test('dates come back as Date objects', async () => {
    const res = await suite.sdk.db.collection('people').doc('p1').get();
    const doc = res.data as { joined: unknown };
    expect(doc.joined).toBeInstanceOf(Date);
    expect((doc.joined as Date).toISOString()).toBe('2024-01-01T00:00:00.000Z');
  });
});

describe('operators as MongoDB evaluates them (where mingo differs)', () => {
  const mixed = [
    { _id: 'm1', a: [1, 2, { x: 5 }], items: [{ qty: 8, tag: 'new' }, { qty: 3 }], n: { qty: 6 } },
    { _id: 'm2', a: [{ x: 1 }, 'text'], items: [{ qty: 5 }, { qty: null }, { qty: '8' }] },
    { _id: 'm3', a: [5, 6], items: [{ qty: 5.5 }, { qty: [12] }] },
    { _id: 'm4', a: 'x', items: [] },
    { _id: 'm5', a: [[{ x: 9 }]], items: [[{ tag: 'nested' }], { qty: -8 }] },
    { _id: 'm6' },
  ];

  beforeAll(async () => {
    await suite.sdk.db.collection('mixed').add({ data: mixed });
  });

  async function mixedIds(where: object): Promise<string[]> {
    const res = await suite.sdk.db.collection('mixed').where(where).get();
    return (res.data as Array<{ _id: string }>).map((doc) => doc._id).sort();
  }

  test('elemMatch with field conditions skips scalar elements (a scalar never matches a field condition)', async () => {
    const _ = suite.sdk.db.command;
    expect(await mixedIds({ a: _.elemMatch({ x: _.gt(3) }) })).toEqual(['m1']);
    // an element that is itself an array is matched as a document with keys '0', '1', … (so it lacks x)
    expect(await mixedIds({ a: _.elemMatch({ x: _.neq(1) }) })).toEqual(['m1', 'm5']);
    expect(await mixedIds({ a: _.elemMatch({ x: _.exists(false) }) })).toEqual(['m5']);
    // the value form still tests the elements themselves
    expect(await mixedIds({ a: _.elemMatch(_.gt(5)) })).toEqual(['m3']);
  });

  /** The SDK also takes `_.mod([divisor, remainder])`, which its typings do not declare. */
  const modOf = (spec: number[]): object => (suite.sdk.db.command.mod as unknown as (spec: number[]) => object)(spec);

  test('mod inside arrays of documents matches numbers only, truncated towards zero', async () => {
    const _ = suite.sdk.db.command;
    // 8 (m1), 12 inside a leaf array (m3), -8 (m5); not null or the string '8' (m2)
    expect(await mixedIds({ 'items.qty': modOf([4, 0]) })).toEqual(['m1', 'm3', 'm5']);
    // 5 (m2) and 5.5 truncated to 5 (m3)
    expect(await mixedIds({ 'items.qty': _.mod(5, 0) })).toEqual(['m2', 'm3']);
    expect(await mixedIds({ 'n.qty': modOf([4.9, 2]) })).toEqual(['m1']);
  });

  test('a malformed mod is refused', async () => {
    const zero = await rejection(suite.sdk.db.collection('mixed').where({ 'items.qty': modOf([0, 0]) }).get());
    expect(zero.errCode).toBe(-502001);
    expect(String(zero.errMsg)).toContain('divisor cannot be 0');
    const short = await rejection(suite.sdk.db.collection('mixed').where({ 'items.qty': modOf([4]) }).get());
    expect(String(short.errMsg)).toContain('malformed mod, not enough elements');
  });

  test('exists inside arrays of documents: some element has the field; nested arrays are not entered', async () => {
    const _ = suite.sdk.db.command;
    expect(await mixedIds({ 'items.tag': _.exists(true) })).toEqual(['m1']);
    expect(await mixedIds({ 'items.tag': _.exists(false) })).toEqual(['m2', 'm3', 'm4', 'm5', 'm6']);
    expect(await mixedIds({ 'items.qty': _.exists(true) })).toEqual(['m1', 'm2', 'm3', 'm5']);
    expect(await mixedIds({ 'items.0.tag': _.exists(true) })).toEqual(['m1', 'm5']);
  });

  /** `jsonSchema` and `expr` exist in @cloudbase/database 1.4.3 but not in wx-server-sdk's typings. */
  type QueryCommand = typeof suite.sdk.db.command;
  const commands = (): QueryCommand & { jsonSchema(schema: object): object; expr(expression: unknown): object } =>
    suite.sdk.db.command as QueryCommand & { jsonSchema(schema: object): object; expr(expression: unknown): object };

  test('jsonSchema: bsonType, required, properties, enum, minimum/maximum, minLength/maxLength, items', async () => {
    const _ = commands();
    const adults = _.jsonSchema({ bsonType: 'object', required: ['age'], properties: { age: { bsonType: 'int', minimum: 30, maximum: 39 } } });
    expect(await ids(adults)).toEqual(['p1', 'p3']);
    expect(await ids(_.jsonSchema({ properties: { city: { enum: ['Beijing', 'Shenzhen'] } } }))).toEqual(['p2', 'p4']);
    expect(await ids(_.jsonSchema({ properties: { name: { bsonType: 'string', minLength: 4, maxLength: 4 } } }))).toEqual(['p4']);
    expect(await ids(_.jsonSchema({ required: ['tags'], properties: { tags: { bsonType: 'array', minItems: 1, items: { enum: ['a', 'b'] } } } }))).toEqual(['p1', 'p2']);
    expect(await ids({ city: 'Shanghai', ..._.jsonSchema({ required: ['note'], properties: { scores: { maxItems: 0 } } }) })).toEqual(['p3']);
    // a property that is absent satisfies its schema; a field of another type is not checked by type-specific keywords
    expect(await ids(_.jsonSchema({ properties: { vip: { bsonType: 'bool' }, note: { minLength: 12 }, age: { minLength: 100 } } }))).toEqual(['p2', 'p4']);
  });

  test('jsonSchema keywords MongoDB does not support are refused', async () => {
    const _ = commands();
    const error = await rejection(suite.sdk.db.collection('people').where(_.jsonSchema({ properties: { name: { format: 'email' } } })).get());
    expect(error.errCode).toBe(-502001);
    expect(String(error.errMsg)).toContain("$jsonSchema keyword 'format' is not currently supported");
  });

  test('expr compares fields of the same document', async () => {
    const _ = commands();
    const $ = _.aggregate;
    expect(await ids(_.expr($.gt([$.size('$tags'), $.size('$scores')])))).toEqual(['p3']);
  });
});

describe('orderBy, skip, limit, field, count', () => {
  test('multi-field orderBy', async () => {
    const res = await suite.sdk.db.collection('people').orderBy('city', 'asc').orderBy('age', 'desc').get();
    expect((res.data as Array<{ _id: string }>).map((d) => d._id)).toEqual(['p2', 'p3', 'p1', 'p4']);
  });

  test('skip and limit page in order', async () => {
    const res = await suite.sdk.db.collection('people').orderBy('age', 'asc').skip(1).limit(2).get();
    expect((res.data as Array<{ _id: string }>).map((d) => d._id)).toEqual(['p1', 'p3']);
  });

  test('field() projects', async () => {
    const res = await suite.sdk.db.collection('people').where({ _id: 'p2' }).field({ name: true, 'address.city': true }).get();
    expect(res.data).toEqual([{ _id: 'p2', name: 'Bob', address: { city: 'Beijing' } }]);
    const excluded = await suite.sdk.db.collection('people').doc('p2').field({ items: false, joined: false, address: false, scores: false, tags: false }).get();
    expect(excluded.data).toEqual({ _id: 'p2', name: 'Bob', age: 25, city: 'Beijing', vip: true });
  });

  test('count', async () => {
    const _ = suite.sdk.db.command;
    expect((await suite.sdk.db.collection('people').where({ city: 'Shanghai' }).count()).total).toBe(2);
    expect((await suite.sdk.db.collection('people').where({ age: _.gt(100) }).count()).total).toBe(0);
    expect((await suite.sdk.db.collection('many').count()).total).toBe(1200);
  });
});

describe('limits', () => {
  test('get() returns 100 records by default', async () => {
    const res = await suite.sdk.db.collection('many').get();
    expect(res.data).toHaveLength(100);
  });

  test('limit() returns up to 1000 and the SDK clamps larger limits to 1000', async () => {
    expect((await suite.sdk.db.collection('many').limit(1000).get()).data).toHaveLength(1000);
    expect((await suite.sdk.db.collection('many').limit(5000).get()).data).toHaveLength(1000);
    expect((await suite.sdk.db.collection('many').skip(1100).limit(1000).get()).data).toHaveLength(100);
  });

  test('a raw request with limit > 1000 is refused', async () => {
    const res = await postJson(suite.cloud.adminUrl, { action: 'database.getDocument', collectionName: 'many', queryType: 'WHERE', limit: 2000 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ code: 'INVALID_PARAM' });
    expect(String((res.body as { message: string }).message)).toContain('limit must be an integer between 0 and 1000');
  });
});

describe('errors', () => {
  test('doc().get() of a missing document', async () => {
    const error = await rejection(suite.sdk.db.collection('people').doc('nope').get());
    expect(error.errCode).toBe(-1);
    expect(error.errMsg).toBe('document.get:fail document with _id nope does not exist');
  });

  test('duplicate _id on insert', async () => {
    const error = await rejection(suite.sdk.db.collection('people').add({ data: { _id: 'p1', name: 'again' } }));
    expect(error.errCode).toBe(-501001);
    expect(String(error.errMsg)).toContain('E11000 duplicate key error collection: people index: _id_ dup key: { _id: "p1" }');
    expect(String(error.errMsg)).toContain('DATABASE_DUPLICATE_WRITE');
    const stillOne = await suite.sdk.db.collection('people').where({ _id: 'p1' }).get();
    expect((stillOne.data as Array<{ name: string }>)[0].name).toBe('Alice');
  });

  test('an unknown query operator is a database request failure', async () => {
    const res = await postJson(suite.cloud.adminUrl, {
      action: 'database.getDocument',
      collectionName: 'people',
      queryType: 'WHERE',
      query: JSON.stringify({ age: { $foo: 1 } }),
    });
    expect(res.body).toMatchObject({ code: 'DATABASE_REQUEST_FAILED' });
    expect(String((res.body as { message: string }).message)).toContain('$foo');
  });

  test('$text, $where and server-side JavaScript are declared unsupported', async () => {
    for (const query of [{ $text: { $search: 'x' } }, { $where: 'this.age > 1' }, { $expr: { $function: { body: 'return 1', args: [], lang: 'js' } } }]) {
      const res = await postJson(suite.cloud.adminUrl, { action: 'database.getDocument', collectionName: 'people', query: JSON.stringify(query) });
      expect(res.body).toMatchObject({ code: 'DATABASE_REQUEST_FAILED' });
      expect(String((res.body as { message: string }).message)).toMatch(/\$(text|where|function) is not supported by the local cloud/);
    }
  });

  test('unknown actions are refused', async () => {
    const res = await postJson(suite.cloud.adminUrl, { action: 'database.dropEverything' });
    expect(res.body).toMatchObject({ code: 'INVALID_PARAM' });
  });
});

describe('strict collections', () => {
  test('a collection that was never created answers DATABASE_COLLECTION_NOT_EXIST', async () => {
    const strict = await startSuite({ strictCollections: true });
    try {
      const error = await rejection(strict.sdk.db.collection('ghosts').get());
      expect(error.errCode).toBe(-502005);
      expect(String(error.errMsg)).toContain('Db or Table not exist');
      await strict.sdk.db.createCollection('ghosts');
      await strict.sdk.db.collection('ghosts').add({ data: { boo: true } });
      expect((await strict.sdk.db.collection('ghosts').count()).total).toBe(1);
      const again = await rejection(strict.sdk.db.createCollection('ghosts'));
      expect(String(again.errMsg)).toContain('Table exist');
    } finally {
      await strict.stop();
    }
  });
});
