import { PAGE_SIZE } from './paging';
import type { Database } from './runtime';

/** A position in a list ordered by (date desc, _id desc): stable even when dates tie. */
export interface Position {
  at: Date;
  id: string;
}

export function encodeCursor(position: Position): string {
  return `${position.at.getTime()}_${position.id}`;
}

export function decodeCursor(cursor: string | undefined): Position | null {
  if (!cursor) return null;
  // Ids are generated, openids, or keys such as `wish.confirmed:<id>`: anything without spaces.
  const match = /^(\d{1,15})_(\S{1,100})$/.exec(cursor);
  if (!match) return null;
  return { at: new Date(Number(match[1])), id: match[2]! };
}

/** The where-clause part that continues after `position`. */
export function after(db: Database, field: string, position: Position): Record<string, unknown> {
  const _ = db.command;
  return _.or([{ [field]: _.lt(position.at) }, { [field]: position.at, _id: _.lt(position.id) }]) as unknown as Record<string, unknown>;
}

/** Splits PAGE_SIZE + 1 rows into a page and the cursor after its last row (null when no row follows). */
export function cursorPage<T>(found: T[], positionOf: (row: T) => Position | null): { items: T[]; nextCursor: string | null } {
  const items = found.slice(0, PAGE_SIZE);
  const last = items[items.length - 1];
  const position = found.length > PAGE_SIZE && last ? positionOf(last) : null;
  return { items, nextCursor: position ? encodeCursor(position) : null };
}
