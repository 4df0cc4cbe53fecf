import { z } from 'zod';
import type { TimelineEntry } from './event';
import type { OnBehalfRole } from './filer';
import type { NamedPlacement } from './org';
import { boundedString, clientRequestId, cursor, id, noInput, optionalText, phone, photos, text } from './schema';
import { REVIEW_REASON_LABEL, REVIEW_REASON_MAX, REVIEW_REASON_REQUIRED } from './review-reason';
import type { BeneficiaryType, WishCategory, WishStatus } from './wish-labels';
import { BENEFICIARY_TYPES, WISH_CATEGORIES, WISH_STATUSES } from './wish-labels';

export * from './wish-labels';

/** The person the wish is for. Private: only the claim holder, the filing grid worker and admins see it. */
export interface Beneficiary {
  /** Set when the beneficiary uses the app (a resident filing for themselves, or a registered resident filed for). */
  openid: string | null;
  name: string;
  phone: string | null;
  room: string | null;
}

export interface WishClaim {
  volunteerOpenid: string;
  claimedAt: Date;
  expiresAt: Date;
}

export interface WishDoc extends NamedPlacement {
  _id: string;
  title: string;
  story: string;
  category: WishCategory;
  beneficiaryType: BeneficiaryType;
  photos: string[];
  wantedBy: Date | null;
  status: WishStatus;
  /** Who filed it: the resident, or the grid worker filing on their behalf. */
  requesterOpenid: string;
  filedByGridWorker: boolean;
  /** The role a filer on behalf filed as (网格员 or 楼栋长); null for a resident's own wish. */
  filedByRole?: OnBehalfRole | null;
  beneficiary: Beneficiary;
  /** 张** — what everyone else sees. */
  beneficiaryMasked: string;
  clientRequestId: string;
  review: { by: string; at: Date; reason: string | null } | null;
  claim: WishClaim | null;
  fulfilment: { note: string; photos: string[]; at: Date } | null;
  confirmation: { by: string; at: Date; thanks: string | null } | null;
  /** Wall order key: set when published. */
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A wish as the wall shows it: no contact, no room, the beneficiary masked. */
export interface WishCard {
  id: string;
  title: string;
  category: WishCategory;
  beneficiaryType: BeneficiaryType;
  beneficiaryMasked: string;
  gridId: string | null;
  gridName: string | null;
  /** Shown beside the grid in street-wide lists (a street admin's wall and 全部心愿). */
  communityName: string | null;
  status: WishStatus;
  /** The end of the wanted-by day, as an instant. */
  wantedBy: string | null;
  /** The wanted-by day itself in community time, YYYY-MM-DD. */
  wantedByDay: string | null;
  /** Whole days until wantedBy in community time; null without a date. */
  daysLeft: number | null;
  /** The start of the story, for lists (the review queue, the wall). */
  storyExcerpt: string;
  filedByGridWorker: boolean;
  coverPhoto: string | null;
  claimed: boolean;
  publishedAt: string | null;
  createdAt: string;
}

/** The actions the caller may take now, computed by the server from the same tables the client imports. */
export type WishAction = 'review' | 'claim' | 'cancelClaim' | 'fulfil' | 'confirm' | 'withdraw' | 'resubmit';

/**
 * Why the caller cannot claim a published wish, and so the way forward the detail shows:
 * 先登记 (register), 申请成为志愿者 (become_volunteer), 申请审核中 (volunteer_pending). Null when claiming is
 * possible, or not for this caller at all (their own wish, a street admin, a wish that is not on the wall).
 */
export type ClaimHint = 'register' | 'become_volunteer' | 'volunteer_pending';

/**
 * The person the wish is for, as the caller may see them: shown once, in full. `self` when that person is
 * the caller (no call button to oneself); `callable` when the client may offer 点击拨打.
 */
export interface WishContact {
  name: string;
  phone: string | null;
  room: string | null;
  buildingName: string | null;
  self: boolean;
  callable: boolean;
}

export interface WishDetail extends WishCard {
  story: string;
  photos: string[];
  /** How many days a volunteer has to fulfil a claim (the community's setting). */
  claimDays: number;
  buildingName: string | null;
  /** Present only for the claim holder, the filing grid worker and community admins. */
  beneficiary: Beneficiary | null;
  /** The claim holder: the full name for those who see private details, masked for everyone else. */
  claimVolunteerName: string | null;
  claimExpiresAt: string | null;
  fulfilment: { note: string; photos: string[]; at: string } | null;
  thanks: string | null;
  rejectReason: string | null;
  mine: boolean;
  /** The wish is for the caller: they filed it for themselves, or it was filed for them. */
  isMine: boolean;
  /** The caller filed it (for themselves, or for a neighbour as 网格员 / 楼栋长). */
  filedByMe: boolean;
  /** The beneficiary's contact for those who may see private details; null for everyone else. */
  contact: WishContact | null;
  holdingClaim: boolean;
  actions: WishAction[];
  claimHint: ClaimHint | null;
  timeline: TimelineEntry[];
}

/** A day (2026-12-01), or a moment whose day in community time is meant (2026-12-01T00:00:00+08:00). */
const wantedDay = z.union([z.iso.date(), z.iso.datetime({ offset: true })], { error: '日期格式应为 YYYY-MM-DD' });

/**
 * Who a grid worker files for: a registered resident by openid (a bare openid string is accepted too),
 * or someone without the app, described by name and building.
 */
const beneficiaryInput = z.preprocess(
  (value) => (typeof value === 'string' ? { openid: value } : value),
  z
    .strictObject({
      name: text('受助人姓名', 20).optional(),
      phone: phone.optional(),
      buildingId: id.optional(),
      room: optionalText('门牌号', 20),
      openid: id.optional(),
    })
    .superRefine((value, context) => {
      if (value.openid) return;
      if (!value.name) context.addIssue({ code: 'custom', path: ['name'], message: '请填写受助人姓名' });
      if (!value.buildingId) context.addIssue({ code: 'custom', path: ['buildingId'], message: '请选择受助人所在楼栋' });
    }),
);

export const createWishInput = z.strictObject({
  title: text('心愿标题', 30),
  story: text('心愿故事', 500),
  category: z.enum(WISH_CATEGORIES, '请选择心愿类别'),
  beneficiaryType: z.enum(BENEFICIARY_TYPES, '请选择受助对象类型'),
  wantedBy: wantedDay.optional(),
  photos: photos.optional(),
  onBehalfOf: beneficiaryInput.optional(),
  clientRequestId,
});
export type CreateWishInput = z.infer<typeof createWishInput>;

export const listWishesInput = z.strictObject({
  cursor,
  category: z.enum(WISH_CATEGORIES).optional(),
  beneficiaryType: z.enum(BENEFICIARY_TYPES).optional(),
  gridId: id.optional(),
});
export type ListWishesInput = z.infer<typeof listWishesInput>;

export const mineInput = noInput;

export const wishIdInput = z.strictObject({ id });

export const reviewWishInput = z
  .strictObject({ id, approve: z.boolean(), reason: optionalText(REVIEW_REASON_LABEL, REVIEW_REASON_MAX) })
  .refine((value) => value.approve || Boolean(value.reason), { message: REVIEW_REASON_REQUIRED, path: ['reason'] });

export type ReviewWishInput = z.infer<typeof reviewWishInput>;

export const fulfilWishInput = z.strictObject({ id, note: text('完成情况说明', 300), photos: photos.optional() });
export type FulfilWishInput = z.infer<typeof fulfilWishInput>;

export const confirmWishInput = z.strictObject({ id, thanks: optionalText('感谢的话', 200) });

/**
 * A rejected wish, changed and sent back for review: fields left out keep their value; `wantedBy: null`
 * takes the date away; `photos` replaces the whole list.
 */
export const resubmitWishInput = z.strictObject({
  id,
  title: text('心愿标题', 30).optional(),
  story: text('心愿故事', 500).optional(),
  category: z.enum(WISH_CATEGORIES, '请选择心愿类别').optional(),
  beneficiaryType: z.enum(BENEFICIARY_TYPES, '请选择受助对象类型').optional(),
  wantedBy: wantedDay.nullable().optional(),
  photos: photos.optional(),
});
export type ResubmitWishInput = z.infer<typeof resubmitWishInput>;

export const pendingCountsInput = noInput;

/** What waits for the caller in the 管理 tab: the badge shows `total`. Zero for whoever reviews nothing. */
export interface PendingCounts {
  wishReviews: number;
  volunteerApplications: number;
  total: number;
}

export const adminListWishesInput = z.strictObject({
  status: z.enum(WISH_STATUSES).optional(),
  cursor,
  /** Part of the title, as typed: matched literally, case-insensitively. */
  q: boundedString(30, '搜索内容不能超过30个字').optional(),
});
export type AdminListWishesInput = z.infer<typeof adminListWishesInput>;

/** A card of 全部心愿: staff see who the wish is for, who filed it and who claimed it, by real name. */
export interface AdminWishCard extends WishCard {
  beneficiaryName: string;
  /** Who filed it: the resident themselves, or the 网格员 / 楼栋长 who filed for them. */
  requesterName: string | null;
  claimerName: string | null;
}

/** How many wishes of the caller's scope are in each status (the search and the status filter aside). */
export type WishStatusCounts = Record<WishStatus, number> & { all: number };

export interface AdminWishPage {
  items: AdminWishCard[];
  nextCursor: string | null;
  /** On the first page only (no cursor); null on the pages after it. */
  counts: WishStatusCounts | null;
}

export interface WishPage {
  items: WishCard[];
  nextCursor: string | null;
}

export interface MyWishes {
  /** Filed by me, or for me. */
  wishes: WishCard[];
  /** Claimed by me (current and done); empty for non-volunteers. */
  claims: WishCard[];
}

/** What the state-changing actions other than create and review answer. */
export interface WishStatusChange {
  id: string;
  status: WishStatus;
}

export interface ClaimResult extends WishStatusChange {
  claimExpiresAt: string;
}

export interface ConfirmResult extends WishStatusChange {
  pointsCredited: number;
}
