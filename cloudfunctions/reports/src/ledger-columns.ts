import type { ComplaintDoc } from '../../../types/complaint';
import { AWAITING_ACCEPT, COMPLAINT_STATUS_LABELS, FOLLOW_UP_LABELS, LEVEL_LABELS, SOURCE_LABELS, URGENCY_LABELS } from '../../../types/complaint-labels';
import type { MeetingDoc } from '../../../types/meeting';
import { SCOPE_LABELS, MEETING_STATUS_LABELS } from '../../../types/meeting-labels';
import { maskName, maskPhone, maskPhonesInText } from '../../../types/privacy';
import { WISH_STATUS_LABELS } from '../../../types/wish-labels';
import type { WishDoc } from '../../../types/wish';
import { complaintTally } from '../../../types/report-figures';
import { inCommunityTime } from '../../_shared/clock';

/** One column of a ledger sheet: its Chinese header, its width in characters, and its value for an item. */
export interface Column<T> {
  header: string;
  width: number;
  value: (item: T, names: ReadonlyMap<string, string>) => string | number | null;
}

type When = Date | string | null | undefined;

export const timeText = (date: When): string | null => (date ? inCommunityTime(date).format('YYYY-MM-DD HH:mm') : null);

/**
 * 是 / 否 for a step of the case's latest round done by its due time, 超时未办 for one it still waits for past it, blank
 * when nothing was due — read off the case's tally, so that the rows and the 汇总 sheet count the same cases.
 */
function onTimeText(due: number, onTime: number, waiting: boolean): string | null {
  if (due === 0) return null;
  if (onTime === 1) return '是';
  return waiting ? '超时未办' : '否';
}

export function complaintColumns(now: Date): Array<Column<ComplaintDoc>> {
  const tallyOf = (c: ComplaintDoc) => complaintTally(c, now);
  return [
    { header: '编号', width: 22, value: (c) => c._id },
    { header: '受理时间', width: 17, value: (c) => timeText(c.createdAt) },
    { header: '社区', width: 12, value: (c) => c.communityName },
    { header: '网格', width: 12, value: (c) => c.gridName },
    { header: '类别', width: 10, value: (c) => c.category },
    { header: '来源', width: 10, value: (c) => SOURCE_LABELS[c.source] },
    { header: '紧急程度', width: 9, value: (c) => URGENCY_LABELS[c.urgency] },
    { header: '反映内容', width: 40, value: (c) => maskPhonesInText(c.text) },
    { header: '反映人', width: 9, value: (c) => (c.anonymous ? '匿名' : maskName(c.reporter.name)) },
    { header: '联系电话', width: 14, value: (c) => (c.anonymous ? null : maskPhone(c.reporter.phone)) },
    { header: '状态', width: 9, value: (c) => COMPLAINT_STATUS_LABELS[c.status] },
    { header: '办理层级', width: 9, value: (c) => LEVEL_LABELS[c.level] },
    { header: '承办人', width: 9, value: (c) => (c.assigneeName ? maskName(c.assigneeName) : null) },
    { header: '签收时限', width: 17, value: (c) => timeText(c.acceptDueAt) },
    { header: '签收时间', width: 17, value: (c) => timeText(c.acceptedAt) },
    { header: '及时签收', width: 9, value: (c) => { const t = tallyOf(c); return onTimeText(t.acceptDue, t.acceptedOnTime, AWAITING_ACCEPT.includes(c.status)); } },
    { header: '办结时限', width: 17, value: (c) => timeText(c.resolveDueAt) },
    { header: '答复时间', width: 17, value: (c) => timeText(c.resolvedAt) },
    { header: '按时办结', width: 9, value: (c) => { const t = tallyOf(c); return onTimeText(t.resolveDue, t.resolvedOnTime, c.status === 'accepted'); } },
    { header: '办结时间', width: 17, value: (c) => timeText(c.closedAt) },
    { header: '办理结果', width: 30, value: (c) => (c.resolution ? maskPhonesInText(c.resolution.result) : null) },
    { header: '重办次数', width: 9, value: (c) => c.reopenCount },
    { header: '评价', width: 7, value: (c) => (c.rating ? `${c.rating.rating}星` : null) },
    { header: '回访', width: 10, value: (c) => (c.followUp?.done && c.followUp.satisfied ? FOLLOW_UP_LABELS[c.followUp.satisfied] : null) },
    { header: '回访时间', width: 17, value: (c) => timeText(c.followUp?.at) },
  ];
}

export function wishColumns(): Array<Column<WishDoc>> {
  return [
    { header: '编号', width: 22, value: (w) => w._id },
    { header: '提交时间', width: 17, value: (w) => timeText(w.createdAt) },
    { header: '社区', width: 12, value: (w) => w.communityName },
    { header: '网格', width: 12, value: (w) => w.gridName },
    { header: '类别', width: 10, value: (w) => w.category },
    { header: '心愿', width: 30, value: (w) => maskPhonesInText(w.title) },
    { header: '受益人', width: 9, value: (w) => w.beneficiaryMasked },
    { header: '代为提交', width: 9, value: (w) => (w.filedByGridWorker ? '是' : '否') },
    { header: '状态', width: 9, value: (w) => WISH_STATUS_LABELS[w.status] },
    { header: '发布时间', width: 17, value: (w) => timeText(w.publishedAt) },
    { header: '认领志愿者', width: 10, value: (w, names) => (w.claim ? (names.get(w.claim.volunteerOpenid) ?? null) : null) },
    { header: '认领时间', width: 17, value: (w) => timeText(w.claim?.claimedAt) },
    { header: '完成时间', width: 17, value: (w) => timeText(w.fulfilment?.at) },
    { header: '确认时间', width: 17, value: (w) => timeText(w.confirmation?.at) },
  ];
}

export function meetingColumns(): Array<Column<MeetingDoc>> {
  return [
    { header: '编号', width: 22, value: (m) => m._id },
    { header: '提出时间', width: 17, value: (m) => timeText(m.proposedAt) },
    { header: '社区', width: 12, value: (m) => m.communityName },
    { header: '网格', width: 12, value: (m) => m.gridName },
    { header: '范围', width: 8, value: (m) => SCOPE_LABELS[m.scope] },
    { header: '议题', width: 30, value: (m) => maskPhonesInText(m.title) },
    { header: '提议人', width: 9, value: (m) => maskName(m.proposer.name) },
    { header: '附议', width: 8, value: (m) => `${m.secondCount}/${m.threshold}` },
    { header: '状态', width: 9, value: (m) => MEETING_STATUS_LABELS[m.status] },
    { header: '会议时间', width: 17, value: (m) => timeText(m.meeting?.startsAt) },
    { header: '地点', width: 16, value: (m) => (m.meeting ? maskPhonesInText(m.meeting.place) : null) },
    { header: '报名人数', width: 9, value: (m) => m.registrations.length },
    { header: '签到人数', width: 9, value: (m) => m.checkIns.length },
    { header: '评议（满意/基本/不满意）', width: 16, value: (m) => `${m.evaluationCounts.satisfied ?? 0}/${m.evaluationCounts.basically ?? 0}/${m.evaluationCounts.unsatisfied ?? 0}` },
    { header: '办结时间', width: 17, value: (m) => timeText(m.closedAt) },
  ];
}
