/** Evaluates the SDK's serialised queries, orders, projections and pipelines with mingo. */
import { Aggregator } from 'mingo/aggregator';
import { Context } from 'mingo/core';
import * as accumulatorOperators from 'mingo/operators/accumulator';
import * as expressionOperators from 'mingo/operators/expression';
import * as pipelineOperators from 'mingo/operators/pipeline';
import * as projectionOperators from 'mingo/operators/projection';
import * as queryOperators from 'mingo/operators/query';
import * as windowOperators from 'mingo/operators/window';
import { Query } from 'mingo/query';
import type { Options } from 'mingo/types';
import { dbErrors, TcbError } from '../admin/errors';
import { jsonSchemaValidator } from './json-schema';
import { $elemMatch, $exists, $mod } from './operators/array-query';
import { $gt, $gte, $indexOfCP, $lt, $lte, $substrBytes, $week } from './operators/expressions';
import { runGeoNear } from './operators/geo-near-stage';
import { $geoIntersects, $geoWithin, $near, $nearSphere, containsNear, nearClause, nearestDistance } from './operators/geo-query';
import type { Doc } from './types';
import { isPlainObject } from './types';

/** Operators CloudBase has that the local cloud does not evaluate (no text index, no server-side JavaScript). */
const UNSUPPORTED = new Set(['$text', '$where', '$function', '$accumulator']);

/**
 * mingo's operators, with ours in place where mingo 7 differs from MongoDB or lacks an operator
 * (see each module for the difference). Built whole, because mingo's own context merge keeps the
 * first definition of a name.
 */
const MONGODB_SEMANTICS = Context.init({
  accumulator: accumulatorOperators,
  expression: { ...expressionOperators, $week, $substr: $substrBytes, $substrBytes, $indexOfCP, $lt, $lte, $gt, $gte },
  pipeline: pipelineOperators,
  projection: projectionOperators,
  query: { ...queryOperators, $elemMatch, $exists, $mod, $near, $nearSphere, $geoWithin, $geoIntersects },
  window: windowOperators,
});

/** Throws a clear error for operators CloudBase has but this emulator does not evaluate. */
export function assertSupported(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) assertSupported(item);
    return;
  }
  if (!isPlainObject(value)) return;
  for (const [key, item] of Object.entries(value)) {
    if (UNSUPPORTED.has(key)) throw dbErrors.unsupported(`operator ${key}`);
    assertSupported(item);
  }
}

export function mingoOptions(resolve?: (name: string) => Doc[]): Partial<Options> {
  return {
    scriptEnabled: false,
    context: MONGODB_SEMANTICS,
    jsonSchemaValidator,
    ...(resolve ? { collectionResolver: resolve } : {}),
  };
}

function asQueryError(error: unknown): TcbError {
  if (error instanceof TcbError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return dbErrors.badQuery(message);
}

export function compileQuery(query: Doc): Query {
  assertSupported(query);
  try {
    nearClause(query);
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

/** Nearest first, as MongoDB answers a query with a near condition (an explicit order overrides it). */
function byDistance(docs: Doc[], query: Doc | undefined): Doc[] {
  const near = query ? nearClause(query) : undefined;
  if (!near) return docs;
  return docs
    .map((doc) => ({ doc, distance: nearestDistance(doc, near.path, near.point) ?? Infinity }))
    .sort((a, b) => a.distance - b.distance)
    .map(({ doc }) => doc);
}

/** Orders, pages and projects documents already matched by `query`. `docs` are not modified. */
export function runFind(docs: Doc[], options: FindOptions, query?: Doc): Doc[] {
  assertSupported(options.projection);
  try {
    let cursor = new Query({}, mingoOptions()).find<Doc>(byDistance(docs, query), options.projection ?? {});
    if (options.order && Object.keys(options.order).length > 0) cursor = cursor.sort(options.order);
    if (options.offset) cursor = cursor.skip(options.offset);
    if (options.limit !== undefined) cursor = cursor.limit(options.limit);
    return cursor.all();
  } catch (error) {
    throw asQueryError(error);
  }
}

function hasGeoNear(stage: unknown): boolean {
  return isPlainObject(stage) && '$geoNear' in stage;
}

/** `$geoNear` runs first, on the collection; near operators anywhere else in a pipeline are refused. */
function splitGeoNear(pipeline: Doc[]): { geoNear?: unknown; rest: Doc[] } {
  if (pipeline.slice(1).some(hasGeoNear)) throw dbErrors.badQuery('$geoNear is only valid as the first stage in a pipeline.');
  const [first, ...rest] = pipeline;
  const geoNear = hasGeoNear(first) ? (first as Doc).$geoNear : undefined;
  if (containsNear(geoNear === undefined ? pipeline : rest) || (isPlainObject(geoNear) && containsNear(geoNear.query))) {
    throw dbErrors.badQuery('$geoNear, $near, and $nearSphere are not allowed in this context');
  }
  return geoNear === undefined ? { rest: pipeline } : { geoNear, rest };
}

export function runPipeline(docs: Doc[], pipeline: Doc[], resolve: (name: string) => Doc[]): Doc[] {
  assertSupported(pipeline);
  try {
    const { geoNear, rest } = splitGeoNear(pipeline);
    const options = mingoOptions(resolve);
    const input = geoNear === undefined ? docs : runGeoNear(docs, geoNear, options);
    return new Aggregator(rest, options).run(input) as Doc[];
  } catch (error) {
    throw asQueryError(error);
  }
}
