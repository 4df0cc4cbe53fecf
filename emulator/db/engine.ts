/** The document database: committed store + journal + transactions, with CloudBase semantics. */
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { dbErrors } from '../admin/errors';
import { Journal, readJournal } from './journal';
import { compileQuery, matches, runFind, runPipeline } from './query';
import type { FindOptions } from './query';
import { DirectSession, Transaction } from './sessions';
import type { Row, Session } from './sessions';
import { Store } from './store';
import type { Doc, DocId } from './types';
import { cloneValue, isPlainObject } from './types';
import { applyUpdate, assertStorable, upsertBase } from './update';
import { generateId } from './values';

export interface DatabaseOptions {
  /** Answer DATABASE_COLLECTION_NOT_EXIST for collections never created, as CloudBase does. */
  strictCollections?: boolean;
  /** Idle transactions are dropped after this many milliseconds. */
  transactionTtlMs?: number;
}

export interface ModifyOptions {
  multi: boolean;
  merge: boolean;
  upsert: boolean;
}

const JOURNAL_FILE = 'db.journal';
/** CloudBase answers at most 20 aggregation results unless the pipeline has a $limit stage. */
export const AGGREGATE_DEFAULT_LIMIT = 20;

function isId(value: unknown): value is DocId {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

/** `{ _id: <scalar> }` queries are answered by key lookup. */
function singleId(query: Doc): DocId | undefined {
  const keys = Object.keys(query);
  if (keys.length === 1 && keys[0] === '_id' && isId(query._id)) return query._id;
  return undefined;
}

export class Database {
  private readonly transactions = new Map<string, Transaction>();
  private readonly sweeper: NodeJS.Timeout;

  private constructor(
    private readonly store: Store,
    private readonly journal: Journal,
    private readonly options: DatabaseOptions,
    readonly fresh: boolean,
  ) {
    const ttl = options.transactionTtlMs ?? 60_000;
    this.sweeper = setInterval(() => this.sweep(ttl), Math.min(ttl, 10_000));
    this.sweeper.unref();
  }

  static async open(dataDir: string, options: DatabaseOptions = {}): Promise<Database> {
    const file = path.join(dataDir, JOURNAL_FILE);
    const replay = await readJournal(file);
    const store = new Store();
    for (const batch of replay.batches) store.apply(batch);
    const journal = await Journal.create(file, store.snapshot());
    return new Database(store, journal, options, replay.fresh);
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    await this.journal.close();
  }

  // ---- sessions -------------------------------------------------------------------------------

  private session(transactionId?: string): Session {
    if (!transactionId) return new DirectSession(this.store);
    const txn = this.transactions.get(transactionId);
    if (!txn) throw dbErrors.transactionNotExist();
    txn.lastUsed = Date.now();
    return txn;
  }

  private async finish(session: Session): Promise<void> {
    if (!(session instanceof DirectSession) || session.ops.length === 0) return;
    this.store.apply(session.ops);
    await this.journal.append(session.ops);
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
      if (!row) session.noteAbsent(coll, id);
      return row ? [row] : [];
    }
    const compiled = compileQuery(query);
    return session.rows(coll).filter((row) => matches(compiled, row.doc));
  }

  // ---- reads ----------------------------------------------------------------------------------

  find(coll: string, query: Doc, options: FindOptions, transactionId?: string): Doc[] {
    const session = this.session(transactionId);
    this.checkCollection(session, coll);
    const rows = this.matching(session, coll, query);
    session.noteRead(coll, rows);
    return runFind(rows.map((row) => row.doc), options).map((doc) => cloneValue(doc));
  }

  count(coll: string, query: Doc, transactionId?: string): number {
    const session = this.session(transactionId);
    this.checkCollection(session, coll);
    const rows = this.matching(session, coll, query);
    session.noteRead(coll, rows);
    return rows.length;
  }

  aggregate(coll: string, pipeline: Doc[]): Doc[] {
    const session = this.session();
    this.checkCollection(session, coll);
    const resolve = (name: string): Doc[] => session.rows(name).map((row) => row.doc);
    const hasLimit = pipeline.some((stage) => isPlainObject(stage) && '$limit' in stage);
    const limited = hasLimit ? pipeline : [...pipeline, { $limit: AGGREGATE_DEFAULT_LIMIT }];
    return runPipeline(resolve(coll), limited, resolve).map((doc) => cloneValue(doc));
  }

  // ---- writes ---------------------------------------------------------------------------------

  async insert(coll: string, docs: Doc[], transactionId?: string): Promise<DocId[]> {
    const session = this.session(transactionId);
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
      session.noteAbsent(coll, id);
      seen.add(mark);
      prepared.push({ id, doc: { ...cloneValue(input), _id: id } });
      ids.push(id);
    }
    for (const item of prepared) session.put(coll, item.id, item.doc);
    await this.finish(session);
    return ids;
  }

  async modify(
    coll: string,
    query: Doc,
    data: Doc,
    options: ModifyOptions,
    transactionId?: string,
  ): Promise<{ updated: number; upsertedId?: DocId; docs: Doc[] }> {
    const session = this.session(transactionId);
    this.checkCollection(session, coll);
    let rows = this.matching(session, coll, query);
    if (!options.multi) rows = rows.slice(0, 1);
    session.noteRead(coll, rows);
    let updated = 0;
    const docs: Doc[] = [];
    for (const row of rows) {
      const outcome = applyUpdate(row.doc, data, options.merge);
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
    await this.finish(session);
    return { updated, upsertedId, docs: docs.map((doc) => cloneValue(doc)) };
  }

  async remove(coll: string, query: Doc, multi: boolean, transactionId?: string): Promise<number> {
    const session = this.session(transactionId);
    this.checkCollection(session, coll);
    let rows = this.matching(session, coll, query);
    if (!multi) rows = rows.slice(0, 1);
    session.noteRead(coll, rows);
    for (const row of rows) session.del(coll, row.id);
    await this.finish(session);
    return rows.length;
  }

  async createCollection(coll: string): Promise<void> {
    if (!coll) throw dbErrors.invalidParam('collectionName is required');
    if (this.store.hasCollection(coll)) throw dbErrors.collectionExists(coll);
    const ops = [{ t: 'coll' as const, c: coll }];
    this.store.apply(ops);
    await this.journal.append(ops);
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
    this.transactions.set(id, new Transaction(id, this.store));
    return id;
  }

  async commitTransaction(transactionId: string): Promise<void> {
    const txn = this.transactions.get(transactionId);
    if (!txn) throw dbErrors.transactionNotExist();
    this.transactions.delete(transactionId);
    const ops = txn.prepareCommit();
    if (ops.length === 0) return;
    this.store.apply(ops);
    await this.journal.append(ops);
  }

  abortTransaction(transactionId: string): void {
    if (!this.transactions.delete(transactionId)) throw dbErrors.transactionNotExist();
  }

  private sweep(ttl: number): void {
    const cutoff = Date.now() - ttl;
    for (const [id, txn] of this.transactions) {
      if (txn.lastUsed < cutoff) this.transactions.delete(id);
    }
  }
}
