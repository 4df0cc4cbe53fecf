import { AppError } from './errors';
import type { ErrorCode } from '../../types/reply';
import { database } from './runtime';

interface UpdateResult {
  stats?: { updated?: number };
}

/**
 * One conditional update: applies `patch` to the document only while it still matches `guard`.
 * Answers `lostRace` when another call changed the document first, so nothing is written twice.
 */
export async function updateIf(
  collection: string,
  guard: Record<string, unknown>,
  patch: Record<string, unknown>,
  lostRace: ErrorCode,
): Promise<void> {
  const result = (await database().collection(collection).where(guard).update({ data: patch })) as UpdateResult;
  if ((result.stats?.updated ?? 0) !== 1) throw new AppError(lostRace);
}
