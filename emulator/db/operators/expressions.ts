/**
 * Aggregation expressions mingo 7 gets wrong or lacks, written to MongoDB's semantics:
 * - `$week`: weeks begin on Sunday; days before the year's first Sunday are week 0 (strftime %U);
 * - `$substrBytes` / `$substr`: a negative length means "to the end of the string", a start past
 *   the end gives "", numbers are coerced to strings;
 * - `$indexOfCP`: the code-point index of a substring, with optional start and end code points;
 * - `$lt`, `$lte`, `$gt`, `$gte`: compare the two values in BSON order across types (null and a missing field below
 *   every number, string and date), as aggregation does; mingo applies the query operators' rules instead (only
 *   values of one type compare, arrays match by element), so `$lt: [null, <date>]` was false where MongoDB says true.
 */
import { evalExpr } from 'mingo/core';
import { compare } from 'mingo/util';
import type { Options } from 'mingo/types';
import { dbErrors } from '../../admin/errors';

function bsonTypeName(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  if (value instanceof RegExp) return 'regex';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'double';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'object') return 'object';
  return typeof value;
}

function evaluateArgs(obj: unknown, expr: unknown, options: Options, op: string, min: number, max: number): unknown[] {
  const args = Array.isArray(expr) ? expr : [expr];
  if (args.length < min || args.length > max) {
    const range = min === max ? `exactly ${min}` : `at least ${min}, and at most ${max}`;
    throw dbErrors.badQuery(`Expression ${op} takes ${range} arguments. ${args.length} were passed in.`);
  }
  return args.map((arg: unknown) => evalExpr(obj, arg, options) as unknown);
}

export function $week(obj: unknown, expr: unknown, options: Options): number | null {
  const dayOfYear = evalExpr(obj, { $dayOfYear: expr }, options) as unknown;
  const dayOfWeek = evalExpr(obj, { $dayOfWeek: expr }, options) as unknown;
  if (typeof dayOfYear !== 'number' || typeof dayOfWeek !== 'number') return null;
  return Math.floor((dayOfYear + 7 - dayOfWeek) / 7);
}

function substrInput(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return value.toISOString();
  throw dbErrors.badQuery(`can't convert from BSON type ${bsonTypeName(value)} to String`);
}

const isContinuationByte = (byte: number | undefined): boolean => byte !== undefined && (byte & 0xc0) === 0x80;

export function $substrBytes(obj: unknown, expr: unknown, options: Options): string {
  const [input, start, length] = evaluateArgs(obj, expr, options, '$substrBytes', 3, 3);
  if (typeof start !== 'number') throw dbErrors.badQuery(`$substrBytes: starting index must be a numeric type (is BSON type ${bsonTypeName(start)})`);
  if (typeof length !== 'number') throw dbErrors.badQuery(`$substrBytes: length must be a numeric type (is BSON type ${bsonTypeName(length)})`);
  const bytes = Buffer.from(substrInput(input), 'utf8');
  if (start < 0 || Math.trunc(start) >= bytes.length) return '';
  const from = Math.trunc(start);
  const to = length < 0 ? bytes.length : Math.min(bytes.length, from + Math.trunc(length));
  if (isContinuationByte(bytes[from])) throw dbErrors.badQuery('$substrBytes:  Invalid range, starting index is a UTF-8 continuation byte.');
  if (to < bytes.length && isContinuationByte(bytes[to])) {
    throw dbErrors.badQuery('$substrBytes:  Invalid range, ending index is in the middle of a UTF-8 character.');
  }
  return bytes.subarray(from, to).toString('utf8');
}

function codePointIndex(value: unknown, which: 'starting' | 'ending'): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw dbErrors.badQuery(`$indexOfCP requires an integral ${which} index, found a value of type: ${bsonTypeName(value)}, with value: ${JSON.stringify(value) ?? 'missing'}`);
  }
  if (value < 0) throw dbErrors.badQuery(`$indexOfCP requires a nonnegative ${which} index, found: ${value}`);
  return value;
}

export function $indexOfCP(obj: unknown, expr: unknown, options: Options): number | null {
  const args = evaluateArgs(obj, expr, options, '$indexOfCP', 2, 4);
  const [input, token] = args;
  if (input === null || input === undefined) return null;
  if (typeof input !== 'string') throw dbErrors.badQuery(`$indexOfCP requires a string as the first argument, found: ${bsonTypeName(input)}`);
  if (typeof token !== 'string') throw dbErrors.badQuery(`$indexOfCP requires a string as the second argument, found: ${bsonTypeName(token)}`);
  const codePoints = [...input];
  const start = args.length > 2 ? codePointIndex(args[2], 'starting') : 0;
  const end = args.length > 3 ? Math.min(codePoints.length, codePointIndex(args[3], 'ending')) : codePoints.length;
  if (input === '' && token === '') return 0;
  // A match must begin before `end`; like MongoDB, the token itself may run past it.
  let offset = codePoints.slice(0, Math.min(start, codePoints.length)).join('').length;
  for (let index = start; index < end; index += 1) {
    if (input.startsWith(token, offset)) return index;
    offset += codePoints[index].length;
  }
  return -1;
}

function bsonComparison(op: string, holds: (order: number) => boolean) {
  return (obj: unknown, expr: unknown, options: Options): boolean => {
    const [left, right] = evaluateArgs(obj, expr, options, op, 2, 2);
    return holds(compare(left ?? null, right ?? null));
  };
}

export const $lt = bsonComparison('$lt', (order) => order < 0);
export const $lte = bsonComparison('$lte', (order) => order <= 0);
export const $gt = bsonComparison('$gt', (order) => order > 0);
export const $gte = bsonComparison('$gte', (order) => order >= 0);
