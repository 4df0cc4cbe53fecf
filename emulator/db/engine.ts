/** The document database: committed store + journal + transactions, with CloudBase semantics. */
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { dbErrors, TcbError } from '../admin/errors';
import { Journal, readJournal } from './journal';
import { compileQuery, matches, runFind, runPipeline } from './query';
import type { FindOptions } from './query';
import { DocumentLocks } from './locks';
import { DirectSession, Transaction } from './sessions';
import type { Row, Session } from './sessions';
import { docMark, Store } from './store';
import type { Doc, DocId } from './types';
import { cloneValue, isPlainObject } from './types';
import { containsNear } from './operators/geo-query';
import { applyUpdate, assertStorable, upsertBase } from './update';
import { generateId } from './values';

export interface DatabaseOptions {
  /** Answer DATABASE_COLLECTION_NOT_EXIST for collections never created, as CloudBase does. */
  strictCollections?: boolean;
  /** A transaction neither committed nor rolled back this long after it began is rolled back (CloudBase: 30 s). */
  transactionLimitMs?: number;
  /** How long a plain write waits for a transaction's document lock before it fails. */
  lockWaitMs?: number;
}

export interface ModifyOptions {
  multi: boolean;
  merge: boolean;
  upsert: boolean;
}

export interface ModifyResult {
  /** Documents whose content changed (MongoDB's nModified). */
  updated: number;
  /** Documents the query selected (MongoDB's n / matchedCount). */
  matched: number;
  upsertedId?: DocId;
  docs: Doc[];
}

const JOURNAL_FILE = 'db.journal';
/** CloudBase answers at most 20 aggregation results unless the pipeline has a $limit stage. */
export const AGGREGATE_DEFAULT_LIMIT = 20;
export const TRANSACTION_LIMIT_MS = 30_000;
export const LOCK_WAIT_MS = 5_000;
/** How long the server remembers a transaction it ended itself (conflict or expiry), so a rollback of it succeeds. */
const ENDED_MEMORY_MS = 10 * 60_000;

