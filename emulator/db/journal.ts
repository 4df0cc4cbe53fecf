/**
 * Append-only journal of database writes, one JSON line per acknowledged write. Writes queued while
 * an fsync is running are flushed together by the next fsync (group commit). On open the journal is
 * replayed and rewritten as a compact snapshot; a torn last line (crash mid-write) is dropped.
 */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { WriteOp } from './store';
import { decodeValue, encodeValue } from './ejson';
import type { Doc, DocId } from './types';

interface StoredOp {
  t: 'put' | 'del' | 'coll';
  c: string;
  id?: DocId;
  d?: unknown;
}

interface Pending {
  line: string;
  resolve: () => void;
  reject: (error: Error) => void;
}

const SNAPSHOT_CHUNK = 500;

function toStored(op: WriteOp): StoredOp {
  if (op.t === 'put') return { t: 'put', c: op.c, id: op.id, d: encodeValue(op.doc) };
  if (op.t === 'del') return { t: 'del', c: op.c, id: op.id };
  return { t: 'coll', c: op.c };
}

function fromStored(op: StoredOp): WriteOp {
  if (op.t === 'put' && op.id !== undefined) return { t: 'put', c: op.c, id: op.id, doc: decodeValue(op.d) as Doc };
  if (op.t === 'del' && op.id !== undefined) return { t: 'del', c: op.c, id: op.id };
  return { t: 'coll', c: op.c };
}

function encodeLine(ops: WriteOp[]): string {
  return `${JSON.stringify({ ops: ops.map(toStored) })}\n`;
}

async function fsyncDir(dir: string): Promise<void> {
  const handle = await fsp.open(dir, 'r');
  try {
    await handle.sync();
  } catch {
    // Some filesystems refuse fsync on directories; the rename is still atomic.
  } finally {
    await handle.close();
  }
}

async function writeAll(handle: fsp.FileHandle, data: Buffer): Promise<void> {
  let offset = 0;
  while (offset < data.length) {
    const { bytesWritten } = await handle.write(data, offset, data.length - offset);
    offset += bytesWritten;
  }
}

export interface ReplayResult {
  batches: WriteOp[][];
  fresh: boolean;
  droppedTail: boolean;
}

/** Reads every complete, well-formed line of a journal file. */
export async function readJournal(file: string): Promise<ReplayResult> {
  let text: string;
  try {
    text = await fsp.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { batches: [], fresh: true, droppedTail: false };
    throw error;
  }
  const lines = text.split('\n');
  const batches: WriteOp[][] = [];
  let droppedTail = false;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (!line) continue;
    const complete = i < lines.length - 1;
    try {
      if (!complete) throw new Error('torn line');
      const parsed = JSON.parse(line) as { ops?: StoredOp[] };
      batches.push((parsed.ops ?? []).map(fromStored));
    } catch {
      droppedTail = true;
      break;
    }
  }
  return { batches, fresh: false, droppedTail };
}

export class Journal {
  private queue: Pending[] = [];
  private flushing: Promise<void> | null = null;
  private closed = false;

  private constructor(
    readonly file: string,
    private readonly handle: fsp.FileHandle,
  ) {}

  /** Rewrites the journal as a snapshot of `ops`, then opens it for appending. */
  static async create(file: string, snapshot: WriteOp[]): Promise<Journal> {
    await fsp.mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.compact`;
    const out = await fsp.open(tmp, 'w');
    try {
      for (let i = 0; i < snapshot.length; i += SNAPSHOT_CHUNK) {
        await writeAll(out, Buffer.from(encodeLine(snapshot.slice(i, i + SNAPSHOT_CHUNK))));
      }
      await out.sync();
    } finally {
      await out.close();
    }
    await fsp.rename(tmp, file);
    await fsyncDir(path.dirname(file));
    return new Journal(file, await fsp.open(file, 'a'));
  }

  /** Resolves once the write is on disk. */
  append(ops: WriteOp[]): Promise<void> {
    if (this.closed) return Promise.reject(new Error('journal is closed'));
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ line: encodeLine(ops), resolve, reject });
      if (!this.flushing) this.flushing = this.flushLoop();
    });
  }

  private async flushLoop(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.queue.length);
      try {
        await writeAll(this.handle, Buffer.from(batch.map((item) => item.line).join('')));
        await this.handle.datasync();
        for (const item of batch) item.resolve();
      } catch (error) {
        for (const item of batch) item.reject(error as Error);
      }
    }
    this.flushing = null;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.flushing) await this.flushing;
    await this.handle.close();
  }
}
