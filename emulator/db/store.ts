/**
 * In-memory committed state: collections of documents. Every put or delete advances a global version;
 * while a transaction holds a snapshot, the store keeps what each changed document looked like before,
 * so the transaction keeps reading the state of the moment it began.
 */
import type { Doc, DocId } from './types';

export type WriteOp =
  | { t: 'put'; c: string; id: DocId; doc: Doc }
  | { t: 'del'; c: string; id: DocId }
  | { t: 'coll'; c: string };

export interface Entry {
  id: DocId;
  doc: Doc;
  version: number;
}

/** One change of one document: its state before the change, and the version the change made. */
interface Change {
  version: number;
  before: Entry | undefined;
}

/** Map key that keeps the string "1" and the number 1 apart, as MongoDB does. */
export function idKey(id: DocId): string {
  return typeof id === 'number' ? `n:${id}` : `s:${id}`;
}

/** One key for a document across collections (locks, history). */
export function docMark(coll: string, id: DocId): string {
  return `${coll}\u0000${idKey(id)}`;
}

export class Store {
  private readonly collections = new Map<string, Map<string, Entry>>();
  private version = 0;
  /** Open snapshots: version -> how many transactions read at it. */
  private readonly snapshots = new Map<number, number>();
  /** Changes made while a snapshot was open, oldest first, by document mark. */
  private readonly history = new Map<string, Change[]>();

  hasCollection(name: string): boolean {
    return this.collections.has(name);
  }

  collectionNames(): string[] {
    return [...this.collections.keys()];
  }

  entries(name: string): Map<string, Entry> {
    return this.collections.get(name) ?? new Map<string, Entry>();
  }

  get(name: string, id: DocId): Entry | undefined {
    return this.collections.get(name)?.get(idKey(id));
  }

  /** Opens a snapshot of the current state; it must be released with `releaseSnapshot`. */
  openSnapshot(): number {
    this.snapshots.set(this.version, (this.snapshots.get(this.version) ?? 0) + 1);
    return this.version;
  }

  releaseSnapshot(snapshot: number): void {
    const count = this.snapshots.get(snapshot) ?? 0;
    if (count <= 1) this.snapshots.delete(snapshot);
    else this.snapshots.set(snapshot, count - 1);
    this.pruneHistory();
  }

  /** The document as it was at `snapshot` (an open snapshot). */
  getAt(name: string, id: DocId, snapshot: number): Entry | undefined {
    const changes = this.history.get(docMark(name, id));
    const later = changes?.find((change) => change.version > snapshot);
    return later ? later.before : this.get(name, id);
  }

  /** Whether the document was written or deleted after `snapshot` (an open snapshot). */
  changedSince(name: string, id: DocId, snapshot: number): boolean {
    const changes = this.history.get(docMark(name, id));
    return changes !== undefined && changes.some((change) => change.version > snapshot);
  }

  apply(ops: WriteOp[]): void {
    for (const op of ops) {
      let coll = this.collections.get(op.c);
      if (!coll) {
        coll = new Map<string, Entry>();
        this.collections.set(op.c, coll);
      }
      if (op.t === 'coll') continue;
      const key = idKey(op.id);
      this.version += 1;
      this.remember(docMark(op.c, op.id), coll.get(key));
      if (op.t === 'put') coll.set(key, { id: op.id, doc: op.doc, version: this.version });
      else coll.delete(key);
    }
  }

  private remember(mark: string, before: Entry | undefined): void {
    if (this.snapshots.size === 0) return;
    let changes = this.history.get(mark);
    if (!changes) {
      changes = [];
      this.history.set(mark, changes);
    }
    changes.push({ version: this.version, before });
  }

  /** Drops the changes no open snapshot needs (a snapshot needs the changes made after it). */
  private pruneHistory(): void {
    if (this.snapshots.size === 0) {
      this.history.clear();
      return;
    }
    const oldest = Math.min(...this.snapshots.keys());
    for (const [mark, changes] of this.history) {
      const needed = changes.filter((change) => change.version > oldest);
      if (needed.length === 0) this.history.delete(mark);
      else if (needed.length !== changes.length) this.history.set(mark, needed);
    }
  }

  /** All state as write operations, for journal compaction. */
  snapshot(): WriteOp[] {
    const ops: WriteOp[] = [];
    for (const [name, coll] of this.collections) {
      ops.push({ t: 'coll', c: name });
      for (const entry of coll.values()) ops.push({ t: 'put', c: name, id: entry.id, doc: entry.doc });
    }
    return ops;
  }
}
