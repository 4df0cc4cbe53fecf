import { z } from 'zod';
import type { TimelineEntry } from './event';
import type { NamedPlacement } from './org';
import type {
  ComplaintAction,
  ComplaintCategory,
  ComplaintSource,
  ComplaintStatus,
  FollowUpVerdict,
  Level,
  OverdueKind,
  SummonStatus,
  Urgency,
  WaitingFor,
} from './complaint-labels';
import { COMPLAINT_CATEGORIES, COMPLAINT_STATUSES, FOLLOW_UP_VERDICTS, LEVELS, URGENCIES, WAITING_FOR } from './complaint-labels';
import { clientRequestId, cursor, id, optionalText, phone, photos, text } from './schema';

export * from './complaint-labels';

export const COMPLAINT_TEXT_MAX = 500;

export interface ComplaintLocation {
  latitude: number;
  longitude: number;
  address: string | null;
}

/** Who reported: private to the reporter, staff of the case and (for an anonymous case) community admins only. */
export interface Reporter {
  /** Set when the reporter uses the app; null for a resident a grid worker filed for without an account. */
  openid: string | null;
  name: string;
  phone: string | null;
  room: string | null;
}

/** One department summoned to the case (吹哨报到). Plain data: written whole or by position. */
export interface Summon {
  departmentId: string;
  departmentName: string;
  status: SummonStatus;
  summonedAt: Date;
  summonedBy: string;
  /** 报到 is due by then. */
  dueAt: Date;
  acknowledgedAt: Date | null;
  reportedAt: Date | null;
  result: string | null;
  photos: string[];
  /** The summoning admin was told this department had not 报到 in time. */
  lateNoticeAt: Date | null;
}

export interface Extension {
  until: Date;
  reason: string;
  requestedBy: string;
  requestedAt: Date;
  status: 'pending' | 'approved' | 'rejected';
  reviewedBy: string | null;
  reviewedAt: Date | null;
  reviewReason: string | null;
}

export interface FollowUpTask {
  dueAt: Date;
  done: boolean;
  satisfied: FollowUpVerdict | null;
  note: string | null;
  by: string | null;
  at: Date | null;
}

