/**
 * The deliberation (议事) vocabulary without the input schemas: scopes, statuses, the five steps, the state
 * machine, thresholds and the check-in code alphabet. Pages import from here, so zod stays out of them;
 * types/meeting.ts re-exports all of it for the server.
 */

/** Whose matter a topic is: the proposer's own building, grid or community. */
export const MEETING_SCOPES = ['building', 'grid', 'community'] as const;
export type MeetingScope = (typeof MEETING_SCOPES)[number];

export const SCOPE_LABELS: Record<MeetingScope, string> = { building: '本楼栋', grid: '本网格', community: '本社区' };

export const MEETING_STATUSES = [
  'proposed',
  'grid_review',
  'community_decision',
  'scheduled',
  'held',
  'implementing',
  'evaluating',
  'closed',
  'rejected',
  'lapsed',
  'withdrawn',
] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  proposed: '征集附议',
  grid_review: '网格审议',
  community_decision: '社区决议',
  scheduled: '报名中',
  held: '已召开',
  implementing: '落实中',
  evaluating: '居民评议',
  closed: '已办结',
  rejected: '未通过',
  lapsed: '已失效',
  withdrawn: '已撤回',
};

/** 五步工作法, as the progress line draws it. */
export const FIVE_STEPS = ['群众提议', '网格党支部审议', '社区党委决议', '居民议事会', '居民评议'] as const;

/** The step a status stands at (0-based index into FIVE_STEPS); a topic that ended early stays where it stopped. */
export const STEP_OF_STATUS: Record<MeetingStatus, number> = {
  proposed: 0,
  lapsed: 0,
  withdrawn: 0,
  grid_review: 1,
  community_decision: 2,
  rejected: 2,
  scheduled: 3,
  held: 3,
  implementing: 3,
  evaluating: 4,
  closed: 4,
};

/** The transitions, each with the states it may start from; every change is one conditional update or transaction. */
export const MEETING_TRANSITIONS = {
  reachThreshold: { from: ['proposed'], to: 'grid_review' },
  approveReview: { from: ['grid_review'], to: 'community_decision' },
  rejectReview: { from: ['grid_review'], to: 'rejected' },
  scheduleMeeting: { from: ['community_decision'], to: 'scheduled' },
  decideWithoutMeeting: { from: ['community_decision'], to: 'implementing' },
  rejectDecision: { from: ['community_decision'], to: 'rejected' },
  holdMeeting: { from: ['scheduled'], to: 'held' },
  publishResolution: { from: ['held'], to: 'implementing' },
  openEvaluation: { from: ['implementing'], to: 'evaluating' },
  closeEvaluation: { from: ['evaluating'], to: 'closed' },
  lapse: { from: ['proposed'], to: 'lapsed' },
  withdraw: { from: ['proposed'], to: 'withdrawn' },
  /** `record` writes the minutes and publishes the resolution in one write: scheduled → implementing, passing held. */
  recordMeeting: { from: ['scheduled'], to: 'implementing' },
} as const satisfies Record<string, { from: readonly MeetingStatus[]; to: MeetingStatus }>;

export type MeetingTransition = keyof typeof MEETING_TRANSITIONS;

export function canMeetingTransition(transition: MeetingTransition, from: MeetingStatus): boolean {
  return (MEETING_TRANSITIONS[transition].from as readonly MeetingStatus[]).includes(from);
}

/** Where a topic is still alive (shown first on the list, counted as pending on the 管理 tab). */
export const ACTIVE_MEETING_STATUSES: readonly MeetingStatus[] = [
  'proposed',
  'grid_review',
  'community_decision',
  'scheduled',
  'held',
  'implementing',
  'evaluating',
];

export type MeetingAction =
  | 'propose'
  | 'second'
  | 'gridReview'
  | 'decide'
  | 'register'
  | 'cancelRegistration'
  | 'checkIn'
  | 'record'
  | 'progress'
  | 'openEvaluation'
  | 'evaluate'
  | 'withdraw';

/** 附议 needed to move a topic to 网格审议; a deployment overrides them with MEETING_THRESHOLDS (JSON, same shape). */
export const DEFAULT_SECOND_THRESHOLDS: Record<MeetingScope, number> = { building: 3, grid: 5, community: 10 };

/**
 * The thresholds in force: the defaults, each overridden by a positive integer of `raw` (the MEETING_THRESHOLDS
 * setting, JSON such as `{"building":2}`); anything unreadable leaves the defaults.
 */
export function secondThresholds(raw: string | undefined | null): Record<MeetingScope, number> {
  const thresholds = { ...DEFAULT_SECOND_THRESHOLDS };
  if (!raw) return thresholds;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return thresholds;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return thresholds;
  for (const scope of MEETING_SCOPES) {
    const value = (parsed as Record<string, unknown>)[scope];
    if (typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 10000) thresholds[scope] = value;
  }
  return thresholds;
}

/** A topic that does not reach its threshold within this many days lapses. */
export const LAPSE_DAYS = 30;
/** 居民评议 lasts this many days unless the admin says otherwise (at most EVALUATION_DAYS_MAX). */
export const EVALUATION_DAYS = 7;
export const EVALUATION_DAYS_MAX = 30;
/** Registrants are reminded this long before the meeting starts, once. */
export const REMINDER_HOURS = 24;
/** Staff may check people in from this long before the start. */
export const CHECK_IN_OPENS_HOURS = 2;

export const MEETING_CAPACITY_MAX = 500;

export const EVALUATION_RATINGS = ['satisfied', 'basically', 'unsatisfied'] as const;
export type EvaluationRating = (typeof EVALUATION_RATINGS)[number];

export const EVALUATION_RATING_LABELS: Record<EvaluationRating, string> = {
  satisfied: '满意',
  basically: '基本满意',
  unsatisfied: '不满意',
};

/** Check-in codes: 6 characters without the look-alikes 0/O, 1/I/L. */
export const CHECK_IN_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CHECK_IN_CODE_LENGTH = 6;

export function isCheckInCode(value: string): boolean {
  return value.length === CHECK_IN_CODE_LENGTH && [...value].every((char) => CHECK_IN_ALPHABET.includes(char));
}

/** The counts of an evaluation and its satisfaction rate: (满意 + 基本满意) / all, null before the first. */
export interface EvaluationSummary {
  counts: Record<EvaluationRating, number>;
  total: number;
  satisfactionRate: number | null;
}

export function evaluationSummary(ratings: Iterable<EvaluationRating>): EvaluationSummary {
  const counts: Record<EvaluationRating, number> = { satisfied: 0, basically: 0, unsatisfied: 0 };
  for (const rating of ratings) counts[rating] += 1;
  const total = counts.satisfied + counts.basically + counts.unsatisfied;
  return { counts, total, satisfactionRate: total === 0 ? null : (counts.satisfied + counts.basically) / total };
}
