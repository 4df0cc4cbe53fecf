/**
 * `$jsonSchema` as MongoDB implements it (JSON Schema draft 4 plus `bsonType`, without `$ref`,
 * `$schema`, `default`, `definitions`, `format` and `id`). A schema is compiled once into a
 * predicate; a malformed schema fails the query the way MongoDB refuses it.
 * Numbers follow how the SDK stores them: an integer within int32 is an `int`, anything else a `double`.
 */
import { isEqual } from 'mingo/util';
import { dbErrors } from '../admin/errors';
import { isPlainObject } from './types';

type Check = (value: unknown) => boolean;
type Schema = Record<string, unknown>;

const UNSUPPORTED = new Set(['$ref', '$schema', 'default', 'definitions', 'format', 'id']);
const ANNOTATIONS = new Set(['title', 'description']);
const INT32_MAX = 2 ** 31 - 1;

const isInt32 = (value: unknown): boolean => typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= INT32_MAX;

const BSON_TYPES: Record<string, Check> = {
  double: (v) => typeof v === 'number' && !isInt32(v),
  int: isInt32,
  long: () => false,
  decimal: () => false,
  number: (v) => typeof v === 'number',
  string: (v) => typeof v === 'string',
  object: isPlainObject,
  array: Array.isArray,
  bool: (v) => typeof v === 'boolean',
  date: (v) => v instanceof Date,
  null: (v) => v === null,
  regex: (v) => v instanceof RegExp,
  objectId: () => false,
  binData: () => false,
  undefined: () => false,
  javascript: () => false,
  timestamp: () => false,
  minKey: () => false,
  maxKey: () => false,
};

const JSON_TYPES: Record<string, Check> = {
  object: isPlainObject,
  array: Array.isArray,
  number: (v) => typeof v === 'number',
  boolean: (v) => typeof v === 'boolean',
  string: (v) => typeof v === 'string',
  null: (v) => v === null,
};

function fail(message: string): never {
  throw dbErrors.badQuery(`$jsonSchema ${message}`);
}

function names(value: unknown, keyword: string): string[] {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.length === 0 || !list.every((item) => typeof item === 'string')) {
    fail(`keyword '${keyword}' must be a string or a non-empty array of strings`);
  }
  return list as string[];
}

function typeCheck(value: unknown, keyword: 'bsonType' | 'type'): Check {
  const table = keyword === 'bsonType' ? BSON_TYPES : JSON_TYPES;
  const checks = names(value, keyword).map((name) => {
    if (keyword === 'type' && name === 'integer') fail("keyword 'type' does not support 'integer'; use 'bsonType' instead");
    const check = Object.hasOwn(table, name) ? table[name] : undefined;
    if (!check) fail(`keyword '${keyword}' must name a known type, not '${name}'`);
    return check;
  });
  return (v) => checks.some((check) => check(v));
}

function count(value: unknown, keyword: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) fail(`keyword '${keyword}' must be a non-negative integer`);
  return value;
}

function numeric(value: unknown, keyword: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(`keyword '${keyword}' must be a number`);
  return value;
}

function schemaObject(value: unknown, keyword: string): Schema {
  if (!isPlainObject(value)) fail(`keyword '${keyword}' must be an object`);
  return value;
}

function schemaList(value: unknown, keyword: string): Check[] {
  if (!Array.isArray(value) || value.length === 0) fail(`keyword '${keyword}' must be a non-empty array`);
  return value.map((item) => compileSchema(schemaObject(item, keyword)));
}

const onlyFor = (applies: Check, check: Check): Check => (v) => !applies(v) || check(v);
const isNumber = (v: unknown): v is number => typeof v === 'number';
const isString = (v: unknown): v is string => typeof v === 'string';
const isArray = (v: unknown): v is unknown[] => Array.isArray(v);

function lengthOf(text: string): number {
  return [...text].length;
}

