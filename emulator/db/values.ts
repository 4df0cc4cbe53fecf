/** Server-side value rules: server dates, generated ids, validation of stored documents. */
import { randomBytes } from 'node:crypto';
import { ServerDateMarker } from './ejson';
import { isPlainObject, setField } from './types';

/** Replaces every ServerDateMarker with the server clock plus its offset (milliseconds). */
export function resolveServerDates(value: unknown, now: Date): unknown {
  if (value instanceof ServerDateMarker) return new Date(now.getTime() + value.offset);
  if (Array.isArray(value)) return value.map((item) => resolveServerDates(item, now));
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) setField(out, key, resolveServerDates(item, now));
    return out;
  }
  return value;
}

let counter = randomBytes(3).readUIntBE(0, 3);
const machine = randomBytes(5).toString('hex');

/**
 * A 32-hex-character id in the shape CloudBase generates (time prefix, machine part, counter,
 * random tail), so ids sort roughly by creation time like the real ones.
 */
export function generateId(): string {
  counter = (counter + 1) % 0xffffff;
  const time = Math.floor(Date.now() / 1000).toString(16).padStart(8, '0');
  const count = counter.toString(16).padStart(6, '0');
  return `${time}${machine}${count}${randomBytes(4).toString('hex')}`.slice(0, 32);
}
