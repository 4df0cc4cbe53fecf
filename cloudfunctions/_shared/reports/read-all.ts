import type { Database } from '../runtime';
import { database, rows } from '../runtime';

/** The most a server-side query returns at once. */
export const SERVER_PAGE = 1000;

/**
 * Every document of `collection` matching `filter`, a page of SERVER_PAGE at a time in (`field`, _id) order,
 * handed to `onPage` as it arrives so that a large month is never held twice. `field` must be set on all of them.
 */
export async function forEachPage<T extends { _id: string }>(
  collection: string,
  filter: Record<string, unknown>,
  field: keyof T & string,
  onPage: (page: T[]) => void | Promise<void>,
  fields?: Record<string, true>,
  db: Database = database(),
): Promise<number> {
  const _ = db.command;
  let after: { at: unknown; id: string } | null = null;
  let total = 0;
  for (;;) {
    const where: Record<string, unknown> = after
      ? (_.and([filter, _.or([{ [field]: _.gt(after.at) }, { [field]: after.at, _id: _.gt(after.id) }])]) as unknown as Record<string, unknown>)
      : filter;
    const query = db.collection(collection).where(where);
    const page = await rows<T>((fields ? query.field({ ...fields, [field]: true }) : query).orderBy(field, 'asc').orderBy('_id', 'asc').limit(SERVER_PAGE));
    if (page.length === 0) return total;
    total += page.length;
    await onPage(page);
    if (page.length < SERVER_PAGE) return total;
    const last = page[page.length - 1]!;
    after = { at: new Date(last[field] as unknown as string), id: last._id };
  }
}
