/**
 * The geo query operators on GeoJSON values, as MongoDB evaluates them with a 2dsphere index:
 * `$near` / `$nearSphere` with `$geometry` (distances in metres, results ordered by distance),
 * `$geoWithin` with `$geometry` (Polygon, MultiPolygon) or `$centerSphere` (radius in radians),
 * and `$geoIntersects` with any GeoJSON `$geometry`. Stored values may be Points or MultiPoints
 * (or arrays of them); legacy coordinate pairs and the flat 2d shapes are not evaluated.
 */
import type { Options } from 'mingo/types';
import { dbErrors } from '../../admin/errors';
import { angularDistance, distanceMetres, parseGeometry, positionIntersects, positionWithin } from '../geo';
import type { Geometry, Position } from '../geo';
import { valuesAtPath } from '../paths';
import { isPlainObject } from '../types';

type Predicate = (doc: unknown) => boolean;

export const NEAR_OPERATORS = new Set(['$near', '$nearSphere']);

/** The stored GeoJSON geometries at a path (an array at the path holds several). */
export function storedGeometries(doc: unknown, path: string): Geometry[] {
  const geometries: Geometry[] = [];
  for (const value of valuesAtPath(doc, path)) {
    for (const candidate of Array.isArray(value) ? value : [value]) {
      const geometry = parseGeometry(candidate);
      if (geometry) geometries.push(geometry);
    }
  }
  return geometries;
}

/** The positions to test for a stored geometry; only points are evaluated by the local cloud. */
function storedPositions(geometry: Geometry, operator: string): Position[] {
  if (geometry.type === 'Point') return [geometry.coordinates];
  if (geometry.type === 'MultiPoint') return geometry.coordinates;
  throw dbErrors.unsupported(`${operator} on a stored ${geometry.type}`);
}

function queryGeometry(value: unknown, operator: string): Geometry {
  const geometry = parseGeometry(value);
  if (!geometry) throw dbErrors.badQuery(`${operator}: invalid GeoJSON geometry: ${JSON.stringify(value)}`);
  return geometry;
}

function asGeoError(error: unknown, operator: string): unknown {
  return error instanceof RangeError ? dbErrors.badQuery(`${operator}: ${error.message}`) : error;
}

function onlyKey(spec: unknown, operator: string): [string, unknown] {
  if (!isPlainObject(spec)) throw dbErrors.badQuery(`${operator} needs an object`);
  const entries = Object.entries(spec);
  if (entries.length !== 1) throw dbErrors.badQuery(`${operator} needs exactly one shape`);
  return entries[0];
}

// ---- $geoWithin / $geoIntersects ---------------------------------------------------------------

function withinTest(spec: unknown): (position: Position) => boolean {
  const [shape, value] = onlyKey(spec, '$geoWithin');
  if (shape === '$geometry') {
    const area = queryGeometry(value, '$geoWithin');
    if (area.type !== 'Polygon' && area.type !== 'MultiPolygon') throw dbErrors.badQuery(`$geoWithin not supported with provided geometry: ${area.type}`);
    return (position) => positionWithin(position, area);
  }
  if (shape === '$centerSphere') {
    if (!Array.isArray(value) || value.length !== 2) throw dbErrors.badQuery('$centerSphere needs [[longitude, latitude], radius]');
    const centre = queryGeometry({ type: 'Point', coordinates: value[0] }, '$centerSphere');
    const radius: unknown = value[1];
    if (typeof radius !== 'number' || !(radius >= 0)) throw dbErrors.badQuery('$centerSphere radius must be a non-negative number (radians)');
    const origin = centre.coordinates as Position;
    return (position) => angularDistance(origin, position) <= radius;
  }
  if (['$box', '$center', '$polygon'].includes(shape)) throw dbErrors.unsupported(`$geoWithin with ${shape} (a flat 2d index shape)`);
  throw dbErrors.badQuery(`unknown $geoWithin shape: ${shape}`);
}

export function $geoWithin(selector: string, spec: unknown, _options: Options): Predicate {
  const within = withinTest(spec);
  return (doc) => {
    try {
      return storedGeometries(doc, selector).some((geometry) => storedPositions(geometry, '$geoWithin').every(within));
    } catch (error) {
      throw asGeoError(error, '$geoWithin');
    }
  };
}

