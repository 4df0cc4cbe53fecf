/**
 * The Extended JSON subset that @cloudbase/database puts on the wire (canonical mode) and reads back.
 * Decoding turns type wrappers into JS values; `$tcb_server_date` becomes a ServerDateMarker
 * that the database resolves against its own clock.
 */
import { isPlainObject, setField } from './types';

export class ServerDateMarker {
  constructor(readonly offset: number) {}
}

const NUMBER_KEYS = new Set(['$numberInt', '$numberLong', '$numberDouble', '$numberDecimal']);

function toNumber(raw: unknown): number {
  if (typeof raw === 'number') return raw;
  if (raw === 'Infinity') return Infinity;
  if (raw === '-Infinity') return -Infinity;
  if (raw === 'NaN') return NaN;
  return Number(raw);
}

function decodeDate(raw: unknown): Date {
  if (typeof raw === 'string' || typeof raw === 'number') return new Date(raw);
  if (isPlainObject(raw) && '$numberLong' in raw) return new Date(Number(raw.$numberLong));
  throw new SyntaxError('invalid $date value');
}

/** JS RegExp flags supported from MongoDB options (x and l have no JS equivalent and are dropped). */
function regexFlags(options: unknown): string {
  const text = typeof options === 'string' ? options : '';
  return [...new Set(text.split(''))].filter((flag) => 'imsu'.includes(flag)).join('');
}

/** Converts a value parsed from EJSON text into plain JS values. */
export function decodeValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeValue);
  if (!isPlainObject(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 1) {
    const key = keys[0];
    const inner = value[key];
    if (NUMBER_KEYS.has(key)) return toNumber(inner);
    if (key === '$date') return decodeDate(inner);
    if (key === '$oid' && typeof inner === 'string') return inner;
    if (key === '$undefined') return undefined;
    if (key === '$regularExpression' && isPlainObject(inner)) {
      return new RegExp(String(inner.pattern ?? ''), regexFlags(inner.options));
    }
    if (key === '$tcb_server_date') {
      const offset = isPlainObject(inner) ? toNumber(decodeValue(inner.offset) ?? 0) : 0;
      return new ServerDateMarker(Number.isFinite(offset) ? offset : 0);
    }
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) setField(out, key, decodeValue(value[key]));
  return out;
}

/** Parses an EJSON string as sent by the SDK. Throws SyntaxError on malformed input. */
export function parseEjson(text: string): unknown {
  return decodeValue(JSON.parse(text) as unknown);
}

/** Converts JS values into a JSON-ready EJSON tree that bson's EJSON.parse reads back faithfully. */
export function encodeValue(value: unknown): unknown {
  if (value instanceof Date) return { $date: { $numberLong: String(value.getTime()) } };
  if (value instanceof RegExp) {
    return { $regularExpression: { pattern: value.source, options: value.flags.replace(/[gyd]/g, '') } };
  }
  if (value instanceof ServerDateMarker) return { $tcb_server_date: { offset: value.offset } };
  if (typeof value === 'number' && !Number.isFinite(value)) return { $numberDouble: String(value) };
  if (Array.isArray(value)) return value.map((item: unknown) => (item === undefined ? null : encodeValue(item)));
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) setField(out, key, encodeValue(item));
    }
    return out;
  }
  return value;
}

export function stringifyEjson(value: unknown): string {
  return JSON.stringify(encodeValue(value));
}
