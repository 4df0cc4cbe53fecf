/** In-memory committed state: collections of documents, each with a version for conflict checks. */
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

/** Map key that keeps the string "1" and the number 1 apart, as MongoDB does. */
export function idKey(id: DocId): string {
  return typeof id === 'number' ? `n:${id}` : `s:${id}`;
}

export class Store {
  private readonly collections = new Map<string, Map<string, Entry>>();
  private version = 0;

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

  /** Version of a document, 0 when it does not exist. */
  versionOf(name: string, key: string): number {
    return this.collections.get(name)?.get(key)?.version ?? 0;
  }

  apply(ops: WriteOp[]): void {
    for (const op of ops) {
      let coll = this.collections.get(op.c);
      if (!coll) {
        coll = new Map<string, Entry>();
        this.collections.set(op.c, coll);
      }
      if (op.t === 'put') {
        this.version += 1;
        coll.set(idKey(op.id), { id: op.id, doc: op.doc, version: this.version });
      } else if (op.t === 'del') {
        coll.delete(idKey(op.id));
      }
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
