/** Evaluates the SDK's serialised queries, orders, projections and pipelines with mingo. */
import { Aggregator, Query } from 'mingo';
import type { Options } from 'mingo/types';
import { dbErrors, TcbError } from '../admin/errors';
import type { Doc } from './types';
import { isPlainObject } from './types';

const GEO_AND_TEXT = new Set(['$text', '$near', '$nearSphere', '$geoWithin', '$geoIntersects', '$geoNear', '$where', '$function', '$accumulator']);

/** Throws a clear error for operators CloudBase has but this emulator does not evaluate. */
export function assertSupported(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) assertSupported(item);
    return;
  }
  if (!isPlainObject(value)) return;
  for (const [key, item] of Object.entries(value)) {
    if (GEO_AND_TEXT.has(key)) throw dbErrors.unsupported(`operator ${key}`);
    assertSupported(item);
  }
}

export function mingoOptions(resolve?: (name: string) => Doc[]): Partial<Options> {
  return { scriptEnabled: false, ...(resolve ? { collectionResolver: resolve } : {}) };
}

function asQueryError(error: unknown): TcbError {
  if (error instanceof TcbError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return dbErrors.badQuery(message);
}

export function compileQuery(query: Doc): Query {
  assertSupported(query);
  try {
    return new Query(query, mingoOptions());
  } catch (error) {
    throw asQueryError(error);
  }
}

export function matches(query: Query, doc: Doc): boolean {
  try {
    return query.test(doc);
  } catch (error) {
    throw asQueryError(error);
  }
}

export interface FindOptions {
  order?: Record<string, 1 | -1>;
  offset?: number;
  limit?: number;
  projection?: Doc;
}

/** Orders, pages and projects already matched documents. `docs` are not modified. */
export function runFind(docs: Doc[], options: FindOptions): Doc[] {
  assertSupported(options.projection);
  try {
    let cursor = new Query({}, mingoOptions()).find<Doc>(docs, options.projection ?? {});
    if (options.order && Object.keys(options.order).length > 0) cursor = cursor.sort(options.order);
    if (options.offset) cursor = cursor.skip(options.offset);
    if (options.limit !== undefined) cursor = cursor.limit(options.limit);
    return cursor.all();
  } catch (error) {
    throw asQueryError(error);
  }
}

export function runPipeline(docs: Doc[], pipeline: Doc[], resolve: (name: string) => Doc[]): Doc[] {
  assertSupported(pipeline);
  try {
    return new Aggregator(pipeline, mingoOptions(resolve)).run(docs) as Doc[];
  } catch (error) {
    throw asQueryError(error);
  }
}
