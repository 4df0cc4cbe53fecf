/**
 * A session is the view one request works on. A direct session reads committed state and commits its
 * writes atomically at the end; a transaction session reads committed state overlaid with the
 * transaction's own writes and buffers its writes until commit (optimistic, first committer wins).
 */
import { dbErrors } from '../admin/errors';
import type { Store, WriteOp } from './store';
import { idKey } from './store';
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
  /** Marks documents whose content this session's outcome depends on. */
  noteRead(coll: string, rows: Row[]): void;
  /** Marks a document the session looked for and did not find. */
  noteAbsent(coll: string, id: DocId): void;
  put(coll: string, id: DocId, doc: Doc): void;
  del(coll: string, id: DocId): void;
}

export class DirectSession implements Session {
  readonly ops: WriteOp[] = [];

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

  noteRead(): void {
    // Direct sessions run synchronously against committed state: nothing to validate.
  }

  noteAbsent(): void {
    // As above.
  }

  put(coll: string, id: DocId, doc: Doc): void {
    if (!this.collectionExists(coll)) this.ops.push({ t: 'coll', c: coll });
    this.ops.push({ t: 'put', c: coll, id, doc });
  }

  del(coll: string, id: DocId): void {
    this.ops.push({ t: 'del', c: coll, id });
  }
}

interface BufferedWrite {
  id: DocId;
  doc: Doc | null;
}

export class Transaction implements Session {
  private readonly writes = new Map<string, Map<string, BufferedWrite>>();
  private readonly baseVersions = new Map<string, { coll: string; key: string; version: number }>();
  lastUsed = Date.now();

  constructor(
    readonly id: string,
    private readonly store: Store,
  ) {}

  private remember(coll: string, key: string): void {
    const mark = `${coll}\u0000${key}`;
    if (!this.baseVersions.has(mark)) {
      this.baseVersions.set(mark, { coll, key, version: this.store.versionOf(coll, key) });
    }
  }

  collectionExists(coll: string): boolean {
    return this.store.hasCollection(coll) || this.writes.has(coll);
  }

  rows(coll: string): Row[] {
    const own = this.writes.get(coll);
    const out: Row[] = [];
    for (const [key, entry] of this.store.entries(coll)) {
      const written = own?.get(key);
      if (written === undefined) out.push({ key, id: entry.id, doc: entry.doc });
      else if (written.doc) out.push({ key, id: written.id, doc: written.doc });
    }
    if (own) {
      for (const [key, written] of own) {
        if (written.doc && !this.store.entries(coll).has(key)) out.push({ key, id: written.id, doc: written.doc });
      }
    }
    return out;
  }

  row(coll: string, id: DocId): Row | undefined {
    const key = idKey(id);
    const written = this.writes.get(coll)?.get(key);
    if (written !== undefined) return written.doc ? { key, id, doc: written.doc } : undefined;
    const entry = this.store.get(coll, id);
    return entry ? { key, id, doc: entry.doc } : undefined;
  }

  noteRead(coll: string, rows: Row[]): void {
    for (const row of rows) this.remember(coll, row.key);
  }

  /** Records that the session looked for a document that was absent. */
  noteAbsent(coll: string, id: DocId): void {
    this.remember(coll, idKey(id));
  }

  put(coll: string, id: DocId, doc: Doc): void {
    this.write(coll, id, doc);
  }

  del(coll: string, id: DocId): void {
    this.write(coll, id, null);
  }

  private write(coll: string, id: DocId, doc: Doc | null): void {
    const key = idKey(id);
    this.remember(coll, key);
    let own = this.writes.get(coll);
    if (!own) {
      own = new Map<string, BufferedWrite>();
      this.writes.set(coll, own);
    }
    own.set(key, { id, doc });
  }

  /** Validates against committed state and returns the writes to apply; throws on conflict. */
  prepareCommit(): WriteOp[] {
    for (const { coll, key, version } of this.baseVersions.values()) {
      if (this.store.versionOf(coll, key) !== version) throw dbErrors.transactionConflict();
    }
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