export function $geoIntersects(selector: string, spec: unknown, _options: Options): Predicate {
  const [shape, value] = onlyKey(spec, '$geoIntersects');
  if (shape !== '$geometry') throw dbErrors.badQuery('$geoIntersects needs a $geometry');
  const target = queryGeometry(value, '$geoIntersects');
  return (doc) => {
    try {
      return storedGeometries(doc, selector).some((geometry) =>
        storedPositions(geometry, '$geoIntersects').some((position) => positionIntersects(position, target)),
      );
    } catch (error) {
      throw asGeoError(error, '$geoIntersects');
    }
  };
}

// ---- $near / $nearSphere ------------------------------------------------------------------------

export interface NearSpec {
  point: Position;
  minDistance: number;
  maxDistance: number;
}

function optionalDistance(value: unknown, name: string, fallback: number): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || !(value >= 0)) throw dbErrors.badQuery(`${name} must be a non-negative number`);
  return value;
}

/** Reads `{ $geometry: Point, $maxDistance?, $minDistance? }` (distances in metres). */
export function parseNearSpec(spec: unknown, operator: string): NearSpec {
  if (Array.isArray(spec) || (isPlainObject(spec) && !('$geometry' in spec))) {
    throw dbErrors.unsupported(`${operator} with legacy coordinates (a flat 2d index query)`);
  }
  if (!isPlainObject(spec)) throw dbErrors.badQuery(`${operator} needs an object`);
  const geometry = queryGeometry(spec.$geometry, operator);
  if (geometry.type !== 'Point') throw dbErrors.badQuery(`${operator} needs a GeoJSON Point, not a ${geometry.type}`);
  for (const key of Object.keys(spec)) {
    if (!['$geometry', '$maxDistance', '$minDistance'].includes(key)) throw dbErrors.badQuery(`${operator}: unknown option ${key}`);
  }
  return {
    point: geometry.coordinates,
    minDistance: optionalDistance(spec.$minDistance, '$minDistance', 0),
    maxDistance: optionalDistance(spec.$maxDistance, '$maxDistance', Infinity),
  };
}

/** The distance in metres from `point` to the nearest stored point at `path`, if any. */
export function nearestDistance(doc: unknown, path: string, point: Position): number | undefined {
  let nearest: number | undefined;
  for (const geometry of storedGeometries(doc, path)) {
    for (const position of storedPositions(geometry, '$near')) {
      const distance = distanceMetres(point, position);
      if (nearest === undefined || distance < nearest) nearest = distance;
    }
  }
  return nearest;
}

function nearPredicate(operator: string): (selector: string, spec: unknown, options: Options) => Predicate {
  return (selector, spec) => {
    const near = parseNearSpec(spec, operator);
    return (doc) => {
      const distance = nearestDistance(doc, selector, near.point);
      return distance !== undefined && distance >= near.minDistance && distance <= near.maxDistance;
    };
  };
}

export const $near = nearPredicate('$near');
export const $nearSphere = nearPredicate('$nearSphere');

// ---- where a near condition may appear ----------------------------------------------------------

export interface NearClause extends NearSpec {
  path: string;
}

function nearOperatorIn(condition: unknown): [string, unknown] | undefined {
  if (!isPlainObject(condition)) return undefined;
  return Object.entries(condition).find(([key]) => NEAR_OPERATORS.has(key));
}

/** Whether a near operator appears anywhere inside `value`. */
export function containsNear(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(containsNear);
  if (!isPlainObject(value)) return false;
  return Object.entries(value).some(([key, item]) => NEAR_OPERATORS.has(key) || containsNear(item));
}

/**
 * The query's near condition, which MongoDB accepts only once and only as a top-level field
 * condition (possibly inside a top-level `$and`); anywhere else is refused as MongoDB refuses it.
 */
export function nearClause(query: Record<string, unknown>): NearClause | undefined {
  const found: NearClause[] = [];
  const visit = (conditions: Record<string, unknown>): void => {
    for (const [key, condition] of Object.entries(conditions)) {
      if (key === '$and' && Array.isArray(condition)) {
        for (const part of condition) if (isPlainObject(part)) visit(part);
        continue;
      }
      const near = key.startsWith('$') ? undefined : nearOperatorIn(condition);
      if (near) {
        found.push({ path: key, ...parseNearSpec(near[1], near[0]) });
        const rest = Object.fromEntries(Object.entries(condition as Record<string, unknown>).filter(([op]) => !NEAR_OPERATORS.has(op)));
        if (containsNear(rest)) throw dbErrors.badQuery('geoNear must be top-level expr');
      } else if (containsNear(condition)) {
        throw dbErrors.badQuery('geoNear must be top-level expr');
      }
    }
  };
  visit(query);
  if (found.length > 1) throw dbErrors.badQuery('Too many geoNear expressions');
  return found[0];
}
