import type { EventDoc } from './event';
import { z } from 'zod';
import type { NamedPlacement } from './org';
import type { Role } from './roles';
import { ROLES } from './roles';
import { boundedString, id, noInput, optionalText, phone, text } from './schema';
import { REVIEW_REASON_LABEL, REVIEW_REASON_MAX, REVIEW_REASON_REQUIRED } from './review-reason';

export const VOLUNTEER_STATUSES = ['none', 'pending', 'approved', 'rejected'] as const;
export type VolunteerStatus = (typeof VOLUNTEER_STATUSES)[number];

export interface VolunteerRecord {
  status: VolunteerStatus;
  intro: string | null;
  appliedAt: Date | null;
  reviewedAt: Date | null;
  reviewedBy: string | null;
  reason: string | null;
}

/** A document of the `users` collection; `_id` is the user's openid. */
export interface UserDoc extends NamedPlacement {
  _id: string;
  name: string;
  phone: string | null;
  room: string | null;
  roles: Role[];
  /** The department a 部门联络员 answers for; absent or null for everyone else. */
  departmentId?: string | null;
  volunteer: VolunteerRecord;
  points: number;
  /** Wishes this volunteer holds right now; the claim limit is enforced on it atomically. */
  activeClaims: number;
  /** When a claim slot was last taken or given back: the slot audit leaves counters that are in motion. */
  claimSlotsChangedAt?: Date | null;
  elderMode: boolean;
  /** Inbox entries at or before this time count as read. */
  inboxReadAt: Date | null;
  /** When BOOTSTRAP_ADMINS made this user an admin: it happens once, so a later demotion stands. */
  bootstrappedAt?: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** What the owner sees of their own profile. */
export interface MyProfile extends NamedPlacement {
  openid: string;
  name: string;
  phone: string | null;
  room: string | null;
  roles: Role[];
  volunteerStatus: VolunteerStatus;
  volunteerReason: string | null;
  points: number;
  elderMode: boolean;
  /** Placed in a community, with a name: what filing anything requires. */
  registered: boolean;
  /**
   * Where the caller belongs: a community (residents and community staff), the street (a street admin, who
   * serves all of its communities and has nothing to 登记), or nowhere yet (asked to 登记).
   */
  placedIn: 'community' | 'street' | null;
  /** The street's name (云中路街道), for every placed user. */
  streetName: string | null;
  /** The label of the caller's highest role: 街道管理员, 社区管理员, 网格员, 楼栋长, 志愿者 or 居民. */
  roleLabel: string;
  /** The 工作台 header for staff — the place they serve and their role, e.g. 云中路街道 · 街道管理员; null for others. */
  staffTitle: string | null;
}

/** What staff see of another user: the phone masked. */
export interface UserSummary {
  openid: string;
  name: string;
  phoneMasked: string | null;
  roles: Role[];
  volunteerStatus: VolunteerStatus;
  volunteerIntro: string | null;
  gridId: string | null;
  gridName: string | null;
  buildingId: string | null;
  buildingName: string | null;
}

export const loginInput = noInput;

export const meInput = noInput;

export const updateProfileInput = z
  .strictObject({
    name: text('姓名', 20).optional(),
    phone: phone.optional(),
    communityId: id.optional(),
    gridId: id.optional(),
    buildingId: id.optional(),
    room: text('门牌号', 20).optional(),
    elderMode: z.boolean().optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: '没有要修改的内容' });
export type UpdateProfileInput = z.infer<typeof updateProfileInput>;

export const listOrgInput = z.strictObject({ communityId: id.optional() });
export type ListOrgInput = z.infer<typeof listOrgInput>;

export const applyVolunteerInput = z.strictObject({ intro: text('自我介绍', 200) });
export type ApplyVolunteerInput = z.infer<typeof applyVolunteerInput>;

export const reviewVolunteerInput = z
  .strictObject({ openid: id, approve: z.boolean(), reason: optionalText(REVIEW_REASON_LABEL, REVIEW_REASON_MAX) })
  .refine((value) => value.approve || Boolean(value.reason), { message: REVIEW_REASON_REQUIRED, path: ['reason'] });
export type ReviewVolunteerInput = z.infer<typeof reviewVolunteerInput>;

export const setRolesInput = z.strictObject({
  openid: id,
  roles: z.array(z.enum(ROLES)).max(ROLES.length),
});
export type SetRolesInput = z.infer<typeof setRolesInput>;

export const listMembersInput = z.strictObject({
  volunteerStatus: z.enum(VOLUNTEER_STATUSES).optional(),
  cursor: id.optional(),
});
export type ListMembersInput = z.infer<typeof listMembersInput>;

export const pointsHistoryInput = z.strictObject({ cursor: boundedString(120).optional() });
export type PointsHistoryInput = z.infer<typeof pointsHistoryInput>;

/** One credit (or debit) of the caller's points, read from the event that carried it. */
export interface PointsCredit {
  /** The event's id. */
  id: string;
  itemType: EventDoc['itemType'];
  /** The wish (or other item) the points were for. */
  itemId: string;
  itemTitle: string | null;
  /** What happened, e.g. `wish.confirmed`. */
  action: string;
  points: number;
  at: string;
}

export interface PointsHistory {
  /** The caller's balance now. */
  balance: number;
  items: PointsCredit[];
  nextCursor: string | null;
}

export interface Page<T> {
  items: T[];
  /** Pass back to get the next page; null when there is none. */
  nextCursor: string | null;
}
