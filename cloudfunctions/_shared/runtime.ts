import * as cloud from 'wx-server-sdk';

let initialised = false;

/** The wx-server-sdk, initialised once per instance for whichever environment runs the function. */
export function sdk(): typeof cloud {
  if (!initialised) {
    cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
    initialised = true;
  }
  return cloud;
}

export type Database = ReturnType<typeof cloud.database>;

export function database(): Database {
  return sdk().database();
}

/** The caller's openid: the only source of identity. Empty for timers and function-to-function calls. */
export function callerOpenid(): string {
  return sdk().getWXContext().OPENID ?? '';
}

interface Gettable {
  get(): unknown;
}

/** The documents a query returns (the SDK's own typing also allows callback-style results). */
export async function rows<T>(query: Gettable): Promise<T[]> {
  const result = (await query.get()) as { data?: unknown };
  return Array.isArray(result.data) ? (result.data as T[]) : [];
}

export interface TransactionDocument {
  get(): Promise<unknown>;
  update(options: { data: Record<string, unknown> }): Promise<unknown>;
}

export interface TransactionCollection {
  add(options: { data: Record<string, unknown> }): Promise<unknown>;
  doc(id: string): TransactionDocument;
}

export interface Transaction {
  collection(name: string): TransactionCollection;
}

/**
 * A document read inside a transaction, or null when there is none: wx-server-sdk refuses a transaction's get of a
 * missing document with "document with _id <id> does not exist" instead of answering empty.
 */
export async function readInTransaction<T>(transaction: Transaction, collection: string, id: string): Promise<T | null> {
  try {
    return ((await transaction.collection(collection).doc(id).get()) as { data?: T | null }).data ?? null;
  } catch (error) {
    const text = typeof error === 'string' ? error : String((error as { errMsg?: unknown; message?: unknown } | null)?.errMsg ?? (error as { message?: unknown } | null)?.message ?? '');
    if (text.includes(`_id ${id} does not exist`)) return null;
    throw error;
  }
}

/**
 * Runs `work` in a database transaction: all of its writes happen, or none. A write that meets another
 * transaction's lock fails at once and is not retried: the caller decides what the lost race means.
 */
export async function inTransaction<T>(work: (transaction: Transaction) => Promise<T>): Promise<T> {
  return (await database().runTransaction(work)) as T;
}

/** Whether an update answered that it changed exactly one document: a conditional update won. */
export function changedOne(result: unknown): boolean {
  return (result as { stats?: { updated?: number } } | null)?.stats?.updated === 1;
}

/** How many documents of `collection` match `where`: one `count()`. */
export async function countWhere(collection: string, where: Record<string, unknown>): Promise<number> {
  const result = (await database().collection(collection).where(where).count()) as { total?: number };
  return result.total ?? 0;
}

/** One document by `_id`, or null: a query rather than doc().get(), which throws when it is missing. */
export async function findById<T>(collection: string, id: string): Promise<T | null> {
  const [found] = await rows<T>(database().collection(collection).where({ _id: id }).limit(1));
  return found ?? null;
}
