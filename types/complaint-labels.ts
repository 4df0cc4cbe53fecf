/**
 * The complaint vocabulary without the input schemas: categories, statuses, levels, their labels and the
 * state machine. Pages of the main package import from here, so zod stays out of it; types/complaint.ts
 * re-exports all of it for the server.
 */
export const COMPLAINT_CATEGORIES = [
  '环境卫生',
  '楼道堆物',
  '消防安全',
  '飞线充电',
  '噪音扰民',
  '设施维修',
  '物业服务',
  '停车管理',
  '邻里纠纷',
  '治安',
  '其他',
] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

/** Categories never shown on the community wall, whatever the reporter chose. */
export const PRIVATE_CATEGORIES: readonly ComplaintCategory[] = ['邻里纠纷', '治安'];

export const URGENCIES = ['normal', 'urgent', 'emergency'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const URGENCY_LABELS: Record<Urgency, string> = { normal: '一般', urgent: '紧急', emergency: '特急' };

/** Where a case came from: a resident, a grid worker on patrol (网格巡查), or filed for a resident (帮办代办). */
export const COMPLAINT_SOURCES = ['resident', 'patrol', 'on_behalf'] as const;
export type ComplaintSource = (typeof COMPLAINT_SOURCES)[number];

export const SOURCE_LABELS: Record<ComplaintSource, string> = { resident: '居民反映', patrol: '网格巡查', on_behalf: '帮办代办' };

/** 小事不出网格、大事不出社区: who holds the case, grid first. */
export const LEVELS = ['grid', 'community', 'street'] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_LABELS: Record<Level, string> = { grid: '网格', community: '社区', street: '街道' };

export function levelAbove(level: Level): Level | null {
  const index = LEVELS.indexOf(level);
  return index < LEVELS.length - 1 ? LEVELS[index + 1]! : null;
}

export const COMPLAINT_STATUSES = [
  'submitted',
  'accepted',
  'resolved',
  'closed',
  'reopened',
  'returned',
  'merged',
  'rejected',
  'withdrawn',
] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const COMPLAINT_STATUS_LABELS: Record<ComplaintStatus, string> = {
  submitted: '待签收',
  accepted: '办理中',
  resolved: '待评价',
  closed: '已办结',
  reopened: '重办中',
  returned: '已退单',
  merged: '已合并',
  rejected: '不予受理',
  withdrawn: '已撤回',
};

/** What can happen to a case, from which states, to which state. The server enforces it; the client uses it for buttons. */
export const COMPLAINT_TRANSITIONS = {
  accept: { from: ['submitted', 'reopened'], to: 'accepted' },
  dispatch: { from: ['submitted', 'returned'], to: 'submitted' },
  returnToCommunity: { from: ['submitted'], to: 'returned' },
  resolve: { from: ['accepted'], to: 'resolved' },
  rate: { from: ['resolved'], to: 'closed' },
  autoClose: { from: ['resolved'], to: 'closed' },
  reopen: { from: ['resolved', 'closed'], to: 'reopened' },
  merge: { from: ['submitted'], to: 'merged' },
  reject: { from: ['submitted'], to: 'rejected' },
  withdraw: { from: ['submitted', 'returned', 'accepted'], to: 'withdrawn' },
} as const satisfies Record<string, { from: readonly ComplaintStatus[]; to: ComplaintStatus }>;

export type ComplaintTransition = keyof typeof COMPLAINT_TRANSITIONS;

export function canComplaintTransition(transition: ComplaintTransition, from: ComplaintStatus): boolean {
  return (COMPLAINT_TRANSITIONS[transition].from as readonly ComplaintStatus[]).includes(from);
}

/** States in which the case is still being handled: it can be escalated, summoned for, extended. */
export const OPEN_STATUSES: readonly ComplaintStatus[] = ['submitted', 'returned', 'accepted', 'reopened'];

/** States that wait for a 签收. */
export const AWAITING_ACCEPT: readonly ComplaintStatus[] = ['submitted', 'returned', 'reopened'];

/** A department summoned to a case (吹哨报到): summoned → acknowledged (报到) → reported (反馈). */
export const SUMMON_STATUSES = ['summoned', 'acknowledged', 'reported'] as const;
export type SummonStatus = (typeof SUMMON_STATUSES)[number];

export const SUMMON_STATUS_LABELS: Record<SummonStatus, string> = { summoned: '待报到', acknowledged: '已报到', reported: '已反馈' };

/** 回访 verdicts: unsatisfied reopens the case. */
export const FOLLOW_UP_VERDICTS = ['satisfied', 'basically', 'unsatisfied'] as const;
export type FollowUpVerdict = (typeof FOLLOW_UP_VERDICTS)[number];

export const FOLLOW_UP_LABELS: Record<FollowUpVerdict, string> = { satisfied: '满意', basically: '基本满意', unsatisfied: '不满意' };

/** What a case waits for now, and from whom: the queues' tabs and the overdue kinds. */
export const WAITING_FOR = ['accept', 'resolve', 'rate', 'followUp'] as const;
export type WaitingFor = (typeof WAITING_FOR)[number];

/** Kinds of lateness the scheduler marks on a case (`overdue.kind`). */
export const OVERDUE_KINDS = ['accept', 'resolve', 'followUp', 'report'] as const;
export type OverdueKind = (typeof OVERDUE_KINDS)[number];

export const OVERDUE_LABELS: Record<OverdueKind, string> = { accept: '签收超时', resolve: '办结超时', followUp: '回访超时', report: '报到超时' };

/** The actions a caller may take on a case, as `actions` lists them. */
export type ComplaintAction =
  | 'support'
  | 'accept'
  | 'dispatch'
  | 'returnToCommunity'
  | 'requestExtension'
  | 'reviewExtension'
  | 'escalate'
  | 'summon'
  | 'acknowledge'
  | 'reportBack'
  | 'resolve'
  | 'rate'
  | 'reopen'
  | 'followUp'
  | 'merge'
  | 'reject'
  | 'withdraw';

/** A rating at or below this lets the reporter 重办 straight after, and from closed within the reopen window. */
export const LOW_RATING = 2;
export const REOPEN_WINDOW_DAYS = 7;
/** Resolved cases nobody rated close by themselves after this many days (counted as unrated). */
export const AUTO_CLOSE_DAYS = 7;
/** Every closed case gets a 回访 within this many days (15日内跟踪回访). */
export const FOLLOW_UP_DAYS = 15;
/** 同问 looks back this far, and this close to the location. */
export const SIMILAR_DAYS = 30;
export const SIMILAR_METERS = 50;
