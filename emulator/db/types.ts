/** A stored document: a plain object whose values may include Dates and RegExps. */
export type Doc = Record<string, unknown>;

/** Document ids as CloudBase accepts them. */
export type DocId = string | number;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Stores `value` as the own field `key` of `target`: a field named `__proto__` (which MongoDB stores like any
 * other) becomes a field, where `target[key] = value` would replace the object's prototype.
 */
export function setField(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** Deep clone that keeps Dates and RegExps as their own types. */
export function cloneValue<T>(value: T): T {
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (value instanceof RegExp) return new RegExp(value.source, value.flags) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => cloneValue(item)) as T;
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) setField(out, key, cloneValue(item));
    return out as T;
  }
  return value;
}
