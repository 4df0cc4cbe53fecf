/** Applies CloudBase update payloads (operator documents or whole-document replacements). */
import { update as mingoUpdate } from 'mingo';
import type { Modifier } from 'mingo/updater';
import { dbErrors, TcbError } from '../admin/errors';
import { stringifyEjson } from './ejson';
import { assertSupported } from './query';
import type { Doc } from './types';
import { cloneValue, isPlainObject, setField } from './types';

const UPDATE_OPERATORS = new Set([
  '$set', '$unset', '$inc', '$mul', '$min', '$max', '$push', '$pull', '$pullAll',
  '$addToSet', '$pop', '$rename', '$bit', '$currentDate',
]);

function hasOperatorKeys(data: Doc): boolean {
  return Object.keys(data).some((key) => key.startsWith('$'));
}

/**
 * MongoDB's nesting limit for stored documents: a top-level field is level 1, each field or array
 * element inside it one level more (an empty sub-document adds none).
 */
export const MAX_DOCUMENT_DEPTH = 100;

/**
 * Refuses what MongoDB refuses to store: a document nested more than 100 levels ("Document exceeds maximum
 * nesting depth of 100") and, unless `depthOnly`, field names with a leading `$`. Walked with an explicit
 * stack, so no document can exhaust the call stack here.
 */
export function assertStorable(root: unknown, options: { depthOnly?: boolean } = {}): void {
  const stack: Array<{ value: unknown; where: string; level: number }> = [{ value: root, where: '', level: 0 }];
  while (stack.length > 0) {
    const { value, where, level } = stack.pop() as { value: unknown; where: string; level: number };
    const isArray = Array.isArray(value);
    if (!isArray && !isPlainObject(value)) continue;
    const entries: Array<[string, unknown]> = isArray ? value.map((item: unknown) => ['', item]) : Object.entries(value);
    if (entries.length > 0 && level + 1 > MAX_DOCUMENT_DEPTH) {
      throw dbErrors.badQuery(`Document exceeds maximum nesting depth of ${MAX_DOCUMENT_DEPTH}`);
    }
    for (const [key, item] of entries) {
      if (!isArray && !options.depthOnly && key.startsWith('$')) {
        throw dbErrors.badQuery(`The dollar ($) prefixed field '${key}' in '${where}${key}' is not valid for storage.`);
      }
      stack.push({ value: item, where: isArray ? where : `${where}${key}.`, level: level + 1 });
    }
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

/** Operators that create the field at their path when it is missing. */
const CREATING_OPERATORS = new Set(['$set', '$inc', '$mul', '$min', '$max', '$push', '$addToSet', '$currentDate', '$bit', '$setOnInsert']);

/** Renders a value the way MongoDB prints a BSON element in its error messages. */
function renderValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof Date) return `new Date(${value.getTime()})`;
  if (value instanceof RegExp) return String(value);
  if (Array.isArray(value)) return value.length === 0 ? '[]' : `[ ${value.map(renderValue).join(', ')} ]`;
  if (isPlainObject(value)) {
    const fields = Object.entries(value).map(([key, item]) => `${key}: ${renderValue(item)}`);
    return fields.length === 0 ? '{}' : `{ ${fields.join(', ')} }`;
  }
  return String(value);
}

function isArrayIndex(part: string): boolean {
  return /^(0|[1-9][0-9]*)$/.test(part);
}

/** `$` (the element the query matched), `$[]` (every element) or `$[<identifier>]` (the elements an array filter picks). */
function isPositional(part: string): boolean {
  return part === '$' || part === '$[]' || /^\$\[[^\]]*\]$/.test(part);
}

function isArrayStep(part: string): boolean {
  return isArrayIndex(part) || isPositional(part);
}

/**
 * The SDK sends no arrayFilters, so a `$[<identifier>]` step has no filter to name: MongoDB refuses the
 * update with this error.
 */
function assertNoFilteredPositional(modifier: Doc): void {
  for (const fields of Object.values(modifier)) {
    if (!isPlainObject(fields)) continue;
    for (const path of Object.keys(fields)) {
      const filtered = path.split('.').find((part) => isPositional(part) && part !== '$' && part !== '$[]');
      if (filtered) throw dbErrors.badQuery(`No array filter found for identifier '${filtered.slice(2, -1)}' in path '${path}'`);
    }
  }
}

/**
 * Refuses a path MongoDB cannot create (PathNotViable): a dotted path whose parent is null or a scalar,
 * or a named field inside an array. MongoDB names the field it could not create and the element it met.
 * Positional steps (`$`, `$[]`, `$[<identifier>]`) step into an array; which elements they reach is
 * the updater's business, so the check ends there.
 */
function assertPathViable(doc: Doc, path: string): void {
  const parts = path.split('.');
  let current: unknown = doc;
  for (let i = 0; i < parts.length - 1; i += 1) {
    const part = parts[i];
    const next = parts[i + 1];
    let value: unknown;
    if (Array.isArray(current)) {
      if (!isArrayIndex(part)) return;
      value = current[Number(part)];
    } else if (isPlainObject(current)) {
      value = Object.prototype.hasOwnProperty.call(current, part) ? current[part] : undefined;
    } else {
      return;
    }
    if (value === undefined) return;
    if (Array.isArray(value)) {
      if (!isArrayStep(next)) throw dbErrors.pathNotViable(next, `${part}: ${renderValue(value)}`);
      if (isPositional(next)) return;
    } else if (isPositional(next)) {
      throw dbErrors.badQuery(`Cannot apply array updates to non-array element ${part}: ${renderValue(value)}`);
    } else if (!isPlainObject(value)) {
      throw dbErrors.pathNotViable(next, `${part}: ${renderValue(value)}`);
    }
    current = value;
  }
}

