/** Writes through the real wx-server-sdk: every update operator, set/replace, remove, serverDate. */
import { UpdateSerializer } from '@cloudbase/database/dist/commonjs/serializer/update';
import { postJson, rejection, startSuite } from './helpers';
import type { Suite } from './helpers';

let suite: Suite;
let seq = 0;

beforeAll(async () => {
  suite = await startSuite();
});

afterAll(() => suite.stop());

/** Creates a fresh document, applies `update`, and returns the stored result. */
async function updated(initial: Record<string, unknown>, update: Record<string, unknown>): Promise<Record<string, unknown>> {
  seq += 1;
  const id = `u${seq}`;
  const ref = suite.sdk.db.collection('things').doc(id);
  await ref.set({ data: initial });
  const res = await ref.update({ data: update });
  expect(res.stats.updated).toBe(1);
  const { _id: _ignored, ...doc } = (await ref.get()).data as Record<string, unknown>;
  return doc;
}

describe('update operators', () => {
  test('plain fields and nested paths are $set', async () => {
    expect(await updated({ a: 1, n: { m: 0, k: 1 } }, { a: 2, n: { m: 5 }, 'p.q': 3 })).toEqual({ a: 2, n: { m: 5, k: 1 }, p: { q: 3 } });
  });

  test('_.set replaces a whole sub-object', async () => {
    const _ = suite.sdk.db.command;
    expect(await updated({ n: { m: 0, k: 1 } }, { n: _.set({ z: 9 }) })).toEqual({ n: { z: 9 } });
  });

  test('_.remove() unsets', async () => {
    const _ = suite.sdk.db.command;
    expect(await updated({ a: 1, b: 2 }, { b: _.remove() })).toEqual({ a: 1 });
  });

  test('inc mul min max', async () => {
    const _ = suite.sdk.db.command;
    expect(await updated({ a: 1, b: 3, c: 5, d: 5 }, { a: _.inc(2), b: _.mul(4), c: _.min(2), d: _.max(9) })).toEqual({ a: 3, b: 12, c: 2, d: 9 });
    expect(await updated({ c: 1, d: 10 }, { c: _.min(2), d: _.max(3), e: _.inc(1) })).toEqual({ c: 1, d: 10, e: 1 });
  });

  test('push, with each / position / slice / sort', async () => {
    const _ = suite.sdk.db.command;
    expect(await updated({ arr: [1] }, { arr: _.push([2, 3]) })).toEqual({ arr: [1, 2, 3] });
    expect(await updated({ arr: [3, 1] }, { arr: _.push({ each: [5, 2], position: 0, sort: -1, slice: 3 }) })).toEqual({ arr: [5, 3, 2] });
    expect(await updated({ arr: [1, 2] }, { arr: _.push({ each: [9], position: 1 }) })).toEqual({ arr: [1, 9, 2] });
    expect(await updated({ arr: [1, 2, 3] }, { arr: _.push({ each: [4], slice: -2 }) })).toEqual({ arr: [3, 4] });
  });

  test('pull (value and condition) and pullAll', async () => {
    const _ = suite.sdk.db.command;
    expect(await updated({ arr: [1, 2, 3, 2] }, { arr: _.pull(2) })).toEqual({ arr: [1, 3] });
    expect(await updated({ arr: [1, 5, 7, 2] }, { arr: _.pull(_.gt(4)) })).toEqual({ arr: [1, 2] });
    expect(await updated({ arr: [{ k: 1 }, { k: 2 }] }, { arr: _.pull({ k: 2 }) })).toEqual({ arr: [{ k: 1 }] });
    expect(await updated({ arr: [1, 2, 3, 1] }, { arr: _.pullAll([1, 3]) })).toEqual({ arr: [2] });
  });

  test('addToSet (single and each)', async () => {
    const _ = suite.sdk.db.command;
    expect(await updated({ arr: [1, 2] }, { arr: _.addToSet(3) })).toEqual({ arr: [1, 2, 3] });
    expect(await updated({ arr: [1, 2] }, { arr: _.addToSet({ $each: [2, 4, 4] }) })).toEqual({ arr: [1, 2, 4] });
  });

  test('pop, shift, unshift', async () => {
    const _ = suite.sdk.db.command;
    expect(await updated({ arr: [1, 2, 3] }, { arr: _.pop() })).toEqual({ arr: [1, 2] });
    expect(await updated({ arr: [1, 2, 3] }, { arr: _.shift() })).toEqual({ arr: [2, 3] });
    expect(await updated({ arr: [2, 3] }, { arr: _.unshift([0, 1]) })).toEqual({ arr: [0, 1, 2, 3] });
  });

  test('rename', async () => {
    const _ = suite.sdk.db.command;
    expect(await updated({ old: 1, keep: 2 }, { old: _.rename('fresh') })).toEqual({ fresh: 1, keep: 2 });
  });

  test('updating _id is refused', async () => {
    const _ = suite.sdk.db.command;
    await suite.sdk.db.collection('things').doc('immutable').set({ data: { a: 1 } });
    const error = await rejection(suite.sdk.db.collection('things').doc('immutable').update({ data: { a: _.rename('_id') } }));
    expect(error.errCode).toBe(-502001);
    expect(String(error.errMsg)).toContain("would modify the immutable field '_id'");
  });
});

