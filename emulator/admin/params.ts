/** Typed readers for admin-protocol request parameters. */
import { dbErrors } from './errors';
import { parseEjson } from '../db/ejson';
import type { Doc } from '../db/types';
import { isPlainObject } from '../db/types';
import { resolveServerDates } from '../db/values';

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
