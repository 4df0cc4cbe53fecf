import type { LedgerKind, MonthFigures } from '../../../types/report';
import type { Column } from './ledger-columns';

/** One line of the 汇总 sheet: a grid (or the total) and its month's figures. */
export interface SummaryLine {
  community: string;
  grid: string;
  figures: MonthFigures;
}

const percent = (value: number | null): string | null => (value === null ? null : `${(value * 100).toFixed(1)}%`);
const oneDecimal = (value: number | null): number | null => (value === null ? null : Math.round(value * 10) / 10);

const place: Array<Column<SummaryLine>> = [
  { header: '社区', width: 12, value: (line) => line.community },
  { header: '网格', width: 12, value: (line) => line.grid },
];

const complaintFigures: Array<Column<SummaryLine>> = [
  { header: '诉求受理', width: 9, value: (line) => line.figures.complaints.received },
  { header: '及时签收率', width: 10, value: (line) => percent(line.figures.complaints.acceptOnTimeRate) },
  { header: '按时办结率', width: 10, value: (line) => percent(line.figures.complaints.resolveOnTimeRate) },
  { header: '满意率', width: 9, value: (line) => percent(line.figures.complaints.satisfactionRate) },
  { header: '重办率', width: 9, value: (line) => percent(line.figures.complaints.reopenRate) },
  { header: '回访率', width: 9, value: (line) => percent(line.figures.complaints.followUpRate) },
  { header: '网格化解率', width: 10, value: (line) => percent(line.figures.complaints.gridResolutionRate) },
  { header: '平均签收（小时）', width: 10, value: (line) => oneDecimal(line.figures.complaints.averageAcceptHours) },
  { header: '平均办结（小时）', width: 10, value: (line) => oneDecimal(line.figures.complaints.averageResolveHours) },
  { header: '吹哨部门', width: 9, value: (line) => line.figures.complaints.summoned },
  { header: '报到及时率', width: 10, value: (line) => percent(line.figures.complaints.summonsOnTimeRate) },
];

const wishFigures: Array<Column<SummaryLine>> = [
  { header: '心愿提交', width: 9, value: (line) => line.figures.wishes.filed },
  { header: '代为提交', width: 9, value: (line) => line.figures.wishes.filedOnBehalf },
  { header: '已发布', width: 8, value: (line) => line.figures.wishes.published },
  { header: '已认领', width: 8, value: (line) => line.figures.wishes.claimed },
  { header: '已确认', width: 8, value: (line) => line.figures.wishes.confirmed },
  { header: '已过期', width: 8, value: (line) => line.figures.wishes.expired },
  { header: '发布到确认（中位天数）', width: 12, value: (line) => oneDecimal(line.figures.wishes.medianDaysToConfirm) },
  { header: '发放积分', width: 9, value: (line) => line.figures.wishes.pointsCredited },
  { header: '活跃志愿者', width: 10, value: (line) => line.figures.wishes.activeVolunteers },
];

const meetingFigures: Array<Column<SummaryLine>> = [
  { header: '议题提出', width: 9, value: (line) => line.figures.meetings.proposed },
  { header: '达到附议', width: 9, value: (line) => line.figures.meetings.reachedThreshold },
  { header: '召开会议', width: 9, value: (line) => line.figures.meetings.held },
  { header: '出席率', width: 9, value: (line) => percent(line.figures.meetings.attendanceRate) },
  { header: '评议满意率', width: 10, value: (line) => percent(line.figures.meetings.evaluationSatisfactionRate) },
];

/** The 汇总 sheet's columns for a ledger of `kind`: the figures of what it lists (all of them for the summary). */
export function summaryColumns(kind: LedgerKind): Array<Column<SummaryLine>> {
  if (kind === 'complaints') return [...place, ...complaintFigures];
  if (kind === 'wishes') return [...place, ...wishFigures];
  if (kind === 'meetings') return [...place, ...meetingFigures];
  return [...place, ...complaintFigures, ...wishFigures, ...meetingFigures];
}