describe('set, where-update, remove', () => {
  test('doc().set creates, then replaces the whole document', async () => {
    const ref = suite.sdk.db.collection('things').doc('setme');
    const created = await ref.set({ data: { a: 1, b: 2 } });
    expect(created.stats).toEqual({ updated: 0, created: 1 });
    const replaced = await ref.set({ data: { c: 3 } });
    expect(replaced.stats).toEqual({ updated: 1, created: 0 });
    expect((await ref.get()).data).toEqual({ _id: 'setme', c: 3 });
  });

  test('where().update counts modified documents only; doc().update of a missing doc updates 0', async () => {
    const _ = suite.sdk.db.command;
    const coll = suite.sdk.db.collection('batch');
    await coll.add({ data: [{ g: 1, v: 0 }, { g: 1, v: 0 }, { g: 2, v: 0 }, { g: 1, v: 5 }] });
    const res = await coll.where({ g: 1 }).update({ data: { v: 5 } });
    expect(res.stats.updated).toBe(2);
    const inc = await coll.where({ g: _.in([1, 2]) }).update({ data: { v: _.inc(1) } });
    expect(inc.stats.updated).toBe(4);
    const missing = await coll.doc('missing').update({ data: { v: 1 } });
    expect(missing.stats.updated).toBe(0);
  });

  test('conditional update as a state transition: only one of two racing updates wins', async () => {
    const coll = suite.sdk.db.collection('wishlike');
    await coll.doc('w1').set({ data: { status: 'published' } });
    const [a, b] = await Promise.all([
      coll.where({ _id: 'w1', status: 'published' }).update({ data: { status: 'claimed', by: 'a' } }),
      coll.where({ _id: 'w1', status: 'published' }).update({ data: { status: 'claimed', by: 'b' } }),
    ]);
    expect(a.stats.updated + b.stats.updated).toBe(1);
  });

  test('remove by doc and by where', async () => {
    const coll = suite.sdk.db.collection('removals');
    await coll.add({ data: [{ _id: 'r1', k: 1 }, { _id: 'r2', k: 2 }, { _id: 'r3', k: 2 }] });
    expect((await coll.doc('r1').remove()).stats.removed).toBe(1);
    expect((await coll.where({ k: 2 }).remove()).stats.removed).toBe(2);
    expect((await coll.count()).total).toBe(0);
  });

  test('modifyAndReturnDoc returns the updated document', async () => {
    await suite.sdk.db.collection('things').doc('returned').set({ data: { n: 1 } });
    const res = await postJson(suite.cloud.adminUrl, {
      action: 'database.modifyAndReturnDoc',
      collectionName: 'things',
      queryType: 'WHERE',
      query: JSON.stringify({ _id: 'returned' }),
      data: JSON.stringify({ $inc: { n: { $numberInt: '2' } } }),
    });
    const data = (res.body as { data: { updated: number; doc: string } }).data;
    expect(data.updated).toBe(1);
    expect(JSON.parse(data.doc)).toEqual({ _id: 'returned', n: 3 });
  });
});

