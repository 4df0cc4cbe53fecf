import type { Page } from '../../types/user';
import { PAGE_SIZE, toPage } from './paging';
import { AppError } from './errors';
import type { Database } from './runtime';
import { database, rows } from './runtime';

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

/** The position a request's cursor names; none without a cursor; INVALID_INPUT for one that is not a cursor. */
export function positionOf(cursor: string | undefined): Position | null {
  const position = decodeCursor(cursor);
  if (cursor && !position) throw new AppError('INVALID_INPUT', '分页参数无效');
  return position;
}

/** The where-clause part that continues after `position`. */
export function after(db: Database, field: string, position: Position): Record<string, unknown> {
  const _ = db.command;
  return _.or([{ [field]: _.lt(position.at) }, { [field]: position.at, _id: _.lt(position.id) }]) as unknown as Record<string, unknown>;
}

/** A page of rows ordered by (date desc, _id desc), with the cursor after its last row. */
export function cursorPage<T>(found: T[], positionAt: (row: T) => Position): Page<T> {
  return toPage(found, (row) => encodeCursor(positionAt(row)));
}

/**
 * One page of `collection` matching `filter`, newest first by the date `field` (then `_id`), continuing
 * after the request's cursor: one read of a page and one row more, on an index ending (field, _id).
 */
export async function readNewestFirst<T extends { _id: string }>(collection: string, filter: Record<string, unknown>, field: keyof T & string, cursor: string | undefined): Promise<Page<T>> {
  const db = database();
  const position = positionOf(cursor);
  const where = position ? db.command.and([filter, after(db, field, position)]) : filter;
  const found = await rows<T>(db.collection(collection).where(where).orderBy(field, 'desc').orderBy('_id', 'desc').limit(PAGE_SIZE + 1));
  return cursorPage(found, (row) => ({ at: new Date(row[field] as unknown as string), id: row._id }));
}

/** A position in a list ordered by (date asc, _id asc); rows without the date (`at` null) come first, as MongoDB sorts null. */
export interface AscendingPosition {
  at: Date | null;
  id: string;
}

export function encodeAscendingCursor(position: AscendingPosition): string {
  return `${position.at ? position.at.getTime() : 'n'}_${position.id}`;
}

function ascendingPositionOf(cursor: string | undefined): AscendingPosition | null {
  if (!cursor) return null;
  const match = /^(\d{1,15}|n)_(\S{1,100})$/.exec(cursor);
  if (!match) throw new AppError('INVALID_INPUT', '分页参数无效');
  return { at: match[1] === 'n' ? null : new Date(Number(match[1])), id: match[2]! };
}

/** The where-clause part that continues after `position` in ascending order. */
function afterAscending(db: Database, field: string, position: AscendingPosition): Record<string, unknown> {
  const _ = db.command;
  const rest = position.at
    ? [{ [field]: _.gt(position.at) }, { [field]: position.at, _id: _.gt(position.id) }]
    : [{ [field]: null, _id: _.gt(position.id) }, { [field]: _.neq(null) }];
  return _.or(rest) as unknown as Record<string, unknown>;
}

/**
 * One page of `collection` matching `filter`, soonest first by the date `field` (then `_id`), continuing
 * after the request's cursor: one read of a page and one row more, on an index ending (field, _id).
 */
export async function readSoonestFirst<T extends { _id: string }>(collection: string, filter: Record<string, unknown>, field: keyof T & string, cursor: string | undefined): Promise<Page<T>> {
  const db = database();
  const position = ascendingPositionOf(cursor);
  const where = position ? db.command.and([filter, afterAscending(db, field, position)]) : filter;
  const found = await rows<T>(db.collection(collection).where(where).orderBy(field, 'asc').orderBy('_id', 'asc').limit(PAGE_SIZE + 1));
  return toPage(found, (row) => {
    const at = row[field] as unknown as string | Date | null;
    return encodeAscendingCursor({ at: at ? new Date(at) : null, id: row._id });
  });
}
