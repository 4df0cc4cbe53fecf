import { z } from 'zod';
import type { TimelineEntry } from './event';
import type { EvaluationRating, EvaluationSummary, MeetingAction, MeetingScope, MeetingStatus } from './meeting-labels';
import { CHECK_IN_ALPHABET, CHECK_IN_CODE_LENGTH, EVALUATION_DAYS_MAX, EVALUATION_RATINGS, MEETING_CAPACITY_MAX, MEETING_SCOPES, MEETING_STATUSES } from './meeting-labels';
import type { NamedPlacement } from './org';
import { clientRequestId, cursor, id, optionalText, photos, text } from './schema';

export * from './meeting-labels';

export const MEETING_TITLE_MAX = 40;
export const MEETING_BACKGROUND_MAX = 1000;

/** One registration for the meeting: its place in `registrations` decides 已报名 (within capacity) or 候补. */
export interface Registration {
  openid: string;
  name: string;
  /** The check-in code, unique inside the meeting. */
  code: string;
  at: Date;
}

export interface CancelledRegistration extends Registration {
  cancelledAt: Date;
}

export interface MeetingPlan {
  startsAt: Date;
  place: string;
  capacity: number;
  registrationClosesAt: Date;
  /** The registrants were reminded the day before (once). */
  remindedAt: Date | null;
}

export interface ReviewRecord {
  approve: boolean;
  note: string;
  by: string;
  byLabel: string;
  at: Date;
}

export interface DecisionRecord {
  approve: boolean;
  reason: string | null;
  withMeeting: boolean;
  by: string;
  at: Date;
}

export interface MeetingMinutes {
  minutes: string;
  resolution: string;
  attendeesCount: number;
  checkedInCount: number;
  recordedBy: string;
  recordedAt: Date;
}

export interface ProgressReport {
  note: string;
  photos: string[];
  by: string;
  at: Date;
}

export interface Evaluation {
  openid: string;
  rating: EvaluationRating;
  comment: string | null;
  at: Date;
}

/**
 * A document of the `meetings` collection: one topic (议题) from its proposal to its evaluation. The place
 * fields are the proposer's; `scopeId` is the building, grid or community the scope names.
 */
