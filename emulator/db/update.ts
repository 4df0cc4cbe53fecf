/** Applies CloudBase update payloads (operator documents or whole-document replacements). */
import { update as mingoUpdate } from 'mingo';
import type { Modifier } from 'mingo/updater';
import { dbErrors, TcbError } from '../admin/errors';
import { stringifyEjson } from './ejson';
import { assertSupported } from './query';
import type { Doc } from './types';
import { cloneValue, isPlainObject } from './types';

const UPDATE_OPERATORS = new Set([
  '$set', '$unset', '$inc', '$mul', '$min', '$max', '$push', '$pull', '$pullAll',
  '$addToSet', '$pop', '$rename', '$bit', '$currentDate',
]);

function hasOperatorKeys(data: Doc): boolean {
  return Object.keys(data).some((key) => key.startsWith('$'));
}

/** Rejects field names MongoDB refuses to store (leading `$`). */
export function assertStorable(value: unknown, where = ''): void {
  if (Array.isArray(value)) {
    for (const item of value) assertStorable(item, where);
    return;
  }
  if (!isPlainObject(value)) return;
  for (const [key, item] of Object.entries(value)) {
    if (key.startsWith('$')) {
      throw dbErrors.badQuery(`The dollar ($) prefixed field '${key}' in '${where}${key}' is not valid for storage.`);
    }
    assertStorable(item, `${where}${key}.`);
  }
}

function touchesId(modifier: Doc): boolean {
  for (const [op, fields] of Object.entries(modifier)) {
    if (!isPlainObject(fields)) continue;
    for (const [field, value] of Object.entries(fields)) {
      if (field === '_id' || field.startsWith('_id.')) return true;
      if (op === '$rename' && (value === '_id' || String(value).startsWith('_id.'))) return true;
    }
  }
  return false;
}

/** Normalises an update payload into an operator document. Plain fields become `$set`. */
function toModifier(data: Doc): Doc {
  if (!hasOperatorKeys(data)) return Object.keys(data).length > 0 ? { $set: data } : {};
  const modifier: Doc = {};
  const plain: Doc = {};
  for (const [key, value] of Object.entries(data)) {
    if (key.startsWith('$')) {
      if (!UPDATE_OPERATORS.has(key)) throw dbErrors.badQuery(`Unknown modifier: ${key}`);
      modifier[key] = value;
    } else {
      plain[key] = value;
    }
  }
  if (Object.keys(plain).length > 0) {
    const set = isPlainObject(modifier.$set) ? modifier.$set : {};
    modifier.$set = { ...set, ...plain };
  }
  return modifier;
}

export interface UpdateOutcome {
  doc: Doc;
  changed: boolean;
}

/**
 * merge=true applies update operators; merge=false replaces the document body (keeping `_id`).
 * Returns a new document; the input is not modified.
 */
export function applyUpdate(current: Doc, data: Doc, merge: boolean): UpdateOutcome {
  if (!merge) {
    if (hasOperatorKeys(data)) throw dbErrors.badQuery('update operator complicit: a replacement document cannot contain update operators');
    assertStorable(data);
    const doc: Doc = { _id: current._id, ...cloneValue(data) };
    doc._id = current._id;
    return { doc, changed: stringifyEjson(doc) !== stringifyEjson(current) };
  }
  const modifier = toModifier(data);
  assertSupported(modifier);
  if (touchesId(modifier)) {
    throw dbErrors.badQuery("Performing an update on the path '_id' would modify the immutable field '_id'");
  }
  const doc = cloneValue(current);
  try {
    const changedFields = mingoUpdate(doc, modifier as Modifier<Doc>, undefined, undefined, { cloneMode: 'deep' });
    return { doc, changed: changedFields.length > 0 };
  } catch (error) {
    if (error instanceof TcbError) throw error;
    throw dbErrors.badQuery(error instanceof Error ? error.message : String(error));
  }
}

/** The document an upsert starts from: `_id` plus the equality fields of the query. */
export function upsertBase(query: Doc, id: unknown): Doc {
  const base: Doc = {};
  for (const [key, value] of Object.entries(query)) {
    if (key.startsWith('$') || key.includes('.')) continue;
    if (isPlainObject(value) && Object.keys(value).some((k) => k.startsWith('$'))) continue;
    base[key] = cloneValue(value);
  }
  base._id = id;
  return base;
}