function objectKeywords(schema: Schema): Check[] {
  const checks: Check[] = [];
  if ('required' in schema) {
    const required = names(schema.required, 'required');
    checks.push((v) => required.every((key) => Object.hasOwn(v as Schema, key)));
  }
  const properties = 'properties' in schema ? schemaObject(schema.properties, 'properties') : {};
  const propertyChecks = Object.entries(properties).map(([key, sub]) => [key, compileSchema(schemaObject(sub, 'properties'))] as const);
  checks.push((v) => propertyChecks.every(([key, check]) => !Object.hasOwn(v as Schema, key) || check((v as Schema)[key])));
  const patterns = Object.entries('patternProperties' in schema ? schemaObject(schema.patternProperties, 'patternProperties') : {}).map(
    ([pattern, sub]) => [new RegExp(pattern, 'u'), compileSchema(schemaObject(sub, 'patternProperties'))] as const,
  );
  checks.push((v) => Object.entries(v as Schema).every(([key, item]) => patterns.every(([re, check]) => !re.test(key) || check(item))));
  if ('additionalProperties' in schema) {
    const extra = schema.additionalProperties;
    const extraCheck: Check = typeof extra === 'boolean' ? () => extra : compileSchema(schemaObject(extra, 'additionalProperties'));
    const known = new Set(Object.keys(properties));
    checks.push((v) =>
      Object.entries(v as Schema).every(([key, item]) => known.has(key) || patterns.some(([re]) => re.test(key)) || extraCheck(item)),
    );
  }
  if ('minProperties' in schema) {
    const min = count(schema.minProperties, 'minProperties');
    checks.push((v) => Object.keys(v as Schema).length >= min);
  }
  if ('maxProperties' in schema) {
    const max = count(schema.maxProperties, 'maxProperties');
    checks.push((v) => Object.keys(v as Schema).length <= max);
  }
  if ('dependencies' in schema) {
    const dependencies = Object.entries(schemaObject(schema.dependencies, 'dependencies')).map(([key, dep]) => {
      const needed = Array.isArray(dep) ? names(dep, 'dependencies') : undefined;
      const check: Check = needed
        ? (v) => needed.every((name) => Object.hasOwn(v as Schema, name))
        : compileSchema(schemaObject(dep, 'dependencies'));
      return [key, check] as const;
    });
    checks.push((v) => dependencies.every(([key, check]) => !Object.hasOwn(v as Schema, key) || check(v)));
  }
  return checks.map((check) => onlyFor(isPlainObject, check));
}

function numberKeywords(schema: Schema): Check[] {
  const checks: Check[] = [];
  if ('exclusiveMinimum' in schema && !('minimum' in schema)) fail("keyword 'minimum' must be present if 'exclusiveMinimum' is present");
  if ('exclusiveMaximum' in schema && !('maximum' in schema)) fail("keyword 'maximum' must be present if 'exclusiveMaximum' is present");
  if ('minimum' in schema) {
    const min = numeric(schema.minimum, 'minimum');
    const exclusive = schema.exclusiveMinimum === true;
    checks.push((v) => (exclusive ? (v as number) > min : (v as number) >= min));
  }
  if ('maximum' in schema) {
    const max = numeric(schema.maximum, 'maximum');
    const exclusive = schema.exclusiveMaximum === true;
    checks.push((v) => (exclusive ? (v as number) < max : (v as number) <= max));
  }
  if ('multipleOf' in schema) {
    const factor = numeric(schema.multipleOf, 'multipleOf');
    if (factor <= 0) fail("keyword 'multipleOf' must have a positive value");
    checks.push((v) => Number.isInteger((v as number) / factor));
  }
  return checks.map((check) => onlyFor(isNumber, check));
}

function stringKeywords(schema: Schema): Check[] {
  const checks: Check[] = [];
  if ('minLength' in schema) {
    const min = count(schema.minLength, 'minLength');
    checks.push((v) => lengthOf(v as string) >= min);
  }
  if ('maxLength' in schema) {
    const max = count(schema.maxLength, 'maxLength');
    checks.push((v) => lengthOf(v as string) <= max);
  }
  if ('pattern' in schema) {
    if (typeof schema.pattern !== 'string') fail("keyword 'pattern' must be a string");
    const re = new RegExp(schema.pattern, 'u');
    checks.push((v) => re.test(v as string));
  }
  return checks.map((check) => onlyFor(isString, check));
}

