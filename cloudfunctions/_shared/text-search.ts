import type { Database } from './runtime';

/** The text as a regular expression that matches exactly it: every metacharacter escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A where-clause value matching fields that contain `text` literally, case-insensitively. Such a match is
 * not served by an index; put it beside the equality fields an index serves, so it scans one scope only.
 */
export function containsText(db: Database, text: string): unknown {
  return db.RegExp({ regexp: escapeRegExp(text), options: 'i' });
}
