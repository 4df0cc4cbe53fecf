/** `database.*` actions of the admin protocol, mapped onto the Database engine. */
import { dbErrors } from './errors';
import type { Params } from './params';
import { bool, ejsonObject, ejsonObjectList, optInt, optStr, str } from './params';
import type { Database } from '../db/engine';
import { parseEjson, stringifyEjson } from '../db/ejson';
import type { Doc } from '../db/types';
import { isPlainObject, setField } from '../db/types';
import { resolveServerDates } from '../db/values';

export type JsonReply = Record<string, unknown>;
type Handler = (db: Database, params: Params, now: Date) => Promise<JsonReply> | JsonReply;

/** Server default when the request has no limit, and the largest limit the server accepts. */
export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

function readOrder(params: Params, now: Date): Record<string, 1 | -1> | undefined {
  const order = ejsonObject(params, 'order', now);
  if (!order) return undefined;
  const out: Record<string, 1 | -1> = {};
  for (const [field, direction] of Object.entries(order)) {
    if (direction !== 1 && direction !== -1) throw dbErrors.invalidParam(`order direction of ${field} must be 1 or -1`);
    setField(out, field, direction);
  }
  return out;
}

function readPaging(params: Params): { offset: number; limit: number } {
  const offset = optInt(params, 'offset') ?? 0;
  const limit = optInt(params, 'limit') ?? DEFAULT_LIMIT;
  if (offset < 0) throw dbErrors.invalidParam('offset must be a non-negative integer');
  if (limit < 0 || limit > MAX_LIMIT) {
    throw dbErrors.invalidParam(`limit must be an integer between 0 and ${MAX_LIMIT}, got ${limit}`);
  }
  return { offset, limit };
}

function readStages(params: Params, now: Date): Doc[] {
  const raw = params.stages;
  if (!Array.isArray(raw)) throw dbErrors.invalidParam('stages must be an array');
  return raw.map((stage: unknown) => {
    if (!isPlainObject(stage) || typeof stage.stageKey !== 'string') throw dbErrors.invalidParam('invalid aggregate stage');
    let value: unknown;
    try {
      value = typeof stage.stageValue === 'string' ? parseEjson(stage.stageValue) : stage.stageValue;
    } catch (error) {
      throw dbErrors.invalidParam(`invalid value for stage ${stage.stageKey}: ${(error as Error).message}`);
    }
    return { [stage.stageKey]: resolveServerDates(value, now) };
  });
}

/**
 * The query of an update or remove. CloudBase refuses one without a condition ("param.query can't be
 * empty"); the SDK sends none for `collection.update()` / `collection.remove()` and `where({})`.
 */
function writeQuery(params: Params, now: Date): Doc {
  const query = ejsonObject(params, 'query', now);
  if (!query || Object.keys(query).length === 0) throw dbErrors.emptyQuery();
  return query;
}

/**
 * Inside a transaction only single-document requests are allowed. The SDK sends `where()` reads and
 * `updateAndReturn` with the transaction id (queryType WHERE); count, aggregate and multi-document
 * update/remove it sends without one, so those run as plain requests and cannot be told apart here.
 */
function transactionOf(params: Params, operation: string): string | undefined {
  const transactionId = optStr(params, 'transactionId');
  if (transactionId !== undefined && params.queryType !== 'DOC') throw dbErrors.notInTransaction(operation);
  return transactionId;
}

function refuseTransaction(params: Params, operation: string): void {
  if (optStr(params, 'transactionId') !== undefined) throw dbErrors.notInTransaction(operation);
}

const getDocument: Handler = (db, params, now) => {
  const query = ejsonObject(params, 'query', now) ?? {};
  const transactionId = transactionOf(params, 'a where query');
  const isDoc = params.queryType === 'DOC';
  const paging = isDoc ? { offset: 0, limit: 1 } : readPaging(params);
  const docs = db.find(
    str(params, 'collectionName'),
    query,
    { ...paging, order: isDoc ? undefined : readOrder(params, now), projection: ejsonObject(params, 'projection', now) },
    transactionId,
  );
  return { data: { list: docs.map((doc) => stringifyEjson(doc)), offset: paging.offset, limit: paging.limit } };
};

const calculateDocument: Handler = (db, params, now) => {
  refuseTransaction(params, 'count');
  return { data: { total: db.count(str(params, 'collectionName'), ejsonObject(params, 'query', now) ?? {}) } };
};

