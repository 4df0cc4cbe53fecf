import { toActor, loadUser } from '../users-repository';
import type { Actor } from '../../../types/actor';
import { canOnWish } from '../../../types/permissions-wishes';
import type { WishDoc } from '../../../types/wish';
import { AppError } from '../errors';
import { factsOf } from './wish-store';

/**
 * Actions checked by identity alone refuse without having read the caller. Reading them now, on the
 * refusal path only, tells the caller the truth they may know: a wish they may not see does not exist
 * for them (NOT_FOUND), one they may see but not act on is FORBIDDEN.
 */
export async function refusalFor(openid: string, wish: WishDoc, otherwise: (actor: Actor) => AppError): Promise<AppError> {
  const user = await loadUser(openid);
  if (!user) return new AppError('NOT_REGISTERED');
  const actor = toActor(user);
  if (!canOnWish(actor, 'view', factsOf(wish))) return new AppError('NOT_FOUND');
  return otherwise(actor);
}
