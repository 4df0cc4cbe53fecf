/**
 * Dotted-path lookup as MongoDB's matcher walks a document: an array met before the last path
 * component is traversed element by element (objects only; nested arrays are not entered), and
 * a numeric component also indexes into the array. Arrays at the end of the path are returned as
 * they are; each operator decides whether it looks at their elements.
 */
import { isPlainObject } from './types';

function walk(value: unknown, parts: readonly string[], at: number, out: unknown[]): void {
  if (at === parts.length) {
    out.push(value);
    return;
  }
  const part = parts[at];
  if (Array.isArray(value)) {
    if (/^\d+$/.test(part) && Number(part) < value.length) walk(value[Number(part)], parts, at + 1, out);
    for (const element of value) {
      if (isPlainObject(element) && Object.hasOwn(element, part)) walk(element[part], parts, at + 1, out);
    }
    return;
  }
  if (isPlainObject(value) && Object.hasOwn(value, part)) walk(value[part], parts, at + 1, out);
}

/** Every value found at `path` in `doc`; empty when the path does not exist. */
export function valuesAtPath(doc: unknown, path: string): unknown[] {
  const out: unknown[] = [];
  walk(doc, path.split('.'), 0, out);
  return out;
}

/** The values at `path`, with arrays at the end of the path replaced by their elements. */
export function leafValuesAtPath(doc: unknown, path: string): unknown[] {
  return valuesAtPath(doc, path).flatMap((value) => (Array.isArray(value) ? value : [value]));
}