/** A document of the `complaints` collection. */
export interface ComplaintDoc extends NamedPlacement {
  _id: string;
  category: ComplaintCategory;
  text: string;
  photos: string[];
  location: ComplaintLocation | null;
  /** The location as a `db.Geo` point, for 同问 within 50 m; null without a location. */
  point: unknown | null;
  urgency: Urgency;
  anonymous: boolean;
  private: boolean;
  /** isPublicComplaint at filing (not anonymous, not private, not a private category): the wall's one equality. */
  public: boolean;
  source: ComplaintSource;
  reporter: Reporter;
  /** 王** — what the wall shows. */
  reporterMasked: string;
  /** Whoever filed it: the reporter, or the grid worker / building leader filing on their behalf or on patrol. */
  filedByOpenid: string;
  /** reporterSide(): the openids that speak for the reporter, for 我的诉求 (`reporterSide: openid`); kept by merge. */
  reporterSide: string[];
  clientRequestId: string;
  status: ComplaintStatus;
  level: Level;
  /** Set when the community dispatched the case to one person, or when someone accepted it. */
  assigneeOpenid: string | null;
  /** The assignee's name, written with `assigneeOpenid`, so that queue cards need no user read. */
  assigneeName: string | null;
  acceptDueAt: Date | null;
  resolveDueAt: Date | null;
  acceptedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  /** What the case waits for now and by when: the queues sort by `dueAt`, overdue first. */
  waitingFor: WaitingFor | null;
  dueAt: Date | null;
  /** The earliest moment the scheduler has something to do with the case; null when nothing is pending. */
  nextCheckAt: Date | null;
  /** Marked by the scheduler (or a late action) and cleared when the case moves on. */
  overdue: { kind: OverdueKind; since: Date } | null;
  /** 催办 was sent for the current 办结 due time. */
  urgedAt: Date | null;
  /** The case went up a level for being late past its 办结 due time. */
  lateEscalatedAt: Date | null;
  /** The case has left the grid at least once (escalated, returned): 网格化解率 counts those that never did. */
  leftGrid: boolean;
  complex: boolean;
  extension: Extension | null;
  summons: Summon[];
  summonedDepartmentIds: string[];
  supporters: string[];
  supportCount: number;
  resolution: { result: string; photos: string[]; by: string; at: Date } | null;
  rating: { rating: number; comment: string | null; at: Date } | null;
  reopenCount: number;
  followUp: FollowUpTask | null;
  returned: { reason: string; by: string; at: Date } | null;
  rejection: { reason: string; redirect: string | null; by: string; at: Date } | null;
  mergedInto: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface DepartmentDoc {
  _id: string;
  streetId: string;
  name: string;
  /** What the department is for, as the summon picker shows it (物业管理, 供电抢修…). */
  duty: string;
  /** 报到 within this many minutes of a summons. */
  reportLimitMinutes: number;
  order: number;
}

export interface DepartmentView {
  id: string;
  name: string;
  duty: string;
  reportLimitMinutes: number;
}

/** A case as the community wall and lists show it: no reporter name, phone or room. */
export interface ComplaintCard {
  id: string;
  category: ComplaintCategory;
  excerpt: string;
  status: ComplaintStatus;
  urgency: Urgency;
  level: Level;
  /** 王**, or 匿名 for an anonymous case. */
  reporterMasked: string;
  gridName: string | null;
  buildingName: string | null;
  communityName: string | null;
  address: string | null;
  coverPhoto: string | null;
  supportCount: number;
  waitingFor: WaitingFor | null;
  dueAt: string | null;
  overdue: { kind: OverdueKind; since: string } | null;
  createdAt: string;
}

/** A queue card adds what staff need to act: the reporter (unless anonymous), the handler, the summons. */
export interface QueueCard extends ComplaintCard {
  reporterName: string | null;
  source: ComplaintSource;
  assigneeName: string | null;
  summons: SummonView[];
}

export interface SummonView {
  departmentId: string;
  departmentName: string;
  status: SummonStatus;
  dueAt: string;
  acknowledgedAt: string | null;
  reportedAt: string | null;
  result: string | null;
  photos: string[];
}

export interface ComplaintDetail extends ComplaintCard {
  text: string;
  photos: string[];
  source: ComplaintSource;
  anonymous: boolean;
  private: boolean;
  location: ComplaintLocation | null;
  /** The reporter as the caller may see them; null for those who may not (the wall, a liaison of an anonymous case). */
  reporter: { name: string; phone: string | null; room: string | null } | null;
  mine: boolean;
  supported: boolean;
  assigneeName: string | null;
  acceptDueAt: string | null;
  resolveDueAt: string | null;
  acceptedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  complex: boolean;
  extension: { until: string; reason: string; status: Extension['status']; reviewReason: string | null } | null;
  summons: SummonView[];
  resolution: { result: string; photos: string[]; at: string } | null;
  rating: { rating: number; comment: string | null; at: string } | null;
  followUp: { dueAt: string; done: boolean; satisfied: FollowUpVerdict | null; note: string | null; at: string | null } | null;
  returnReason: string | null;
  rejection: { reason: string; redirect: string | null } | null;
  mergedInto: string | null;
  reopenCount: number;
  actions: ComplaintAction[];
  timeline: TimelineEntry[];
}

export interface ComplaintPage<T = ComplaintCard> {
  items: T[];
  nextCursor: string | null;
}

/** What the state-changing actions answer; the client reloads the detail for the rest. */
export interface ComplaintResult {
  id: string;
  status: ComplaintStatus;
  level: Level;
}


const location = z.strictObject({
  latitude: z.number('位置无效').min(-90, '位置无效').max(90, '位置无效'),
  longitude: z.number('位置无效').min(-180, '位置无效').max(180, '位置无效'),
  address: optionalText('地址', 100),
});

const reason = (label: string) => text(label, 200);

/** Who a grid worker or building leader files for: a registered resident by openid, or someone described. */
const onBehalfOf = z
  .strictObject({
    openid: id.optional(),
    name: text('居民姓名', 20).optional(),
    phone: phone.optional(),
    buildingId: id.optional(),
    room: optionalText('门牌号', 20),
  })
  .superRefine((value, context) => {
    if (value.openid) return;
    if (!value.name) context.addIssue({ code: 'custom', path: ['name'], message: '请填写居民姓名' });
    if (!value.buildingId) context.addIssue({ code: 'custom', path: ['buildingId'], message: '请选择居民所在楼栋' });
  });

export const createComplaintInput = z.strictObject({
  category: z.enum(COMPLAINT_CATEGORIES, '请选择问题类别'),
  text: text('问题描述', COMPLAINT_TEXT_MAX),
  photos: photos.optional(),
  buildingId: id.optional(),
  location: location.optional(),
  urgency: z.enum(URGENCIES, '请选择紧急程度'),
  anonymous: z.boolean().optional(),
  private: z.boolean().optional(),
  /** A staff member filing for a resident (帮办代办); `patrol: true` files what they found on 网格巡查. */
  onBehalfOf: onBehalfOf.optional(),
  patrol: z.boolean().optional(),
  clientRequestId,
});
export type CreateComplaintInput = z.infer<typeof createComplaintInput>;

export const similarComplaintsInput = z.strictObject({
  category: z.enum(COMPLAINT_CATEGORIES, '请选择问题类别'),
  buildingId: id.optional(),
  location: location.optional(),
});
export type SimilarComplaintsInput = z.infer<typeof similarComplaintsInput>;

export const complaintIdInput = z.strictObject({ id });

export const listComplaintsInput = z.strictObject({
  cursor,
  category: z.enum(COMPLAINT_CATEGORIES).optional(),
  status: z.enum(COMPLAINT_STATUSES).optional(),
});
export type ListComplaintsInput = z.infer<typeof listComplaintsInput>;

export const mineComplaintsInput = z.strictObject({ cursor });

export const departmentsInput = z.strictObject({});

export const queueInput = z.strictObject({
  status: z.enum(COMPLAINT_STATUSES).optional(),
  overdue: z.boolean().optional(),
  level: z.enum(LEVELS).optional(),
  /** The queue tabs: 待签收 accept, 办理中 resolve, 待回访 followUp; a liaison's 待报到 acknowledge, 待反馈 report. */
  waiting: z.enum([...WAITING_FOR, 'acknowledge', 'report']).optional(),
  /** A street admin reads one community of the street. */
  communityId: id.optional(),
  cursor,
});
export type QueueInput = z.infer<typeof queueInput>;

export const dispatchInput = z
  .strictObject({ id, gridId: id.optional(), assigneeOpenid: id.optional() })
  .refine((value) => Boolean(value.gridId || value.assigneeOpenid), { message: '请选择派往的网格或处理人', path: ['gridId'] });

export const reasonInput = z.strictObject({ id, reason: reason('原因') });

export const requestExtensionInput = z.strictObject({
  id,
  until: z.iso.datetime({ offset: true, error: '延期时间格式有误' }),
  reason: reason('延期原因'),
});
export type RequestExtensionInput = z.infer<typeof requestExtensionInput>;

export const reviewExtensionInput = z
  .strictObject({ id, approve: z.boolean(), reason: optionalText('审核意见', 200) })
  .refine((value) => value.approve || Boolean(value.reason), { message: '不同意延期时请填写原因', path: ['reason'] });

export const summonInput = z.strictObject({
  id,
  departmentIds: z.array(id).min(1, '请选择要吹哨的部门').max(5, '一次最多吹哨5个部门'),
  note: text('吹哨说明', 200),
});

export const resultInput = z.strictObject({ id, result: text('办理结果', 500), photos: photos.optional() });

export const rateInput = z.strictObject({
  id,
  rating: z.number('请选择评价').int('请选择评价').min(1, '请选择评价').max(5, '请选择评价'),
  comment: optionalText('评价内容', 200),
});

export const followUpInput = z.strictObject({
  id,
  satisfied: z.enum(FOLLOW_UP_VERDICTS, '请选择回访结果'),
  note: text('回访记录', 300),
});

export const mergeInput = z
  .strictObject({ id, intoId: id })
  .refine((value) => value.id !== value.intoId, { message: '不能合并到自身', path: ['intoId'] });

export const rejectInput = z.strictObject({ id, reason: reason('不予受理的原因'), redirect: optionalText('建议办理渠道', 100) });
