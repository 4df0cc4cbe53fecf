/**
 * The collections a deployment creates (docs/DEPLOY.md: one per key of cloudfunctions/database-indexes.json).
 * CloudBase refuses to read or write a collection that was never created, so the local cloud runs the
 * functions the same way: strict, with exactly these collections, seeded or empty.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { SeedDocuments } from './index';

const INDEXES_FILE = path.resolve(__dirname, '..', '..', 'cloudfunctions', 'database-indexes.json');

export function deployedCollections(): string[] {
  const declared = JSON.parse(readFileSync(INDEXES_FILE, 'utf8')) as { collections?: Record<string, unknown> };
  return Object.keys(declared.collections ?? {});
}

/** Options for a local cloud that has what a deployment has: every collection, and only those. */
export function asDeployed(seed: SeedDocuments): { strictCollections: true; seed: SeedDocuments } {
  const empty = Object.fromEntries(deployedCollections().map((name) => [name, [] as SeedDocuments[string]]));
  return { strictCollections: true, seed: { ...empty, ...seed } };
}
