/**
 * A session is the view one request works on. A direct session reads committed state and commits its
 * writes atomically at the end. A transaction reads the snapshot of the moment it began overlaid with
 * its own writes, locks every document it writes, and buffers its writes until commit.
 */
import { dbErrors } from '../admin/errors';
import type { DocumentLocks } from './locks';
import type { Store, WriteOp } from './store';
import { docMark, idKey } from './store';
import type { Doc, DocId } from './types';

export interface Row {
  key: string;
  id: DocId;
  doc: Doc;
}

export interface Session {
  collectionExists(coll: string): boolean;
  rows(coll: string): Row[];
  row(coll: string, id: DocId): Row | undefined;
  put(coll: string, id: DocId, doc: Doc): void;
  del(coll: string, id: DocId): void;
}

export class DirectSession implements Session {
  readonly ops: WriteOp[] = [];
  /**
   * An error met after some documents of a multi-document write were already written: like MongoDB,
   * those writes stay and the request still fails.
   */
  failure: unknown;

  constructor(private readonly store: Store) {}

  collectionExists(coll: string): boolean {
    return this.store.hasCollection(coll) || this.ops.some((op) => op.c === coll);
  }

  rows(coll: string): Row[] {
    return [...this.store.entries(coll).values()].map((entry) => ({ key: idKey(entry.id), id: entry.id, doc: entry.doc }));
  }

  row(coll: string, id: DocId): Row | undefined {
    const entry = this.store.get(coll, id);
    return entry ? { key: idKey(id), id, doc: entry.doc } : undefined;
  }

  put(coll: string, id: DocId, doc: Doc): void {
    if (!this.collectionExists(coll)) this.ops.push({ t: 'coll', c: coll });
    this.ops.push({ t: 'put', c: coll, id, doc });
  }

  del(coll: string, id: DocId): void {
    this.ops.push({ t: 'del', c: coll, id });
  }

  /** The documents this session is about to write. */
  written(): Array<{ coll: string; id: DocId }> {
    const out: Array<{ coll: string; id: DocId }> = [];
    for (const op of this.ops) if (op.t !== 'coll') out.push({ coll: op.c, id: op.id });
    return out;
  }
}

interface BufferedWrite {
  id: DocId;
  doc: Doc | null;
}

export class Transaction implements Session {
  private readonly writes = new Map<string, Map<string, BufferedWrite>>();
  /** Marks of the documents this transaction has locked. */
  readonly locked = new Set<string>();
  readonly snapshot: number;
  expiry: NodeJS.Timeout | undefined;

  constructor(
    readonly id: string,
    private readonly store: Store,
    private readonly locks: DocumentLocks,
  ) {
    this.snapshot = store.openSnapshot();
  }

  collectionExists(coll: string): boolean {
    return this.store.hasCollection(coll) || this.writes.has(coll);
  }

  rows(): Row[] {
    throw dbErrors.notInTransaction('a query on several documents');
  }

  row(coll: string, id: DocId): Row | undefined {
    const key = idKey(id);
    const written = this.writes.get(coll)?.get(key);
    if (written !== undefined) return written.doc ? { key, id, doc: written.doc } : undefined;
    const entry = this.store.getAt(coll, id, this.snapshot);
    return entry ? { key, id, doc: entry.doc } : undefined;
  }

  put(coll: string, id: DocId, doc: Doc): void {
    this.write(coll, id, doc);
  }

  del(coll: string, id: DocId): void {
    this.write(coll, id, null);
  }

  /**
   * Locks the document for this transaction. Fails at once when another transaction holds the lock, or
   * when the document was changed by a commit after this transaction's snapshot (its write would
   * silently undo that change).
   */
  private claim(coll: string, id: DocId): void {
    const mark = docMark(coll, id);
    if (this.locked.has(mark)) return;
    if (this.store.changedSince(coll, id, this.snapshot)) throw dbErrors.transactionConflict();
    if (!this.locks.acquire(mark, this.id)) throw dbErrors.transactionConflict();
    this.locked.add(mark);
  }

  private write(coll: string, id: DocId, doc: Doc | null): void {
    this.claim(coll, id);
    let own = this.writes.get(coll);
    if (!own) {
      own = new Map<string, BufferedWrite>();
      this.writes.set(coll, own);
    }
    own.set(idKey(id), { id, doc });
  }

  /** The writes to apply on commit. Every written document is locked, so commit cannot conflict. */
  commitOps(): WriteOp[] {
    const ops: WriteOp[] = [];
    for (const [coll, own] of this.writes) {
      if (!this.store.hasCollection(coll)) ops.push({ t: 'coll', c: coll });
      for (const written of own.values()) {
        if (written.doc) ops.push({ t: 'put', c: coll, id: written.id, doc: written.doc });
        else if (this.store.get(coll, written.id)) ops.push({ t: 'del', c: coll, id: written.id });
      }
    }
    return ops;
  }
}
