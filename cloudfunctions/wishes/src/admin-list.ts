import type { Actor } from '../../../types/actor';
import { isStaff } from '../../../types/roles';
import type { AdminWishCard, AdminWishPage, WishDoc, WishStatusCounts } from '../../../types/wish';
import { WISH_STATUSES, adminListWishesInput } from '../../../types/wish';
import { defineAction } from '../../_shared/action';
import { AppError } from '../../_shared/errors';
import { countWhere, database } from '../../_shared/runtime';
import { readNewestFirst } from '../../_shared/cursor';
import { containsText } from '../../_shared/text-search';
import { userNames } from '../../_shared/users-repository';
import { toCard } from './wish-views';
import { WISHES } from '../../_shared/wishes/wish-store';

/** What each kind of staff oversees: the community, the street, or their own grid. */
function staffScope(actor: Actor): Record<string, string> {
  if (actor.roles.includes('community_admin') && actor.communityId) return { communityId: actor.communityId };
  if (actor.roles.includes('street_admin') && actor.streetId) return { streetId: actor.streetId };
  if (actor.communityId && actor.gridId) return { communityId: actor.communityId, gridId: actor.gridId };
  throw new AppError('FORBIDDEN');
}

/** How many wishes of the scope are in each status: one count per status, each served by the scope's status index. */
async function statusCounts(scope: Record<string, string>): Promise<WishStatusCounts> {
  const perStatus = await Promise.all(WISH_STATUSES.map((status) => countWhere(WISHES, { ...scope, status })));
  const counts = Object.fromEntries(WISH_STATUSES.map((status, index) => [status, perStatus[index] ?? 0])) as Record<(typeof WISH_STATUSES)[number], number>;
  return { ...counts, all: perStatus.reduce((sum, count) => sum + count, 0) };
}

/** The names of the filers on behalf and the claim holders of a page: one read. */
function namesOf(wishes: WishDoc[]): Promise<Map<string, string>> {
  const openids = new Set<string>();
  for (const wish of wishes) {
    if (wish.filedByGridWorker) openids.add(wish.requesterOpenid);
    if (wish.claim) openids.add(wish.claim.volunteerOpenid);
  }
  return userNames(openids);
}

/** Staff see who a wish is for, who filed it and who holds it, by name: their own scope's people. */
function toAdminCard(wish: WishDoc, names: Map<string, string>, now: Date): AdminWishCard {
  return {
    ...toCard(wish, now),
    beneficiaryName: wish.beneficiary.name,
    requesterName: wish.filedByGridWorker ? (names.get(wish.requesterOpenid) ?? null) : wish.beneficiary.name,
    claimerName: wish.claim ? (names.get(wish.claim.volunteerOpenid) ?? null) : null,
  };
}

/**
 * 全部心愿 and the review queue (`status: pending_review`): every wish in the caller's scope, newest filed
 * first, optionally by status and by part of the title; per-status counts on the first page.
 */
export const adminList = defineAction({
  input: adminListWishesInput,
  access: { kind: 'actor', allow: (actor) => isStaff(actor.roles) },
  async run({ actor }, input) {
    const db = database();
    const scope = staffScope(actor);
    const filter: Record<string, unknown> = { ...scope };
    if (input.status) filter.status = input.status;
    if (input.q) filter.title = containsText(db, input.q);
    const [page, counts] = await Promise.all([
      readNewestFirst<WishDoc>(WISHES, filter, 'createdAt', input.cursor),
      input.cursor ? Promise.resolve(null) : statusCounts(scope),
    ]);
    const names = await namesOf(page.items);
    const now = new Date();
    const result: AdminWishPage = { items: page.items.map((wish) => toAdminCard(wish, names, now)), nextCursor: page.nextCursor, counts };
    return result;
  },
});