function arrayKeywords(schema: Schema): Check[] {
  const checks: Check[] = [];
  if ('items' in schema) {
    if (Array.isArray(schema.items)) {
      const tuple = schemaList(schema.items, 'items');
      checks.push((v) => tuple.every((check, i) => i >= (v as unknown[]).length || check((v as unknown[])[i])));
      if ('additionalItems' in schema) {
        const extra = schema.additionalItems;
        const extraCheck: Check = typeof extra === 'boolean' ? () => extra : compileSchema(schemaObject(extra, 'additionalItems'));
        checks.push((v) => (v as unknown[]).slice(tuple.length).every(extraCheck));
      }
    } else {
      const each = compileSchema(schemaObject(schema.items, 'items'));
      checks.push((v) => (v as unknown[]).every(each));
    }
  }
  if ('minItems' in schema) {
    const min = count(schema.minItems, 'minItems');
    checks.push((v) => (v as unknown[]).length >= min);
  }
  if ('maxItems' in schema) {
    const max = count(schema.maxItems, 'maxItems');
    checks.push((v) => (v as unknown[]).length <= max);
  }
  if (schema.uniqueItems === true) {
    checks.push((v) => (v as unknown[]).every((item, i, all) => all.findIndex((other) => isEqual(other, item)) === i));
  }
  return checks.map((check) => onlyFor(isArray, check));
}

function logicKeywords(schema: Schema): Check[] {
  const checks: Check[] = [];
  if ('enum' in schema) {
    const options = schema.enum;
    if (!Array.isArray(options) || options.length === 0) fail("keyword 'enum' must be a non-empty array");
    checks.push((v) => options.some((option) => isEqual(option, v)));
  }
  if ('allOf' in schema) {
    const all = schemaList(schema.allOf, 'allOf');
    checks.push((v) => all.every((check) => check(v)));
  }
  if ('anyOf' in schema) {
    const any = schemaList(schema.anyOf, 'anyOf');
    checks.push((v) => any.some((check) => check(v)));
  }
  if ('oneOf' in schema) {
    const one = schemaList(schema.oneOf, 'oneOf');
    checks.push((v) => one.filter((check) => check(v)).length === 1);
  }
  if ('not' in schema) {
    const not = compileSchema(schemaObject(schema.not, 'not'));
    checks.push((v) => !not(v));
  }
  return checks;
}

const KNOWN = new Set([
  'bsonType', 'type', 'required', 'properties', 'patternProperties', 'additionalProperties', 'minProperties', 'maxProperties',
  'dependencies', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minLength', 'maxLength',
  'pattern', 'items', 'additionalItems', 'minItems', 'maxItems', 'uniqueItems', 'enum', 'allOf', 'anyOf', 'oneOf', 'not',
]);

/** Compiles one (sub)schema into a predicate over a value. */
export function compileSchema(schema: Schema): Check {
  for (const keyword of Object.keys(schema)) {
    if (UNSUPPORTED.has(keyword)) fail(`keyword '${keyword}' is not currently supported`);
    if (!KNOWN.has(keyword) && !ANNOTATIONS.has(keyword)) fail(`Unknown $jsonSchema keyword: ${keyword}`);
  }
  if ('bsonType' in schema && 'type' in schema) fail("cannot specify both keywords 'type' and 'bsonType'");
  const checks: Check[] = [
    ...('bsonType' in schema ? [typeCheck(schema.bsonType, 'bsonType')] : []),
    ...('type' in schema ? [typeCheck(schema.type, 'type')] : []),
    ...objectKeywords(schema),
    ...numberKeywords(schema),
    ...stringKeywords(schema),
    ...arrayKeywords(schema),
    ...logicKeywords(schema),
  ];
  return (value) => checks.every((check) => check(value));
}

/** mingo's `jsonSchemaValidator` option: a query's `$jsonSchema` tests the whole document. */
export function jsonSchemaValidator(schema: Record<string, unknown>): (doc: unknown) => boolean {
  return compileSchema(schemaObject(schema, '$jsonSchema'));
}
