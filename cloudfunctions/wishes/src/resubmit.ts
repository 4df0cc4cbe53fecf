import { filerLabel } from '../../../types/filer';
import { canOnWish } from '../../../types/permissions-wishes';
import type { ResubmitWishInput, WishDoc } from '../../../types/wish';
import { WISH_TRANSITIONS, canTransition, resubmitWishInput } from '../../../types/wish';
import { defineAction } from '../../_shared/action';
import { inCommunityTime } from '../../_shared/clock';
import { assertContentAllowed } from '../../_shared/content-security';
import { AppError } from '../../_shared/errors';
import { hideFailedPhotos } from '../../_shared/media-check-verdict';
import { checkPhotos } from '../../_shared/photos';
import { factsOf, loadWish, requesterSide, transitionWish } from '../../_shared/wishes/wish-store';
import { LONGEST_WAIT_DAYS, wantedByDeadline } from './wanted-by';
import { toDetail } from './wish-views';

const NOT_REJECTED = '只有未通过审核的心愿可以修改后重新提交';

function invalidDate(message: string): AppError {
  return new AppError('INVALID_INPUT', message, [{ path: 'wantedBy', message }]);
}

/** The new wanted-by deadline: unchanged when left out, none for null, else a day from today to a year ahead. */
function deadlineOf(input: ResubmitWishInput, wish: WishDoc, now: Date): Date | null {
  if (input.wantedBy === undefined) return wish.wantedBy;
  if (input.wantedBy === null) return null;
  const deadline = wantedByDeadline(input.wantedBy);
  const today = inCommunityTime(now).startOf('day');
  if (deadline < today.toDate()) throw invalidDate('期望完成日期不能早于今天');
  if (deadline > today.add(LONGEST_WAIT_DAYS, 'day').toDate()) throw invalidDate('期望完成日期不能超过一年');
  return deadline;
}

/** Text that changed, by the form's field name: only that goes through the content check again. */
function changedText(input: ResubmitWishInput, wish: WishDoc): Record<string, string | undefined> {
  return {
    title: input.title !== undefined && input.title !== wish.title ? input.title : undefined,
    story: input.story !== undefined && input.story !== wish.story ? input.story : undefined,
  };
}

/**
 * New photos (not already on the wish) are checked as on filing; a refusal names the photo by its index in
 * the list the caller sent.
 */
async function checkAddedPhotos(openid: string, wish: WishDoc, photos: readonly string[]): Promise<void> {
  const addedAt = photos.flatMap((photo, index) => (wish.photos.includes(photo) ? [] : [index]));
  if (addedAt.length === 0) return;
  try {
    await checkPhotos(openid, addedAt.map((index) => photos[index]!), { itemType: 'wish', itemId: wish._id });
  } catch (error) {
    if (!(error instanceof AppError) || !Array.isArray(error.details)) throw error;
    const details = (error.details as Array<{ path: string; message: string }>).map((issue) => {
      const match = /^photos\.(\d+)$/.exec(issue.path);
      return match ? { ...issue, path: `photos.${addedAt[Number(match[1])]}` } : issue;
    });
    throw new AppError(error.code, error.message, details);
  }
}

/**
 * Whoever filed a rejected wish changes it and sends it back to the community's review queue
 * (rejected → pending_review). Photos already on the wish stay without a new check; new ones are checked
 * as on filing.
 */
export const resubmit = defineAction({
  input: resubmitWishInput,
  access: { kind: 'registered' },
  async run({ openid, actor, user }, input) {
    const wish = await loadWish(input.id);
    const facts = wish ? factsOf(wish) : null;
    if (!wish || !facts || !canOnWish(actor, 'view', facts)) throw new AppError('NOT_FOUND');
    if (!canOnWish(actor, 'resubmit', facts)) throw new AppError('FORBIDDEN', '只有提交人可以修改后重新提交');
    if (!canTransition('resubmit', wish.status)) throw new AppError('INVALID_STATE', NOT_REJECTED);

    const now = new Date();
    const wantedBy = deadlineOf(input, wish, now);
    await assertContentAllowed(openid, changedText(input, wish));
    const photos = input.photos ?? wish.photos;
    await checkAddedPhotos(openid, wish, photos);

    const changes = {
      title: input.title ?? wish.title,
      story: input.story ?? wish.story,
      category: input.category ?? wish.category,
      beneficiaryType: input.beneficiaryType ?? wish.beneficiaryType,
      wantedBy,
      photos,
      review: null,
    };
    const to = WISH_TRANSITIONS.resubmit.to;
    const updated: WishDoc = { ...wish, ...changes, status: to, updatedAt: now };
    const won = await transitionWish({
      wish: updated,
      guard: { _id: wish._id, status: 'rejected' },
      from: 'rejected',
      changes,
      action: 'wish.resubmitted',
      to,
      actorOpenid: openid,
      actorLabel: filerLabel(wish),
      recipients: requesterSide(wish),
    });
    if (!won) throw new AppError('INVALID_STATE', NOT_REJECTED);
    if (photos.length > 0) await hideFailedPhotos('wish', wish._id);
    const registered = Boolean(user.communityId && user.name);
    return toDetail(updated, actor, [], now, registered);
  },
});