const insertDocument: Handler = async (db, params, now) => {
  const docs = ejsonObjectList(params, 'data', now);
  const ids = await db.insert(str(params, 'collectionName'), docs, optStr(params, 'transactionId'));
  return { data: { insertedIds: ids } };
};

const modifyDocument: Handler = async (db, params, now) => {
  const data = ejsonObject(params, 'data', now);
  if (!data) throw dbErrors.invalidParam('data is required');
  const isDoc = params.queryType === 'DOC';
  const transactionId = transactionOf(params, 'a multi-document update');
  const result = await db.modify(
    str(params, 'collectionName'),
    writeQuery(params, now),
    data,
    { multi: isDoc ? false : bool(params, 'multi', false), merge: bool(params, 'merge', true), upsert: bool(params, 'upsert', false) },
    transactionId,
  );
  return { data: { updated: result.updated, upsert_id: result.upsertedId ?? null } };
};

const modifyAndReturnDoc: Handler = async (db, params, now) => {
  const data = ejsonObject(params, 'data', now);
  if (!data) throw dbErrors.invalidParam('data is required');
  const transactionId = transactionOf(params, 'updateAndReturn');
  const result = await db.modify(
    str(params, 'collectionName'),
    writeQuery(params, now),
    data,
    { multi: false, merge: true, upsert: false },
    transactionId,
  );
  const doc = result.docs[0];
  // findAndModify reports the document it found, whether or not the update changed it.
  return { data: { updated: result.matched, doc: doc ? stringifyEjson(doc) : null } };
};

const removeDocument: Handler = async (db, params, now) => {
  const isDoc = params.queryType === 'DOC';
  const transactionId = transactionOf(params, 'a multi-document remove');
  const deleted = await db.remove(
    str(params, 'collectionName'),
    writeQuery(params, now),
    isDoc ? false : bool(params, 'multi', false),
    transactionId,
  );
  return { data: { deleted } };
};

const aggregateDocuments: Handler = (db, params, now) => {
  refuseTransaction(params, 'aggregate');
  const list = db.aggregate(str(params, 'collectionName'), readStages(params, now));
  return { data: { list: list.map((doc) => stringifyEjson(doc)) } };
};

const addCollection: Handler = async (db, params) => {
  await db.createCollection(str(params, 'collectionName'));
  return {};
};

const startTransaction: Handler = (db) => ({ transactionId: db.startTransaction() });

const commitTransaction: Handler = async (db, params) => {
  await db.commitTransaction(str(params, 'transactionId'));
  return {};
};

const abortTransaction: Handler = (db, params) => {
  db.abortTransaction(str(params, 'transactionId'));
  return {};
};

// The older document-level transaction API (`transaction.get/set/update/delete`).
const getInTransaction: Handler = (db, params) => {
  const id = params._id;
  const docs = db.find(str(params, 'collectionName'), { _id: id }, { limit: 1 }, str(params, 'transactionId'));
  return { data: stringifyEjson(docs[0] ?? null) };
};

const updateDocInTransaction: Handler = async (db, params, now) => {
  const data = ejsonObject(params, 'data', now);
  if (!data) throw dbErrors.invalidParam('data is required');
  const upsert = bool(params, 'upsert', false);
  const result = await db.modify(
    str(params, 'collectionName'),
    { _id: params._id },
    data,
    { multi: false, merge: !upsert, upsert },
    str(params, 'transactionId'),
  );
  return {
    updated: String(result.updated),
    upserted: result.upsertedId === undefined ? null : JSON.stringify([{ _id: result.upsertedId }]),
  };
};

const deleteDocInTransaction: Handler = async (db, params) => {
  const deleted = await db.remove(str(params, 'collectionName'), { _id: params._id }, false, str(params, 'transactionId'));
  return { deleted: String(deleted) };
};

export const databaseActions: Record<string, Handler> = {
  'database.getDocument': getDocument,
  'database.calculateDocument': calculateDocument,
  'database.insertDocument': insertDocument,
  'database.modifyDocument': modifyDocument,
  'database.modifyAndReturnDoc': modifyAndReturnDoc,
  'database.removeDocument': removeDocument,
  'database.aggregateDocuments': aggregateDocuments,
  'database.addCollection': addCollection,
  'database.startTransaction': startTransaction,
  'database.commitTransaction': commitTransaction,
  'database.abortTransaction': abortTransaction,
  'database.getInTransaction': getInTransaction,
  'database.updateDocInTransaction': updateDocInTransaction,
  'database.deleteDocInTransaction': deleteDocInTransaction,
};