/** The value at a dotted path, undefined when any part of it is missing. */
function valueAt(doc: Doc, path: string): unknown {
  let current: unknown = doc;
  for (const part of path.split('.')) {
    if (Array.isArray(current) && isArrayIndex(part)) current = current[Number(part)];
    else if (isPlainObject(current) && Object.prototype.hasOwnProperty.call(current, part)) current = current[part];
    else return undefined;
  }
  return current;
}

/** MongoDB's name for a value's BSON type, as its error messages print it. */
function bsonTypeName(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'double';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'string') return 'string';
  if (value instanceof Date) return 'date';
  if (value instanceof RegExp) return 'regex';
  if (Array.isArray(value)) return 'array';
  return 'object';
}

const ARRAY_OPERATORS = new Set(['$push', '$addToSet', '$pop', '$pull', '$pullAll']);
const NUMERIC_OPERATORS = new Set(['$inc', '$mul']);

/** Refuses array operators on a field that holds no array, and arithmetic on one that holds no number. */
function assertOperandTypes(doc: Doc, modifier: Doc): void {
  for (const [op, fields] of Object.entries(modifier)) {
    if (!isPlainObject(fields)) continue;
    for (const path of Object.keys(fields)) {
      const value = valueAt(doc, path);
      if (value === undefined) continue;
      const type = bsonTypeName(value);
      if (ARRAY_OPERATORS.has(op) && !Array.isArray(value)) {
        if (op === '$push') {
          throw dbErrors.badQuery(`The field '${path}' must be an array but is of type ${type} in document {_id: ${renderValue(doc._id)}}`);
        }
        if (op === '$addToSet') throw dbErrors.badQuery(`Cannot apply $addToSet to non-array field. Field named '${path}' has non-array type ${type}`);
        if (op === '$pop') throw dbErrors.badQuery(`Path '${path}' contains an element of non-array type '${type}'`);
        throw dbErrors.badQuery(`Cannot apply ${op} to a non-array value`);
      }
      if (NUMERIC_OPERATORS.has(op) && typeof value !== 'number') {
        throw dbErrors.badQuery(
          `Cannot apply ${op} to a value of non-numeric type. {_id: ${renderValue(doc._id)}} has the field '${path}' of non-numeric type ${type}`,
        );
      }
    }
  }
}

function assertPathsViable(doc: Doc, modifier: Doc): void {
  for (const [op, fields] of Object.entries(modifier)) {
    if (!isPlainObject(fields)) continue;
    if (op === '$rename') {
      for (const target of Object.values(fields)) if (typeof target === 'string') assertPathViable(doc, target);
    } else if (CREATING_OPERATORS.has(op)) {
      for (const path of Object.keys(fields)) assertPathViable(doc, path);
    }
  }
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
      setField(plain, key, value);
    }
  }
  if (Object.keys(plain).length > 0) {
    const set = isPlainObject(modifier.$set) ? modifier.$set : {};
    modifier.$set = { ...set, ...plain };
  }
  return modifier;
}

/** mingo's words for a `$` the query gives no element for, and MongoDB's. */
const POSITIONAL_NOT_MATCHED = ["You must include the array field for '.$' as part of the query document.", 'positional operator found no match'];
const MONGO_POSITIONAL_NOT_MATCHED = 'The positional operator did not find the match needed from the query.';

export interface UpdateOutcome {
  doc: Doc;
  changed: boolean;
}

/**
 * merge=true applies update operators (`$` in a path is the first array element `query` matched);
 * merge=false replaces the document body (keeping `_id`).
 * Returns a new document; the input is not modified.
 */
export function applyUpdate(current: Doc, data: Doc, merge: boolean, query: Doc = {}): UpdateOutcome {
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
  assertNoFilteredPositional(modifier);
  assertPathsViable(current, modifier);
  assertOperandTypes(current, modifier);
  const doc = cloneValue(current);
  try {
    // The query is what `$` refers to: the first array element it matched.
    const changedFields = mingoUpdate(doc, modifier as Modifier<Doc>, undefined, query, { cloneMode: 'deep' });
    assertStorable(doc, { depthOnly: true });
    return { doc, changed: changedFields.length > 0 };
  } catch (error) {
    if (error instanceof TcbError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw dbErrors.badQuery(POSITIONAL_NOT_MATCHED.some((text) => message.includes(text)) ? MONGO_POSITIONAL_NOT_MATCHED : message);
  }
}

/** The document an upsert starts from: `_id` plus the equality fields of the query. */
export function upsertBase(query: Doc, id: unknown): Doc {
  const base: Doc = {};
  for (const [key, value] of Object.entries(query)) {
    if (key.startsWith('$') || key.includes('.')) continue;
    if (isPlainObject(value) && Object.keys(value).some((k) => k.startsWith('$'))) continue;
    setField(base, key, cloneValue(value));
  }
  base._id = id;
  return base;
}
