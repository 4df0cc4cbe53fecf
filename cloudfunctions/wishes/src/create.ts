import { createHash } from 'node:crypto';
import type { Actor } from '../../../types/actor';
import type { NamedPlacement } from '../../../types/org';
import { canFileOnBehalf, filesOnBehalf } from '../../../types/permissions-wishes';
import { maskName } from '../../../types/privacy';
import { filingLabel, onBehalfRole } from '../../../types/filer';
import type { UserDoc } from '../../../types/user';
import type { Beneficiary, CreateWishInput, WishDoc } from '../../../types/wish';
import { createWishInput } from '../../../types/wish';
import type { MemberContext } from '../../_shared/action';
import { defineAction } from '../../_shared/action';
import { inCommunityTime } from '../../_shared/clock';
import { assertContentAllowed } from '../../_shared/content-security';
import { hideFailedPhotos } from '../../_shared/media-check-verdict';
import { checkPhotos } from '../../_shared/photos';
import { AppError, isDuplicateKey } from '../../_shared/errors';
import { resolvePlacement } from '../../_shared/org-repository';
import { database } from '../../_shared/runtime';
import { loadUser } from '../../_shared/users-repository';
import { LONGEST_WAIT_DAYS, wantedByDeadline } from './wanted-by';
import { OUTBOX_FIELD, deliverOrDefer, outboxEntry } from '../../_shared/outbox';
import { WISHES, loadWish, wishEventEntry } from '../../_shared/wishes/wish-store';
import { toDetail } from './wish-views';

/** The same caller retrying the same request lands on the same document. */
function wishIdFor(openid: string, clientRequestId: string): string {
  return createHash('sha256').update(`${openid}\n${clientRequestId}`).digest('hex').slice(0, 32);
}

interface Filing {
  placement: NamedPlacement;
  beneficiary: Beneficiary;
  filedByGridWorker: boolean;
}

function filingForSelf(user: UserDoc): Filing {
  if (!user.buildingId || !user.name) throw new AppError('PROFILE_INCOMPLETE');
  return {
    placement: user,
    beneficiary: { openid: user._id, name: user.name, phone: user.phone, room: user.room },
    filedByGridWorker: false,
  };
}

type OnBehalfOf = NonNullable<CreateWishInput['onBehalfOf']>;

/** The beneficiary's placement and private details: from their profile when they use the app, else as described. */
async function beneficiaryOf(onBehalfOf: OnBehalfOf): Promise<{ placement: NamedPlacement; beneficiary: Beneficiary } | null> {
  if (onBehalfOf.openid) {
    const resident = await loadUser(onBehalfOf.openid);
    if (!resident?.buildingId || !resident.name) return null;
    if (onBehalfOf.buildingId && onBehalfOf.buildingId !== resident.buildingId) return null;
    return {
      placement: resident,
      beneficiary: {
        openid: resident._id,
        name: onBehalfOf.name ?? resident.name,
        phone: onBehalfOf.phone ?? resident.phone,
        room: onBehalfOf.room ?? resident.room,
      },
    };
  }
  if (!onBehalfOf.buildingId || !onBehalfOf.name) return null;
  const placement = await resolvePlacement({ streetId: null, communityId: null, gridId: null, buildingId: onBehalfOf.buildingId });
  if (!placement) return null;
  return { placement, beneficiary: { openid: null, name: onBehalfOf.name, phone: onBehalfOf.phone ?? null, room: onBehalfOf.room ?? null } };
}

/** A grid worker or building leader files, during a home visit, for a resident of their own grid. */
async function filingOnBehalf(actor: Actor, onBehalfOf: OnBehalfOf): Promise<Filing> {
  if (!filesOnBehalf(actor)) throw new AppError('FORBIDDEN', '只有网格员或楼栋长可以代居民提交心愿');
  const found = await beneficiaryOf(onBehalfOf);
  if (!found) throw new AppError('INVALID_INPUT', '找不到该居民或楼栋，请重新选择');
  if (!canFileOnBehalf(actor, found.placement)) throw new AppError('FORBIDDEN', '只能为本网格的居民代提交心愿');
  return { ...found, filedByGridWorker: true };
}

function deadlineOf(input: CreateWishInput, now: Date): Date | null {
  if (!input.wantedBy) return null;
  const deadline = wantedByDeadline(input.wantedBy);
  const today = inCommunityTime(now).startOf('day');
  if (deadline < today.toDate()) throw new AppError('INVALID_INPUT', '期望完成日期不能早于今天', [{ path: 'wantedBy', message: '期望完成日期不能早于今天' }]);
  if (deadline > today.add(LONGEST_WAIT_DAYS, 'day').toDate()) {
    throw new AppError('INVALID_INPUT', '期望完成日期不能超过一年', [{ path: 'wantedBy', message: '期望完成日期不能超过一年' }]);
  }
  return deadline;
}

async function existingFiling(context: MemberContext, id: string) {
  const wish = await loadWish(id);
  if (!wish || wish.requesterOpenid !== context.openid) throw new AppError('INTERNAL');
  return toDetail(wish, context.actor, [], new Date());
}

/** A resident files a wish, or a grid worker files one for a resident; it waits for the community's review. */
export const create = defineAction({
  input: createWishInput,
  access: { kind: 'member' },
  async run(context, input) {
    const { openid, user, actor } = context;
    const now = new Date();
    const wantedBy = deadlineOf(input, now);
    const filing = input.onBehalfOf ? await filingOnBehalf(actor, input.onBehalfOf) : filingForSelf(user);
    await assertContentAllowed(openid, { title: input.title, story: input.story, 'onBehalfOf.name': input.onBehalfOf?.name, 'onBehalfOf.room': input.onBehalfOf?.room });
    await checkPhotos(openid, input.photos, { itemType: 'wish', itemId: wishIdFor(openid, input.clientRequestId) });

    const db = database();
    const wish: WishDoc = {
      _id: wishIdFor(openid, input.clientRequestId),
      title: input.title,
      story: input.story,
      category: input.category,
      beneficiaryType: input.beneficiaryType,
      photos: input.photos ?? [],
      wantedBy,
      status: 'pending_review',
      requesterOpenid: openid,
      filedByGridWorker: filing.filedByGridWorker,
      filedByRole: filing.filedByGridWorker ? onBehalfRole(actor.roles) : null,
      beneficiary: filing.beneficiary,
      beneficiaryMasked: maskName(filing.beneficiary.name),
      clientRequestId: input.clientRequestId,
      review: null,
      claim: null,
      fulfilment: null,
      confirmation: null,
      publishedAt: null,
      streetId: filing.placement.streetId,
      communityId: filing.placement.communityId,
      gridId: filing.placement.gridId,
      buildingId: filing.placement.buildingId,
      communityName: filing.placement.communityName,
      gridName: filing.placement.gridName,
      buildingName: filing.placement.buildingName,
      createdAt: now,
      updatedAt: now,
    };
    const created = outboxEntry(
      wishEventEntry({ wish, action: 'wish.created', from: null, to: 'pending_review', actorOpenid: openid, actorLabel: filingLabel(wish) }),
    );
    try {
      await db.collection(WISHES).add({ data: { ...wish, createdAt: db.serverDate(), updatedAt: db.serverDate(), [OUTBOX_FIELD]: [created] } });
    } catch (error) {
      if (isDuplicateKey(error)) return existingFiling(context, wish._id);
      throw error;
    }
    await deliverOrDefer(WISHES, wish._id, [created]);
    if (wish.photos.length > 0) await hideFailedPhotos('wish', wish._id);
    return toDetail(wish, actor, [], now);
  },
});
