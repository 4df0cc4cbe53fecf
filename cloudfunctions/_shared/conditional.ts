import { AppError } from './errors';
import type { ErrorCode } from '../../types/reply';
import { changedOne, database } from './runtime';

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
  if (!changedOne(await database().collection(collection).where(guard).update({ data: patch }))) throw new AppError(lostRace);
}