describe('paths through null or scalar parents (MongoDB PathNotViable)', () => {
  async function stored(id: string): Promise<Record<string, unknown>> {
    return (await suite.sdk.db.collection('paths').doc(id).get()).data as Record<string, unknown>;
  }

  test('the SDK turns a plain sub-object into dotted paths, which fail through a null parent, naming the field', async () => {
    const ref = suite.sdk.db.collection('paths').doc('null-parent');
    await ref.set({ data: { status: 'published', claim: null } });
    expect(JSON.parse(UpdateSerializer.encodeEJSON({ claim: { volunteerOpenid: 'v1' } }, false))).toEqual({ $set: { 'claim.volunteerOpenid': 'v1' } });
    const error = await rejection(ref.update({ data: { status: 'claimed', claim: { volunteerOpenid: 'v1', claimedAt: new Date() } } }));
    expect(error.errCode).toBe(-502001);
    expect(String(error.errMsg)).toMatch(/Cannot create field '(volunteerOpenid|claimedAt)' in element \{claim: null\}/);
    expect(await stored('null-parent')).toEqual({ _id: 'null-parent', status: 'published', claim: null });
  });

  test('a where-update through a null parent fails too; as in MongoDB, the documents updated before it stay updated', async () => {
    const coll = suite.sdk.db.collection('paths');
    await coll.add({ data: [{ _id: 'wn1', g: 'w', meta: { n: 1 } }, { _id: 'wn2', g: 'w', meta: null }, { _id: 'wn3', g: 'w', meta: { n: 1 } }] });
    const error = await rejection(coll.where({ g: 'w' }).update({ data: { meta: { n: 2 } } }));
    expect(String(error.errMsg)).toContain("Cannot create field 'n' in element {meta: null}");
    expect(await stored('wn1')).toEqual({ _id: 'wn1', g: 'w', meta: { n: 2 } });
    expect(await stored('wn2')).toEqual({ _id: 'wn2', g: 'w', meta: null });
    expect(await stored('wn3')).toEqual({ _id: 'wn3', g: 'w', meta: { n: 1 } });
  });

  test('scalar parents and named fields inside arrays are not viable either', async () => {
    const _ = suite.sdk.db.command;
    const ref = suite.sdk.db.collection('paths').doc('scalars');
    await ref.set({ data: { n: 5, s: 'text', arr: [1, 2], list: [{ k: 1 }] } });
    expect(String((await rejection(ref.update({ data: { 'n.m': 1 } }))).errMsg)).toContain("Cannot create field 'm' in element {n: 5}");
    expect(String((await rejection(ref.update({ data: { s: { t: _.inc(1) } } }))).errMsg)).toContain('Cannot create field \'t\' in element {s: "text"}');
    expect(String((await rejection(ref.update({ data: { 'arr.x': 1 } }))).errMsg)).toContain("Cannot create field 'x' in element {arr: [ 1, 2 ]}");
    expect((await ref.update({ data: { 'list.0.k': 9, 'deep.new.path': 1 } })).stats.updated).toBe(1);
    expect(await stored('scalars')).toEqual({ _id: 'scalars', n: 5, s: 'text', arr: [1, 2], list: [{ k: 9 }], deep: { new: { path: 1 } } });
  });

  test('_.set() sends the whole value as one $set and replaces a null field', async () => {
    const _ = suite.sdk.db.command;
    expect(JSON.parse(UpdateSerializer.encodeEJSON({ claim: _.set({ volunteerOpenid: 'v1' }) }, false))).toEqual({ $set: { claim: { volunteerOpenid: 'v1' } } });
    const ref = suite.sdk.db.collection('paths').doc('set-null');
    await ref.set({ data: { claim: null } });
    expect((await ref.update({ data: { claim: _.set({ volunteerOpenid: 'v1', nested: { at: 1 } }) } })).stats.updated).toBe(1);
    expect(await stored('set-null')).toEqual({ _id: 'set-null', claim: { volunteerOpenid: 'v1', nested: { at: 1 } } });
    expect((await ref.update({ data: { claim: _.set(null) } })).stats.updated).toBe(1);
    expect(await stored('set-null')).toEqual({ _id: 'set-null', claim: null });
  });

  test('removing through a null parent is a no-op, as in MongoDB', async () => {
    const _ = suite.sdk.db.command;
    const ref = suite.sdk.db.collection('paths').doc('unset-null');
    await ref.set({ data: { claim: null } });
    expect((await ref.update({ data: { 'claim.x': _.remove() } })).stats.updated).toBe(0);
  });
});

describe('operators on a field of the wrong type fail as in MongoDB', () => {
  test('array operators on a non-array and arithmetic on a non-number are refused, changing nothing', async () => {
    const _ = suite.sdk.db.command;
    const ref = suite.sdk.db.collection('types').doc('wrong');
    await ref.set({ data: { list: 'not-a-list', n: 'seven', count: 1 } });
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ list: _.push(1), count: 2 }, "The field 'list' must be an array but is of type string in document {_id: \"wrong\"}"],
      [{ list: _.addToSet(1) }, "Cannot apply $addToSet to non-array field. Field named 'list' has non-array type string"],
      [{ list: _.pop() }, "Path 'list' contains an element of non-array type 'string'"],
      [{ list: _.pull(1) }, 'Cannot apply $pull to a non-array value'],
      [{ n: _.inc(1) }, "Cannot apply $inc to a value of non-numeric type. {_id: \"wrong\"} has the field 'n' of non-numeric type string"],
    ];
    for (const [data, message] of cases) {
      const error = await rejection(ref.update({ data }));
      expect(error.errCode).toBe(-502001);
      expect(String(error.errMsg)).toContain(message);
    }
    expect((await ref.get()).data).toEqual({ _id: 'wrong', list: 'not-a-list', n: 'seven', count: 1 });
  });
});