function isId(value: unknown): value is DocId {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

/** `{ _id: <scalar> }` queries are answered by key lookup. */
function singleId(query: Doc): DocId | undefined {
  const keys = Object.keys(query);
  if (keys.length === 1 && keys[0] === '_id' && isId(query._id)) return query._id;
  return undefined;
}

function isConflict(error: unknown): boolean {
  return error instanceof TcbError && error.code === 'DATABASE_TRANSACTION_CONFLICT';
}

export class Database {
  private readonly transactions = new Map<string, Transaction>();
  /** Transactions the server ended itself, by id, with the time they ended. */
  private readonly ended = new Map<string, number>();
  private readonly locks = new DocumentLocks();

  private constructor(
    private readonly store: Store,
    private readonly journal: Journal,
    private readonly options: DatabaseOptions,
    readonly fresh: boolean,
  ) {}

  static async open(dataDir: string, options: DatabaseOptions = {}): Promise<Database> {
    const file = path.join(dataDir, JOURNAL_FILE);
    const replay = await readJournal(file);
    const store = new Store();
    for (const batch of replay.batches) store.apply(batch);
    const journal = await Journal.create(file, store.snapshot());
    return new Database(store, journal, options, replay.fresh);
  }

  async close(): Promise<void> {
    for (const txn of [...this.transactions.values()]) this.endTransaction(txn, false);
    await this.journal.close();
  }

  // ---- sessions -------------------------------------------------------------------------------

  private transaction(transactionId: string): Transaction {
    const txn = this.transactions.get(transactionId);
    if (!txn) throw dbErrors.transactionNotExist();
    return txn;
  }

  /**
   * Runs one plain (non-transactional) request. When it would write a document a transaction has
   * locked, it waits for the lock (without blocking the event loop) and runs again on the new state;
   * after `lockWaitMs` it fails.
   */
  private async direct<T>(work: (session: DirectSession) => T): Promise<T> {
    const limit = this.options.lockWaitMs ?? LOCK_WAIT_MS;
    const started = Date.now();
    for (;;) {
      const session = new DirectSession(this.store);
      const result = work(session);
      const blocked = session.written().find((doc) => this.locks.ownerOf(docMark(doc.coll, doc.id)) !== undefined);
      if (!blocked) {
        if (session.ops.length > 0) {
          this.store.apply(session.ops);
          await this.journal.append(session.ops);
        }
        if (session.failure !== undefined) throw session.failure;
        return result;
      }
      const remaining = limit - (Date.now() - started);
      const freed = remaining > 0 && (await this.locks.waitFor(docMark(blocked.coll, blocked.id), remaining));
      if (!freed) throw dbErrors.lockWaitTimeout(blocked.coll, blocked.id, limit);
    }
  }

  /** Runs one request inside a transaction; a write conflict ends the transaction, as on CloudBase. */
  private inTransaction<T>(transactionId: string, work: (txn: Transaction) => T): T {
    const txn = this.transaction(transactionId);
    try {
      return work(txn);
    } catch (error) {
      if (isConflict(error)) this.endTransaction(txn, true);
      throw error;
    }
  }

  /** Either the plain path or the transaction path, for requests that may carry a transaction id. */
  private run<T>(transactionId: string | undefined, work: (session: Session) => T): Promise<T> {
    if (transactionId === undefined) return this.direct(work);
    return Promise.resolve(this.inTransaction(transactionId, work));
  }

  /** Missing collections read as empty and are created by the first write, unless strict. */
  private checkCollection(session: Session, coll: string): void {
    if (!coll) throw dbErrors.invalidParam('collectionName is required');
    if (this.options.strictCollections && !session.collectionExists(coll)) throw dbErrors.collectionNotExist();
  }

  private matching(session: Session, coll: string, query: Doc): Row[] {
    const id = singleId(query);
    if (id !== undefined) {
      const row = session.row(coll, id);
      return row ? [row] : [];
    }
    if (session instanceof Transaction) throw dbErrors.notInTransaction('a where query');
    const compiled = compileQuery(query);
    // An `_id` equality among other conditions: one document to test, as the `_id` index serves it.
    if (isId(query._id)) {
      const row = session.row(coll, query._id);
      return row && matches(compiled, row.doc) ? [row] : [];
    }
    return session.rows(coll).filter((row) => matches(compiled, row.doc));
  }

  // ---- reads ----------------------------------------------------------------------------------

  find(coll: string, query: Doc, options: FindOptions, transactionId?: string): Doc[] {
    const read = (session: Session): Doc[] => {
      this.checkCollection(session, coll);
      const rows = this.matching(session, coll, query);
      return runFind(rows.map((row) => row.doc), options, query).map((doc) => cloneValue(doc));
    };
    return transactionId === undefined ? read(new DirectSession(this.store)) : this.inTransaction(transactionId, read);
  }

  count(coll: string, query: Doc): number {
    // MongoDB's count cannot order by distance, so it refuses near conditions outright.
    if (containsNear(query)) throw dbErrors.badQuery('$geoNear, $near, and $nearSphere are not allowed in this context');
    const session = new DirectSession(this.store);
    this.checkCollection(session, coll);
    return this.matching(session, coll, query).length;
  }

  aggregate(coll: string, pipeline: Doc[]): Doc[] {
    const session = new DirectSession(this.store);
    this.checkCollection(session, coll);
    const resolve = (name: string): Doc[] => session.rows(name).map((row) => row.doc);
    const hasLimit = pipeline.some((stage) => isPlainObject(stage) && '$limit' in stage);
    const limited = hasLimit ? pipeline : [...pipeline, { $limit: AGGREGATE_DEFAULT_LIMIT }];
    return runPipeline(resolve(coll), limited, resolve).map((doc) => cloneValue(doc));
  }

  // ---- writes ---------------------------------------------------------------------------------

  insert(coll: string, docs: Doc[], transactionId?: string): Promise<DocId[]> {
    return this.run(transactionId, (session) => {
      this.checkCollection(session, coll);
      const ids: DocId[] = [];
      const seen = new Set<string>();
      const prepared: Array<{ id: DocId; doc: Doc }> = [];
      for (const input of docs) {
        if (!isPlainObject(input)) throw dbErrors.invalidParam('document must be an object');
        assertStorable(input);
        const id = input._id === undefined ? generateId() : input._id;
        if (!isId(id)) throw dbErrors.invalidParam('_id must be a string or a number');
        const mark = `${typeof id}:${id}`;
        if (seen.has(mark) || session.row(coll, id)) throw dbErrors.duplicateId(coll, id);
        seen.add(mark);
        prepared.push({ id, doc: { ...cloneValue(input), _id: id } });
        ids.push(id);
      }
      for (const item of prepared) session.put(coll, item.id, item.doc);
      return ids;
    });
  }

  modify(coll: string, query: Doc, data: Doc, options: ModifyOptions, transactionId?: string): Promise<ModifyResult> {
    return this.run(transactionId, (session) => {
      this.checkCollection(session, coll);
      let rows = this.matching(session, coll, query);
      if (!options.multi) rows = rows.slice(0, 1);
      let updated = 0;
      const docs: Doc[] = [];
      for (const row of rows) {
        let outcome: ReturnType<typeof applyUpdate>;
        try {
          outcome = applyUpdate(row.doc, data, options.merge, query);
        } catch (error) {
          // A multi-document update is not atomic: the documents already updated stay updated.
          if (!(session instanceof DirectSession) || updated === 0) throw error;
          session.failure = error;
          break;
        }
        docs.push(outcome.doc);
        if (outcome.changed) {
          session.put(coll, row.id, outcome.doc);
          updated += 1;
        }
      }
      let upsertedId: DocId | undefined;
      if (rows.length === 0 && options.upsert) {
        const id = isId(query._id) ? query._id : generateId();
        const outcome = applyUpdate(upsertBase(query, id), data, options.merge);
        session.put(coll, id, outcome.doc);
        docs.push(outcome.doc);
        upsertedId = id;
      }
      return { updated, matched: rows.length, upsertedId, docs: docs.map((doc) => cloneValue(doc)) };
    });
  }

  remove(coll: string, query: Doc, multi: boolean, transactionId?: string): Promise<number> {
    return this.run(transactionId, (session) => {
      this.checkCollection(session, coll);
      let rows = this.matching(session, coll, query);
      if (!multi) rows = rows.slice(0, 1);
      for (const row of rows) session.del(coll, row.id);
      return rows.length;
    });
  }

  async createCollection(coll: string): Promise<void> {
    if (!coll) throw dbErrors.invalidParam('collectionName is required');
    if (this.store.hasCollection(coll)) throw dbErrors.collectionExists(coll);
    const ops = [{ t: 'coll' as const, c: coll }];
    this.store.apply(ops);
    await this.journal.append(ops);
  }

  /** Creates those of `names` that do not exist yet (a later deployment adds its new collections). */
  async ensureCollections(names: readonly string[]): Promise<void> {
    for (const name of names) if (!this.store.hasCollection(name)) await this.createCollection(name);
  }

  /** Inserts seed documents through the journal (used for a fresh data dir). */
  async seed(data: Record<string, Array<Record<string, unknown>>>): Promise<void> {
    for (const [coll, docs] of Object.entries(data)) {
      if (!this.store.hasCollection(coll)) await this.createCollection(coll);
      if (docs.length > 0) await this.insert(coll, docs);
    }
  }

  // ---- transactions ---------------------------------------------------------------------------

  startTransaction(): string {
    const id = `${Date.now().toString(16)}${randomBytes(12).toString('hex')}`;
    const txn = new Transaction(id, this.store, this.locks);
    txn.expiry = setTimeout(() => this.endTransaction(txn, true), this.options.transactionLimitMs ?? TRANSACTION_LIMIT_MS);
    txn.expiry.unref();
    this.transactions.set(id, txn);
    return id;
  }

  async commitTransaction(transactionId: string): Promise<void> {
    const txn = this.transaction(transactionId);
    const ops = txn.commitOps();
    this.store.apply(ops);
    this.endTransaction(txn, false);
    if (ops.length > 0) await this.journal.append(ops);
  }

  /** Rolls back an open transaction; rolling back one the server already ended is a no-op. */
  abortTransaction(transactionId: string): void {
    const txn = this.transactions.get(transactionId);
    if (txn) {
      this.endTransaction(txn, false);
      return;
    }
    if (!this.ended.delete(transactionId)) throw dbErrors.transactionNotExist();
  }

  /** Drops the transaction's writes (unless already applied), releases its locks and its snapshot. */
  private endTransaction(txn: Transaction, byServer: boolean): void {
    if (this.transactions.get(txn.id) !== txn) return;
    this.transactions.delete(txn.id);
    clearTimeout(txn.expiry);
    this.locks.release(txn.locked, txn.id);
    this.store.releaseSnapshot(txn.snapshot);
    const now = Date.now();
    for (const [id, at] of this.ended) if (now - at > ENDED_MEMORY_MS) this.ended.delete(id);
    if (byServer) this.ended.set(txn.id, now);
  }
}
