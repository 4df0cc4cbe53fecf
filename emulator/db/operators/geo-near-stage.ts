/**
 * The aggregation `$geoNear` stage (first stage only), as MongoDB runs it on a 2dsphere index with
 * a GeoJSON `near`: documents within [minDistance, maxDistance] metres that match `query`, nearest
 * first, each with its distance (times distanceMultiplier) written to `distanceField`.
 *
 * MongoDB takes the location field from the collection's one 2dsphere index (or `key`). The local
 * cloud has no indexes, so without `key` it uses the one field that holds GeoJSON in the collection,
 * and refuses when there are several, as MongoDB does when it has several 2dsphere indexes.
 */
import { Query } from 'mingo/query';
import { setValue } from 'mingo/util';
import type { Options } from 'mingo/types';
import { dbErrors } from '../../admin/errors';
import { parseGeometry } from '../geo';
import type { Doc } from '../types';
import { cloneValue, isPlainObject } from '../types';
import { nearestDistance, parseNearSpec, storedGeometries } from './geo-query';

interface GeoNearOptions {
  near: unknown;
  distanceField: string;
  maxDistance?: number;
  minDistance?: number;
  query?: Doc;
  includeLocs?: string;
  distanceMultiplier: number;
  key?: string;
}

const KNOWN = new Set(['near', 'distanceField', 'maxDistance', 'minDistance', 'query', 'includeLocs', 'distanceMultiplier', 'key', 'spherical']);

const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);

/** A field path option; paths through an object's prototype are refused. */
function optionalString(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') throw dbErrors.badQuery(`$geoNear requires '${name}' to be a non-empty string`);
  if (value.split('.').some((segment) => segment === '' || FORBIDDEN_SEGMENTS.has(segment))) {
    throw dbErrors.badQuery(`$geoNear: '${name}' is not a valid field path: ${value}`);
  }
  return value;
}

function readOptions(spec: unknown): GeoNearOptions {
  if (!isPlainObject(spec)) throw dbErrors.badQuery('$geoNear requires an object');
  for (const key of Object.keys(spec)) {
    if (!KNOWN.has(key)) throw dbErrors.badQuery(`Unknown argument to $geoNear: ${key}`);
  }
  if (spec.near === undefined) throw dbErrors.badQuery("$geoNear requires a 'near' option");
  const distanceField = optionalString(spec.distanceField, 'distanceField');
  if (distanceField === undefined) throw dbErrors.badQuery("$geoNear requires a 'distanceField' option as a String");
  const multiplier = spec.distanceMultiplier ?? 1;
  if (typeof multiplier !== 'number' || !(multiplier >= 0)) throw dbErrors.badQuery('distanceMultiplier must be a non-negative number');
  if (spec.query !== undefined && !isPlainObject(spec.query)) throw dbErrors.badQuery('query must be an object');
  return {
    near: spec.near,
    distanceField,
    maxDistance: spec.maxDistance as number | undefined,
    minDistance: spec.minDistance as number | undefined,
    query: spec.query,
    includeLocs: optionalString(spec.includeLocs, 'includeLocs'),
    distanceMultiplier: multiplier,
    key: optionalString(spec.key, 'key'),
  };
}

/** The top-level (or one level nested) fields that hold GeoJSON anywhere in the collection. */
function geoFields(docs: Doc[]): string[] {
  const fields = new Set<string>();
  for (const doc of docs) {
    for (const [key, value] of Object.entries(doc)) {
      const values = Array.isArray(value) ? value : [value];
      if (values.some((item) => parseGeometry(item))) fields.add(key);
      else if (isPlainObject(value)) {
        for (const [inner, item] of Object.entries(value)) if (parseGeometry(item)) fields.add(`${key}.${inner}`);
      }
    }
  }
  return [...fields];
}

function locationField(docs: Doc[], key: string | undefined): string | undefined {
  if (key) return key;
  const fields = geoFields(docs);
  if (fields.length > 1) throw dbErrors.badQuery(`There is more than one 2dsphere index; unsure which to use for $geoNear (fields ${fields.join(', ')})`);
  return fields[0];
}

export function runGeoNear(docs: Doc[], spec: unknown, options: Partial<Options>): Doc[] {
  const settings = readOptions(spec);
  const near = parseNearSpec(
    { $geometry: settings.near, $maxDistance: settings.maxDistance, $minDistance: settings.minDistance },
    '$geoNear',
  );
  const path = locationField(docs, settings.key);
  if (path === undefined) return [];
  const filter = settings.query ? new Query(settings.query, options) : undefined;
  const found: Array<{ doc: Doc; distance: number }> = [];
  for (const doc of docs) {
    if (filter && !filter.test(doc)) continue;
    const distance = nearestDistance(doc, path, near.point);
    if (distance === undefined || distance < near.minDistance || distance > near.maxDistance) continue;
    found.push({ doc, distance });
  }
  found.sort((a, b) => a.distance - b.distance);
  return found.map(({ doc, distance }) => {
    const out: Doc = cloneValue(doc);
    setValue(out, settings.distanceField, distance * settings.distanceMultiplier);
    if (settings.includeLocs) setValue(out, settings.includeLocs, storedGeometries(doc, path)[0]);
    return out;
  });
}
