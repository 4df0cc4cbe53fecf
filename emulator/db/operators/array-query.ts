/**
 * `$elemMatch`, `$mod` and `$exists` as MongoDB's matcher evaluates them, where mingo 7 differs:
 * - an `$elemMatch` with field conditions only looks at elements that are documents (or arrays);
 *   a scalar element never matches it (mingo matched `{a: [5]}` against `{$elemMatch: {x: {$ne: 1}}}`);
 * - `$mod` matches numbers only, truncated towards zero (mingo matched `null` and `"8"` through
 *   JavaScript's `%`, and missed 5.5 for `[5, 0]`), and a malformed `$mod` is an error;
 * - a dotted path does not enter an array nested in an array (mingo found `items.tag` in
 *   `{items: [[{tag: 1}]]}` for `$exists`).
 */
import { Query } from 'mingo/query';
import { $elemMatch as mingoElemMatch } from 'mingo/operators/query';
import type { AnyObject, Options } from 'mingo/types';
import { dbErrors } from '../../admin/errors';
import { isPlainObject } from '../types';
import { leafValuesAtPath, valuesAtPath } from '../paths';

type Predicate = (doc: unknown) => boolean;

/** Operators that stand for a whole document, not for the element itself, inside `$elemMatch`. */
const DOCUMENT_LEVEL = new Set(['$and', '$or', '$nor', '$where', '$expr', '$jsonSchema', '$text', '$comment', '$alwaysTrue', '$alwaysFalse']);

/** MongoDB's rule: `{$elemMatch: {$gt: 3}}` tests the elements themselves ("value" form). */
function isValueForm(criteria: Record<string, unknown>): boolean {
  const first = Object.keys(criteria)[0];
  return first !== undefined && first.startsWith('$') && !DOCUMENT_LEVEL.has(first);
}

export function $elemMatch(selector: string, criteria: unknown, options: Options): Predicate {
  if (!isPlainObject(criteria)) throw dbErrors.badQuery('$elemMatch needs an Object');
  if (isValueForm(criteria)) {
    const valueForm = mingoElemMatch(selector, criteria, options);
    return (doc) => valueForm(doc as AnyObject);
  }
  const query = new Query(criteria, options);
  return (doc) =>
    valuesAtPath(doc, selector).some((value) => Array.isArray(value) && value.some((element) => {
      if (isPlainObject(element)) return query.test(element);
      // An element that is an array is matched as the document { '0': …, '1': … } it is in BSON.
      if (Array.isArray(element)) return query.test(Object.fromEntries(element.map((item: unknown, i) => [String(i), item])));
      return false;
    }));
}

function modArgument(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw dbErrors.badQuery(`malformed mod, ${name} not a number`);
  return Math.trunc(value);
}

export function $mod(selector: string, spec: unknown, _options: Options): Predicate {
  if (!Array.isArray(spec)) throw dbErrors.badQuery('malformed mod, needs to be an array');
  if (spec.length < 2) throw dbErrors.badQuery('malformed mod, not enough elements');
  if (spec.length > 2) throw dbErrors.badQuery('malformed mod, too many elements');
  const divisor = modArgument(spec[0], 'divisor');
  const remainder = modArgument(spec[1], 'remainder');
  if (divisor === 0) throw dbErrors.badQuery('divisor cannot be 0');
  return (doc) =>
    leafValuesAtPath(doc, selector).some(
      (value) => typeof value === 'number' && Number.isFinite(value) && Math.trunc(value) % divisor === remainder,
    );
}

export function $exists(selector: string, wanted: unknown, _options: Options): Predicate {
  const shouldExist = Boolean(wanted);
  return (doc) => valuesAtPath(doc, selector).some((value) => value !== undefined) === shouldExist;
}