export interface MeetingDoc extends NamedPlacement {
  _id: string;
  title: string;
  background: string;
  scope: MeetingScope;
  scopeId: string;
  /** `building:<id>` for a building topic (seen by its residents and the community's staff), else `community:<id>`. */
  visibility: string;
  proposer: { openid: string; name: string };
  proposedAt: Date;
  clientRequestId: string;
  fromComplaint: { id: string; title: string } | null;
  status: MeetingStatus;
  seconders: string[];
  secondCount: number;
  /** The threshold as it was when the topic was proposed. */
  threshold: number;
  thresholdReachedAt: Date | null;
  lapsesAt: Date;
  review: ReviewRecord | null;
  decision: DecisionRecord | null;
  meeting: MeetingPlan | null;
  registrations: Registration[];
  /** How many entries `registrations` holds (registered and waitlisted): the register guard compares it with the capacity. */
  registeredTotal: number;
  cancelledRegistrations: CancelledRegistration[];
  /** Openids of those checked in (once each). */
  checkIns: string[];
  record: MeetingMinutes | null;
  progress: ProgressReport[];
  evaluationWindow: { opensAt: Date; endsAt: Date } | null;
  evaluations: Evaluation[];
  evaluationCounts: Record<EvaluationRating, number>;
  /** Why a review or the decision refused it. */
  rejectedReason: string | null;
  closedAt: Date | null;
  /**
   * The topic's own timeline: its steps (not one person's second, registration, check-in or rating), pushed in the
   * same write as the event (the event in `events` stays the inbox and audit record): the detail page reads it
   * with the topic, no second read.
   */
  history: MeetingHistoryEntry[];
  /** When the scheduler must look at the topic next (lapse, reminder, end of evaluation); null when never. */
  nextCheckAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** One line of a topic's own timeline, as stored on it. */
export interface MeetingHistoryEntry {
  action: string;
  from: string | null;
  to: string | null;
  actorLabel: string;
  note: string | null;
  at: Date;
}

/** A topic as lists show it: the proposer masked (王**) unless the caller is the proposer or staff. */
export interface MeetingCard {
  id: string;
  title: string;
  excerpt: string;
  scope: MeetingScope;
  status: MeetingStatus;
  /** Index into FIVE_STEPS. */
  step: number;
  proposerName: string;
  communityName: string | null;
  gridName: string | null;
  buildingName: string | null;
  secondCount: number;
  threshold: number;
  startsAt: string | null;
  place: string | null;
  fromComplaintId: string | null;
  proposedAt: string;
}

export interface MyRegistration {
  status: 'registered' | 'waitlisted';
  /** 1-based place on the waitlist. */
  waitlistPosition: number | null;
  /** Shown only to its holder. */
  code: string;
  checkedIn: boolean;
}

/** One line of the roster staff see: real names, no codes. */
export interface RosterEntry {
  name: string;
  status: 'registered' | 'waitlisted';
  waitlistPosition: number | null;
  checkedIn: boolean;
  at: string;
}

export interface MeetingDetail extends MeetingCard {
  background: string;
  fromComplaint: { id: string; title: string } | null;
  mine: boolean;
  seconded: boolean;
  lapsesAt: string;
  review: { approve: boolean; note: string; byLabel: string; at: string } | null;
  decision: { approve: boolean; reason: string | null; withMeeting: boolean; at: string } | null;
  meeting: {
    startsAt: string;
    place: string;
    capacity: number;
    registrationClosesAt: string;
    registeredCount: number;
    waitlistCount: number;
    checkedInCount: number;
  } | null;
  myRegistration: MyRegistration | null;
  /** Staff of the community only; null for everyone else. */
  roster: RosterEntry[] | null;
  record: { minutes: string; resolution: string; attendeesCount: number; at: string } | null;
  progress: Array<{ note: string; photos: string[]; at: string }>;
  evaluation: (EvaluationSummary & { opensAt: string; endsAt: string }) | null;
  myEvaluation: EvaluationRating | null;
  rejectedReason: string | null;
  closedAt: string | null;
  actions: MeetingAction[];
  timeline: TimelineEntry[];
}

export interface MeetingPage {
  items: MeetingCard[];
  nextCursor: string | null;
}

/** What the state-changing actions answer; the client reloads the detail for the rest. */
export interface MeetingResult {
  id: string;
  status: MeetingStatus;
}

export interface RegistrationResult extends MeetingResult {
  registration: MyRegistration;
}

export interface CheckInResult extends MeetingResult {
  name: string;
  checkedInCount: number;
}

const moment = (label: string) => z.iso.datetime({ offset: true, error: `${label}格式有误` });

export const proposeInput = z.strictObject({
  title: text('议题', MEETING_TITLE_MAX),
  background: text('背景说明', MEETING_BACKGROUND_MAX),
  scope: z.enum(MEETING_SCOPES, '请选择议事范围'),
  fromComplaintId: id.optional(),
  clientRequestId,
});
export type ProposeInput = z.infer<typeof proposeInput>;

export const listMeetingsInput = z.strictObject({
  status: z.enum(MEETING_STATUSES).optional(),
  scope: z.enum(MEETING_SCOPES).optional(),
  cursor,
});
export type ListMeetingsInput = z.infer<typeof listMeetingsInput>;

export const mineMeetingsInput = z.strictObject({ cursor });

export const meetingIdInput = z.strictObject({ id });

export const gridReviewInput = z.strictObject({ id, approve: z.boolean('请选择审议结果'), note: text('审议意见', 300) });
export type GridReviewInput = z.infer<typeof gridReviewInput>;

export const meetingPlanInput = z
  .strictObject({
    startsAt: moment('开会时间'),
    place: text('开会地点', 60),
    capacity: z.number('请填写人数上限').int('人数上限须为整数').min(1, '人数上限至少为1').max(MEETING_CAPACITY_MAX, `人数上限不能超过${MEETING_CAPACITY_MAX}`),
    registrationClosesAt: moment('报名截止时间').optional(),
  })
  .refine((plan) => !plan.registrationClosesAt || Date.parse(plan.registrationClosesAt) <= Date.parse(plan.startsAt), {
    path: ['registrationClosesAt'],
    message: '报名截止时间不能晚于开会时间',
  });

export const decideInput = z
  .strictObject({ id, approve: z.boolean('请选择决议结果'), reason: optionalText('决议说明', 300), meeting: meetingPlanInput.optional() })
  .refine((input) => (input.approve ? input.meeting !== undefined || Boolean(input.reason) : Boolean(input.reason)), {
    path: ['reason'],
    message: '请填写决议说明',
  })
  .refine((input) => input.approve || input.meeting === undefined, { path: ['meeting'], message: '不通过的议题不能安排会议' });
export type DecideInput = z.infer<typeof decideInput>;

/** A code as people type it: spaces dropped, lower case accepted. */
export const checkInInput = z.strictObject({
  id,
  code: z
    .string('请输入签到码')
    .transform((value) => value.replace(/\s+/g, '').toUpperCase())
    .refine((value) => value.length === CHECK_IN_CODE_LENGTH && [...value].every((char) => CHECK_IN_ALPHABET.includes(char)), '签到码为6位字母或数字'),
});

export const recordInput = z.strictObject({
  id,
  minutes: text('会议纪要', 2000),
  resolution: text('决议内容', 1000),
  attendeesCount: z.number('参会人数无效').int('参会人数须为整数').min(0, '参会人数无效').max(10000, '参会人数无效').optional(),
});
export type RecordInput = z.infer<typeof recordInput>;

export const progressInput = z.strictObject({ id, note: text('落实情况', 500), photos: photos.optional() });

export const openEvaluationInput = z.strictObject({
  id,
  days: z.number('评议天数无效').int('评议天数须为整数').min(1, '评议至少1天').max(EVALUATION_DAYS_MAX, `评议最长${EVALUATION_DAYS_MAX}天`).optional(),
});

export const evaluateInput = z.strictObject({
  id,
  rating: z.enum(EVALUATION_RATINGS, '请选择评议结果'),
  comment: optionalText('评议意见', 200),
});
export type EvaluateInput = z.infer<typeof evaluateInput>;
