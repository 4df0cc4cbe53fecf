/**
 * What MongoDB (and so CloudBase) stores and refuses, through the real wx-server-sdk: the nesting limit,
 * `__proto__` as a plain field name, positional updates, and near queries outside find.
 */
import { postJson, rejection, startSuite } from './helpers';
import type { Suite } from './helpers';

let suite: Suite;

beforeAll(async () => {
  suite = await startSuite();
});

afterAll(() => suite.stop());

/** `{ a: { a: … { a: leaf } } }` with `levels` fields on the way down to the leaf (built without recursion). */
function nestedDoc(levels: number, leaf: unknown = 1): Record<string, unknown> {
  let value: unknown = leaf;
  for (let i = 0; i < levels; i += 1) value = { a: value };
  return value as Record<string, unknown>;
}

function depthOf(doc: unknown): number {
  let depth = 0;
  let current = doc;
  while (current !== null && typeof current === 'object' && 'a' in current) {
    depth += 1;
    current = (current as { a: unknown }).a;
  }
  return depth;
}

describe('nesting depth', () => {
  test('a document nested more than 100 levels is refused on add, and the collection still reads', async () => {
    const deep = suite.sdk.db.collection('deep');
    await deep.add({ data: { _id: 'fine', n: 1 } });
    const error = await rejection(deep.add({ data: { _id: 'too-deep', ...nestedDoc(150) } }));
    expect(error.errCode).toBe(-501007);
    expect(error.errMsg).toContain('[InvalidParameter] data is nested more than 100 levels deep');
    expect((await deep.get()).data).toEqual([{ _id: 'fine', n: 1 }]);
  });

  test('a 3000-deep document in insertDocument\'s list of EJSON texts is refused, and the collection still reads', async () => {
    // The SDK cannot serialise such a document; a raw signed request can send it.
    const text = `{"_id":"raw",${'"a":{'.repeat(3000)}"b":1${'}'.repeat(3000)}}`;
    const res = await postJson(suite.cloud.adminUrl, { action: 'database.insertDocument', collectionName: 'deep', data: [text] });
    expect(res.body).toMatchObject({ code: 'INVALID_PARAM', message: '[InvalidParameter] data is nested more than 100 levels deep' });
    expect((await suite.sdk.db.collection('deep').where({ _id: 'raw' }).get()).data).toEqual([]);
    expect((await suite.sdk.db.collection('deep').doc('fine').get()).data).toEqual({ _id: 'fine', n: 1 });
  });

  test('a document 101 levels deep is refused on add with MongoDB\'s error', async () => {
    const error = await rejection(suite.sdk.db.collection('deep').add({ data: { _id: 'over', ...nestedDoc(101) } }));
    expect(error.errCode).toBe(-502001);
    expect(error.errMsg).toContain('[FailedOperation] Document exceeds maximum nesting depth of 100');
  });

  test('a document 100 levels deep, a date at the bottom, is stored and read back', async () => {
    const at = new Date(1_700_000_000_000);
    await suite.sdk.db.collection('deep').add({ data: { _id: 'dated', ...nestedDoc(100, at) } });
    const doc = (await suite.sdk.db.collection('deep').doc('dated').get()).data as Record<string, unknown>;
    expect(doc).toEqual({ _id: 'dated', ...nestedDoc(100, at) });
  });

  test('a document 100 levels deep is stored and read back', async () => {
    const deep = suite.sdk.db.collection('deep');
    await deep.add({ data: { _id: 'hundred', ...nestedDoc(100) } });
    const doc = (await deep.doc('hundred').get()).data as Record<string, unknown>;
    expect(depthOf(doc)).toBe(100);
    expect(doc).toEqual({ _id: 'hundred', ...nestedDoc(100) });
  });

  test('an update that would nest deeper than 100 levels is refused with MongoDB\'s error, and the document is unchanged', async () => {
    const _ = suite.sdk.db.command;
    const deep = suite.sdk.db.collection('deep');
    await deep.add({ data: { _id: 'grows', x: 1 } });
    const path = Array.from({ length: 100 }, () => 'a').join('.');
    const error = await rejection(deep.doc('grows').update({ data: { [path]: _.set({ b: 1 }) } }));
    expect(error.errCode).toBe(-502001);
    expect(error.errMsg).toContain('Document exceeds maximum nesting depth of 100');
    expect((await deep.doc('grows').get()).data).toEqual({ _id: 'grows', x: 1 });
    const fits = Array.from({ length: 99 }, () => 'a').join('.');
    await deep.doc('grows').update({ data: { [fits]: _.set({ b: 1 }) } });
    const grown = (await deep.doc('grows').get()).data as Record<string, unknown>;
    expect(depthOf(grown)).toBe(99);
    expect((await deep.get()).data).toHaveLength(4);
  });
});