describe('what `updated` counts', () => {
  test('update counts the documents it changed (nModified): an equal value counts 0', async () => {
    const coll = suite.sdk.db.collection('counts');
    await coll.add({ data: [{ _id: 'c1', v: 1 }, { _id: 'c2', v: 1 }] });
    expect((await coll.doc('c1').update({ data: { v: 1 } })).stats.updated).toBe(0);
    expect((await coll.where({ v: 1 }).update({ data: { v: 1 } })).stats.updated).toBe(0);
    expect((await coll.doc('c1').set({ data: { v: 1 } })).stats).toEqual({ updated: 0, created: 0 });
  });

  test('modifyAndReturnDoc (findAndModify) reports the document it matched, even when the value is equal', async () => {
    await suite.sdk.db.collection('counts').doc('fm').set({ data: { v: 1 } });
    const send = (query: string) =>
      postJson(suite.cloud.adminUrl, { action: 'database.modifyAndReturnDoc', collectionName: 'counts', queryType: 'WHERE', query, data: JSON.stringify({ $set: { v: 1 } }) });
    const equal = (await send(JSON.stringify({ _id: 'fm' }))).body as { data: { updated: number; doc: string } };
    expect(equal.data.updated).toBe(1);
    expect(JSON.parse(equal.data.doc)).toEqual({ _id: 'fm', v: 1 });
    const missing = (await send(JSON.stringify({ _id: 'nobody' }))).body as { data: { updated: number; doc: string | null } };
    expect(missing.data).toEqual({ updated: 0, doc: null });
  });
});

describe('update and remove without a query condition', () => {
  test('the SDK sends no query for collection.update/remove and an empty one for where({}); the server refuses both', async () => {
    const coll = suite.sdk.db.collection('unconditional');
    await coll.add({ data: [{ _id: 'k1', v: 1 }, { _id: 'k2', v: 2 }] });
    const attempts = [
      coll.update({ data: { v: 0 } }),
      coll.where({}).update({ data: { v: 0 } }),
      coll.remove(),
      coll.where({}).remove(),
    ];
    for (const attempt of attempts) {
      const error = await rejection(attempt);
      expect(error.errCode).toBe(-501007);
      expect(String(error.errMsg)).toContain("param.query can't be empty");
    }
    expect((await coll.where({ v: suite.sdk.db.command.gt(0) }).count()).total).toBe(2);
    expect((await coll.doc('k1').update({ data: { v: 5 } })).stats.updated).toBe(1);
  });
});

describe('ids and server dates', () => {
  test('generated _id is a 32-character hex string', async () => {
    const res = await suite.sdk.db.collection('ids').add({ data: { a: 1 } });
    expect(res._id).toMatch(/^[0-9a-f]{32}$/);
  });

  test('serverDate is resolved by the server, with offset, on add and update', async () => {
    const { db } = suite.sdk;
    const before = Date.now();
    const res = await db.collection('dates').add({ data: { at: db.serverDate(), later: db.serverDate({ offset: 60_000 }), nested: { at: db.serverDate() } } });
    const doc = (await db.collection('dates').doc(res._id).get()).data as { at: Date; later: Date; nested: { at: Date } };
    const after = Date.now();
    expect(doc.at).toBeInstanceOf(Date);
    expect(doc.at.getTime()).toBeGreaterThanOrEqual(before - 5);
    expect(doc.at.getTime()).toBeLessThanOrEqual(after + 5);
    expect(doc.later.getTime() - doc.at.getTime()).toBe(60_000);
    expect(doc.nested.at).toBeInstanceOf(Date);
    await db.collection('dates').doc(res._id).update({ data: { touched: db.serverDate({ offset: -1000 }) } });
    const touched = ((await db.collection('dates').doc(res._id).get()).data as { touched: Date }).touched;
    expect(touched).toBeInstanceOf(Date);
    expect(Math.abs(touched.getTime() - (Date.now() - 1000))).toBeLessThan(2000);
    const _ = db.command;
    const found = await db.collection('dates').where({ at: _.lte(db.serverDate()) }).count();
    expect(found.total).toBe(1);
  });
});
