/** One credit (or debit) of points as the points page shows it. */
export interface PointsLine {
  id: string;
  delta: number;
  wishId: string | null;
  wishTitle: string | null;
  at: string;
}

function own(source: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(source, key) ? (source as Record<string, unknown>)[key] : undefined;
}

function firstString(source: object, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = own(source, key);
    if (typeof value === 'string' && value) return value;
  }
  return null;
}

function firstNumber(source: object, keys: readonly string[]): number | null {
  for (const key of keys) {
    const value = own(source, key);
    if (typeof value === 'number' && Number.isFinite(value)) return value;
  }
  return null;
}

/** `users.pointsHistory`'s items → lines; an item without points or a time is not shown. */
export function toPointsLine(item: unknown, index: number): PointsLine | null {
  if (typeof item !== 'object' || item === null) return null;
  const delta = firstNumber(item, ['delta', 'points', 'amount']);
  const at = firstString(item, ['at', 'createdAt', 'time']);
  if (delta === null || !at) return null;
  return {
    id: firstString(item, ['id', '_id']) ?? `${at}-${index}`,
    delta,
    wishId: firstString(item, ['wishId', 'itemId']),
    wishTitle: firstString(item, ['wishTitle', 'itemTitle', 'title']),
    at,
  };
}
