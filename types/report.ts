import { z } from 'zod';
import type { ComplaintCategory, ComplaintSource, OverdueKind } from './complaint-labels';
import { OVERDUE_KINDS } from './complaint-labels';
import type { ComplaintRates, ComplaintTally, MeetingTally, WishTally } from './report-figures';
import { MONTH_PATTERN } from './report-month';
import { cursor, id } from './schema';

export { MONTH_PATTERN } from './report-month';

const month = z.string().regex(MONTH_PATTERN, '月份格式应为 YYYY-MM');

export const dashboardInput = z.strictObject({ month: month.optional(), communityId: id.optional(), gridId: id.optional() });
export type DashboardInput = z.infer<typeof dashboardInput>;

export const overdueInput = z.strictObject({ cursor, kind: z.enum(OVERDUE_KINDS).optional() });
export type OverdueInput = z.infer<typeof overdueInput>;

export const auditLogInput = z.strictObject({ itemId: id.optional(), actorOpenid: id.optional(), month: month.optional(), cursor });
export type AuditLogInput = z.infer<typeof auditLogInput>;

export const LEDGER_KINDS = ['complaints', 'wishes', 'meetings', 'summary'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];
export const LEDGER_KIND_LABELS: Record<LedgerKind, string> = { complaints: '诉求台账', wishes: '微心愿台账', meetings: '议事台账', summary: '月度汇总' };

export const exportLedgerInput = z.strictObject({ month, kind: z.enum(LEDGER_KINDS), communityId: id.optional(), gridId: id.optional() });
export type ExportLedgerInput = z.infer<typeof exportLedgerInput>;

export const workbenchPendingInput = z.strictObject({});

/** One grid's figures of one month, as the scheduler counted them (`gridId` null: items placed in no grid). */
export interface GridFigures {
  gridId: string | null;
  gridName: string | null;
  complaints: ComplaintTally;
  wishes: WishTally;
  meetings: MeetingTally;
}

/** A document of `report_figures`: one community's month, `_id` `<communityId>:<YYYY-MM>`. */
export interface FiguresDoc {
  _id: string;
  streetId: string | null;
  communityId: string;
  communityName: string;
  month: string;
  grids: GridFigures[];
  computedAt: Date;
}

export interface WishFigures {
  filed: number;
  filedOwn: number;
  filedOnBehalf: number;
  published: number;
  claimed: number;
  confirmed: number;
  expired: number;
  medianDaysToConfirm: number | null;
  pointsCredited: number;
  activeVolunteers: number;
}

export interface MeetingFigures extends MeetingTally {
  attendanceRate: number | null;
  evaluationSatisfactionRate: number | null;
}

export interface ComplaintFigures extends ComplaintRates {
  received: number;
  bySource: Partial<Record<ComplaintSource, number>>;
  byCategory: Partial<Record<ComplaintCategory, number>>;
  summoned: number;
  reopened: number;
  closed: number;
}

export interface MonthFigures {
  month: string;
  complaints: ComplaintFigures;
  wishes: WishFigures;
  meetings: MeetingFigures;
}

/** One row of the ranking: a grid of a community, or a community of the street. */
export interface RankedRow {
  kind: 'grid' | 'community';
  id: string | null;
  name: string;
  received: number;
  acceptOnTimeRate: number | null;
  resolveOnTimeRate: number | null;
  satisfactionRate: number | null;
  openNow: number;
  overdueNow: number;
  /** Behind the rest: the lowest 按时办结率 of rows that had cases due, or any case overdue now. */
  lagging: boolean;
}

export interface TrendPoint {
  month: string;
  acceptOnTimeRate: number | null;
  resolveOnTimeRate: number | null;
  satisfactionRate: number | null;
  received: number;
}

export interface Dashboard {
  month: string;
  scope: { kind: 'street' | 'community' | 'grid'; id: string; name: string };
  /** When the scheduler last counted the month; null when it never has. */
  asOf: string | null;
  current: MonthFigures;
  previous: MonthFigures;
  trend: TrendPoint[];
  rows: RankedRow[];
  openNow: number;
  overdueNow: number;
}

export interface OverdueItem {
  id: string;
  itemType: 'complaint';
  category: ComplaintCategory;
  excerpt: string;
  kind: OverdueKind;
  communityName: string | null;
  gridName: string | null;
  /** Who holds it: the assignee, the level's desk (网格 / 社区 / 街道), or the late departments. */
  holder: string;
  dueAt: string | null;
  overdueHours: number;
}

export interface AuditEntry {
  id: string;
  at: string;
  itemType: string;
  itemId: string;
  itemTitle: string | null;
  action: string;
  from: string | null;
  to: string | null;
  actorOpenid: string;
  actorLabel: string;
  /** The actor's name, masked (王**); null for the system. */
  actorName: string | null;
  /** The note with every phone number masked. */
  note: string | null;
}

export interface LedgerFile {
  fileID: string;
  tempFileURL: string;
  fileName: string;
  rows: number;
}

/** What waits for the caller in 管理: the number on the tab is `total`. */
export interface WorkbenchPending {
  wishReviews: number;
  volunteerApplications: number;
  meetingReviews: number;
  toAccept: number;
  overdue: number;
  total: number;
}
