import { OPEN_STATUSES } from '../../../types/complaint-labels';
import type { Dashboard, DashboardInput, FiguresDoc, GridFigures, RankedRow, TrendPoint } from '../../../types/report';
import { dashboardInput } from '../../../types/report';
import { monthsEndingWith, shiftMonth } from '../../../types/report-month';
import { complaintRates } from '../../../types/report-figures';
import { defineAction } from '../../_shared/action';
import { COMPLAINTS } from '../../_shared/complaints/complaint-store';
import { REPORT_FIGURES, UNPLACED_GRID_NAME } from '../../_shared/reports/figures-store';
import type { Tallies } from '../../_shared/reports/month-figures';
import { monthFigures, sumTallies } from '../../_shared/reports/month-figures';
import { LATE_WAITING } from '../../_shared/reports/overdue-filter';
import { database, rows } from '../../_shared/runtime';
import type { ReportScope } from './scope';
import { reportMonth } from './report-month';
import { readsReports, resolveScope, scopeFilter, scopeId } from './scope';

const TREND_MONTHS = 12;

interface Live {
  _id: string | null;
  open: number;
  overdue: number;
}

/** The stored counts of the scope's months: one read (a street's communities × 12 months stay under a page). */
async function storedMonths(scope: ReportScope, months: string[]): Promise<FiguresDoc[]> {
  const db = database();
  const where = scope.kind === 'street' ? { streetId: scope.streetId } : { communityId: scope.communityId };
  return rows<FiguresDoc>(db.collection(REPORT_FIGURES).where({ ...where, month: db.command.in(months) }).limit(1000));
}

/** Open and overdue cases now, per grid (per community for a street): one aggregate. */
async function liveCounts(scope: ReportScope, now: Date): Promise<Live[]> {
  const db = database();
  const _ = db.command;
  const $ = _.aggregate;
  const late = $.or([
    $.and([$.in(['$waitingFor', [...LATE_WAITING]]), $.lt(['$dueAt', now])]),
    $.neq([$.ifNull(['$overdue', null]), null]),
  ]);
  const result = (await db
    .collection(COMPLAINTS)
    .aggregate()
    .match(_.and([scopeFilter(scope), _.or([{ status: _.in([...OPEN_STATUSES]) }, { overdue: _.neq(null) }, { waitingFor: 'followUp' }])]))
    .group({
      _id: scope.kind === 'street' ? '$communityId' : '$gridId',
      open: $.sum($.cond({ if: $.in(['$status', [...OPEN_STATUSES]]), then: 1, else: 0 })),
      overdue: $.sum($.cond({ if: late, then: 1, else: 0 })),
    })
    .limit(1000)
    .end()) as { list?: Live[] };
  return result.list ?? [];
}

function rowsOfScope(scope: ReportScope, docs: FiguresDoc[], month: string): GridFigures[] {
  const grids = docs.filter((doc) => doc.month === month).flatMap((doc) => doc.grids);
  return scope.kind === 'grid' ? grids.filter((row) => row.gridId === scope.gridId) : grids;
}

function trendPoint(month: string, tallies: Tallies): TrendPoint {
  const { acceptOnTimeRate, resolveOnTimeRate, satisfactionRate } = complaintRates(tallies.complaints);
  return { month, acceptOnTimeRate, resolveOnTimeRate, satisfactionRate, received: tallies.complaints.received };
}

function rankedRow(kind: RankedRow['kind'], id: string | null, name: string, tallies: Tallies, live: Live | undefined): RankedRow {
  const { acceptOnTimeRate, resolveOnTimeRate, satisfactionRate } = complaintRates(tallies.complaints);
  return {
    kind, id, name, received: tallies.complaints.received, acceptOnTimeRate, resolveOnTimeRate, satisfactionRate,
    openNow: live?.open ?? 0, overdueNow: live?.overdue ?? 0, lagging: false,
  };
}

const byRate = (a: number | null, b: number | null) => (b ?? -1) - (a ?? -1);

/** Best first; the lowest 按时办结率 (when rows differ) and every row with a case overdue now are marked lagging. */
export function rank(rowsToRank: RankedRow[]): RankedRow[] {
  const sorted = [...rowsToRank].sort(
    (a, b) => byRate(a.resolveOnTimeRate, b.resolveOnTimeRate) || byRate(a.satisfactionRate, b.satisfactionRate) || a.overdueNow - b.overdueNow || a.name.localeCompare(b.name, 'zh'),
  );
  const rated = sorted.map((row) => row.resolveOnTimeRate).filter((value): value is number => value !== null);
  const lowest = rated.length > 1 && Math.min(...rated) < Math.max(...rated) ? Math.min(...rated) : null;
  return sorted.map((row) => ({ ...row, lagging: row.overdueNow > 0 || (lowest !== null && row.resolveOnTimeRate === lowest) }));
}

function rankingOf(scope: ReportScope, docs: FiguresDoc[], month: string, live: Live[]): RankedRow[] {
  const liveOf = new Map(live.map((entry) => [entry._id ?? '', entry]));
  if (scope.kind === 'grid') return [];
  if (scope.kind === 'street') {
    const communities = docs.filter((doc) => doc.month === month);
    return rank(communities.map((doc) => rankedRow('community', doc.communityId, doc.communityName, sumTallies(doc.grids), liveOf.get(doc.communityId))));
  }
  return rank(rowsOfScope(scope, docs, month).map((row) => rankedRow('grid', row.gridId, row.gridName ?? UNPLACED_GRID_NAME, row, liveOf.get(row.gridId ?? ''))));
}

/** The month's figures for the caller's scope, against the month before, with a 12-month trend and the ranking. */
export async function buildDashboard(scope: ReportScope, month: string, now: Date): Promise<Dashboard> {
  const months = monthsEndingWith(month, TREND_MONTHS);
  const [docs, live] = await Promise.all([storedMonths(scope, months), liveCounts(scope, now)]);
  const tallyOf = (wanted: string) => sumTallies(rowsOfScope(scope, docs, wanted));
  const counted = docs.filter((doc) => doc.month === month).map((doc) => new Date(doc.computedAt).getTime());
  return {
    month,
    scope: { kind: scope.kind, id: scopeId(scope), name: scope.name },
    asOf: counted.length > 0 ? new Date(Math.min(...counted)).toISOString() : null,
    current: monthFigures(month, tallyOf(month)),
    previous: monthFigures(shiftMonth(month, -1), tallyOf(shiftMonth(month, -1))),
    trend: months.map((each) => trendPoint(each, tallyOf(each))),
    rows: rankingOf(scope, docs, month, live),
    openNow: live.reduce((sum, entry) => sum + entry.open, 0),
    overdueNow: live.reduce((sum, entry) => sum + entry.overdue, 0),
  };
}

/** 工作台 figures: at most four reads (the caller, the place asked about, the stored months, the live counts). */
export const dashboard = defineAction({
  input: dashboardInput,
  access: { kind: 'actor', allow: readsReports },
  async run({ actor, user }, input: DashboardInput): Promise<Dashboard> {
    const now = new Date();
    const month = reportMonth(input.month, now);
    const scope = await resolveScope(actor, user, input);
    return buildDashboard(scope, month, now);
  },
});
