/** Typed readers for admin-protocol request parameters. */
import { dbErrors } from './errors';
import { parseEjson } from '../db/ejson';
import type { Doc } from '../db/types';
import { isPlainObject } from '../db/types';
import { resolveServerDates } from '../db/values';
import { MAX_JSON_DEPTH, nestsDeeperThan, tooDeepMessage } from '../http/json-depth';

export type Params = Record<string, unknown>;

export function str(params: Params, key: string): string {
  const value = params[key];
  return typeof value === 'string' ? value : '';
}

export function optStr(params: Params, key: string): string | undefined {
  const value = params[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function bool(params: Params, key: string, fallback: boolean): boolean {
  const value = params[key];
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return fallback;
}

export function optInt(params: Params, key: string): number | undefined {
  const value = params[key];
  if (value === undefined || value === null || value === '') return undefined;
  const num = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(num)) throw dbErrors.invalidParam(`${key} must be an integer`);
  return num;
}

/** Parses an EJSON object parameter, resolving server dates against `now`. */
export function ejsonObject(params: Params, key: string, now: Date): Doc | undefined {
  const raw = params[key];
  if (raw === undefined || raw === null || raw === '') return undefined;
  let value: unknown;
  try {
    value = typeof raw === 'string' ? parseEjson(raw) : raw;
  } catch (error) {
    throw dbErrors.invalidParam(`${key} is not valid EJSON: ${(error as Error).message}`);
  }
  value = resolveServerDates(value, now);
  if (!isPlainObject(value)) throw dbErrors.invalidParam(`${key} must be an object`);
  return value;
}

export function ejsonObjectList(params: Params, key: string, now: Date): Doc[] {
  const raw = params[key];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.map((item, index) => {
    const doc = ejsonObject({ item }, 'item', now);
    if (!doc) throw dbErrors.invalidParam(`${key}[${index}] must be a document`);
    return doc;
  });
}

function isJsonText(value: unknown): value is string {
  return typeof value === 'string' && /^\s*[[{]/.test(value);
}

/**
 * A JSON text may nest a little deeper than a document: insertDocument's list wraps the documents in an
 * array, and EJSON writes a date as `{"$date":{"$numberLong":…}}`. The storage check (assertStorable)
 * then applies MongoDB's exact limit to the decoded document.
 */
const EJSON_TEXT_DEPTH = MAX_JSON_DEPTH + 3;

function textTooDeep(text: string): boolean {
  return nestsDeeperThan(text, EJSON_TEXT_DEPTH);
}

/**
 * Refuses parameters (JSON texts such as `query`, `data`, `request_data`, the EJSON texts of insertDocument's
 * `data` list, or values already decoded) nested more deeply than a document may be, before anything walks
 * them recursively.
 */
export function assertShallowParams(params: Params): void {
  for (const key of Object.keys(params)) {
    const value = params[key];
    const tooDeep = isJsonText(value) ? textTooDeep(value) : value !== null && typeof value === 'object' && isDeeperThanLimit(value);
    if (tooDeep) {
      throw dbErrors.invalidParam(tooDeepMessage(key));
    }
  }
}

/**
 * Depth of an already-decoded value, walked with an explicit stack (no recursion). A JSON text inside an
 * array (insertDocument sends each document as one) is a document of its own and must not nest too deeply either.
 */
function isDeeperThanLimit(root: unknown, limit = MAX_JSON_DEPTH): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value: root, depth: 1 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number };
    if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) continue;
    if (depth > limit) return true;
    const isArray = Array.isArray(value);
    for (const child of Object.values(value as Record<string, unknown>)) {
      if (isArray && isJsonText(child) && textTooDeep(child)) return true;
      stack.push({ value: child, depth: depth + 1 });
    }
  }
  return false;
}