describe('a field named __proto__', () => {
  const stored = '{"_id":"p1","__proto__":{"polluted":true},"n":{"__proto__":{"x":1},"k":2},"list":[{"__proto__":{"y":3}}]}';

  async function rawList(collectionName: string, query: Record<string, unknown> = {}): Promise<unknown> {
    const res = await postJson(suite.cloud.adminUrl, { action: 'database.getDocument', collectionName, queryType: 'WHERE', query: JSON.stringify(query) });
    return (res.body as { data?: { list?: unknown } }).data?.list;
  }

  beforeAll(async () => {
    await suite.sdk.db.collection('protos').add({ data: { _id: 'plain', v: 1 } });
    const res = await postJson(suite.cloud.adminUrl, { action: 'database.insertDocument', collectionName: 'protos', data: [stored] });
    expect(res.body).toMatchObject({ data: { insertedIds: ['p1'] } });
  });

  test('is stored as a field, top-level, nested and in arrays, and answered back as one', async () => {
    expect(await rawList('protos', { _id: 'p1' })).toEqual([stored]);
  });

  test('lends its fields to no document: queries through the SDK see only real fields', async () => {
    const coll = suite.sdk.db.collection('protos');
    expect((await coll.where({ polluted: true }).count()).total).toBe(0);
    expect((await coll.where({ 'n.x': 1 }).count()).total).toBe(0);
    expect((await coll.where({ 'n.k': 2 }).get()).data.map((doc) => doc._id)).toEqual(['p1']);
    expect((await coll.doc('plain').get()).data).toEqual({ _id: 'plain', v: 1 });
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  test('is kept through an operator update of another field and through a replacement', async () => {
    const _ = suite.sdk.db.command;
    await suite.sdk.db.collection('protos').doc('p1').update({ data: { 'n.k': _.inc(1) } });
    expect(await rawList('protos', { _id: 'p1' })).toEqual([stored.replace('"k":2', '"k":3')]);
    const replacement = '{"__proto__":{"replaced":true},"w":1}';
    const res = await postJson(suite.cloud.adminUrl, {
      action: 'database.modifyDocument', collectionName: 'protos', queryType: 'DOC', query: JSON.stringify({ _id: 'p1' }), data: replacement, merge: false,
    });
    expect(res.body).toMatchObject({ data: { updated: 1 } });
    expect(await rawList('protos', { _id: 'p1' })).toEqual(['{"_id":"p1","__proto__":{"replaced":true},"w":1}']);
  });
});

describe('positional updates', () => {
  const steps = () => [
    { name: 'a', done: false },
    { name: 'b', done: false },
    { name: 'c', done: false },
  ];

  test("'arr.$.x' updates the first element the query matched", async () => {
    const _ = suite.sdk.db.command;
    const coll = suite.sdk.db.collection('todos');
    await coll.add({ data: { _id: 't1', steps: steps(), tags: ['cloud', 'db'] } });
    const res = await coll.where({ _id: 't1', 'steps.name': 'b' }).update({ data: { 'steps.$.done': true } });
    expect(res.stats.updated).toBe(1);
    await coll.where({ _id: 't1', tags: 'db' }).update({ data: { 'tags.$': _.set('database') } });
    const doc = (await coll.doc('t1').get()).data as Record<string, unknown>;
    expect(doc.steps).toEqual([
      { name: 'a', done: false },
      { name: 'b', done: true },
      { name: 'c', done: false },
    ]);
    expect(doc.tags).toEqual(['cloud', 'database']);
  });

  test("'arr.$.x' with _.set and _.inc, on every document a multi-document update matches", async () => {
    const _ = suite.sdk.db.command;
    const coll = suite.sdk.db.collection('todos');
    await coll.add({ data: { _id: 'm1', group: 'g', items: [{ k: 1, n: 0 }, { k: 2, n: 0 }] } });
    await coll.add({ data: { _id: 'm2', group: 'g', items: [{ k: 2, n: 5 }, { k: 1, n: 5 }] } });
    const res = await coll.where({ group: 'g', 'items.k': 2 }).update({ data: { 'items.$.n': _.inc(1) } });
    expect(res.stats.updated).toBe(2);
    await coll.where({ group: 'g', 'items.k': 1 }).update({ data: { 'items.$.seen': _.set({ by: 'x' }) } });
    expect(((await coll.doc('m1').get()).data as Record<string, unknown>).items).toEqual([{ k: 1, n: 0, seen: { by: 'x' } }, { k: 2, n: 1 }]);
    expect(((await coll.doc('m2').get()).data as Record<string, unknown>).items).toEqual([{ k: 2, n: 6 }, { k: 1, n: 5, seen: { by: 'x' } }]);
  });

  test("'arr.$[].x' updates every element", async () => {
    const _ = suite.sdk.db.command;
    const coll = suite.sdk.db.collection('todos');
    await coll.add({ data: { _id: 't2', steps: steps(), counts: [1, 2, 3] } });
    await coll.doc('t2').update({ data: { 'steps.$[].done': true, 'counts.$[]': _.inc(10) } });
    const doc = (await coll.doc('t2').get()).data as Record<string, unknown>;
    expect(doc.steps).toEqual([
      { name: 'a', done: true },
      { name: 'b', done: true },
      { name: 'c', done: true },
    ]);
    expect(doc.counts).toEqual([11, 12, 13]);
  });

  test("'arr.$.x' without the array in the query, '$[]' on a non-array and '$[<id>]' without a filter are refused", async () => {
    const coll = suite.sdk.db.collection('todos');
    await coll.add({ data: { _id: 't3', steps: steps(), single: { done: false } } });
    const noQuery = await rejection(coll.doc('t3').update({ data: { 'steps.$.done': true } }));
    expect(noQuery.errCode).toBe(-502001);
    expect(noQuery.errMsg).toContain('The positional operator did not find the match needed from the query.');
    const notArray = await rejection(coll.doc('t3').update({ data: { 'single.$[].done': true } }));
    expect(notArray.errCode).toBe(-502001);
    expect(notArray.errMsg).toContain('Cannot apply array updates to non-array element single: { done: false }');
    const filtered = await rejection(coll.doc('t3').update({ data: { 'steps.$[s].done': true } }));
    expect(filtered.errCode).toBe(-502001);
    expect(filtered.errMsg).toContain("No array filter found for identifier 's' in path 'steps.$[s].done'");
    expect(((await coll.doc('t3').get()).data as Record<string, unknown>).steps).toEqual(steps());
  });

  test("a named field inside an array is still refused (PathNotViable)", async () => {
    const coll = suite.sdk.db.collection('todos');
    await coll.add({ data: { _id: 't4', steps: steps() } });
    const error = await rejection(coll.doc('t4').update({ data: { 'steps.done': true } }));
    expect(error.errCode).toBe(-502001);
    expect(error.errMsg).toContain("Cannot create field 'done' in element {steps: ");
  });
});

describe('near conditions in count', () => {
  beforeAll(async () => {
    const { db } = suite.sdk;
    await db.collection('places').add({ data: { _id: 'here', loc: db.Geo.Point(121.4737, 31.2304), open: true } });
  });

  test('a count with geoNear is refused as MongoDB refuses $near in count, while get answers it', async () => {
    const { db } = suite.sdk;
    const _ = db.command;
    const near = { loc: _.geoNear({ geometry: db.Geo.Point(121.4737, 31.2304), maxDistance: 100 }) };
    expect((await db.collection('places').where(near).get()).data.map((doc) => doc._id)).toEqual(['here']);
    const error = await rejection(db.collection('places').where(near).count());
    expect(error.errCode).toBe(-502001);
    expect(error.errMsg).toContain('$geoNear, $near, and $nearSphere are not allowed in this context');
    const nested = await rejection(db.collection('places').where(_.and([{ open: true }, near])).count());
    expect(nested.errMsg).toContain('$geoNear, $near, and $nearSphere are not allowed in this context');
  });

  test('a count with geoWithin is served', async () => {
    const { db } = suite.sdk;
    const _ = db.command;
    const area = db.Geo.Polygon([db.Geo.LineString([db.Geo.Point(121.47, 31.23), db.Geo.Point(121.48, 31.23), db.Geo.Point(121.48, 31.24), db.Geo.Point(121.47, 31.23)])]);
    expect((await db.collection('places').where({ loc: _.geoWithin({ geometry: area }) }).count()).total).toBe(1);
  });
});
