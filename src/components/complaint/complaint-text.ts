import type { ComplaintCategory, ComplaintStatus, Urgency } from '@contract/complaint-labels';

/** The shared .gh-status tones (components/wish/wish.scss). */
export type Tone = 'wait' | 'open' | 'busy' | 'done' | 'off';

export const COMPLAINT_STATUS_TONES: Record<ComplaintStatus, Tone> = {
  submitted: 'wait',
  accepted: 'busy',
  resolved: 'open',
  closed: 'done',
  reopened: 'wait',
  returned: 'wait',
  merged: 'off',
  rejected: 'off',
  withdrawn: 'off',
};

/** One line under the status on the detail: what happens next, in the reporter's words. */
export const COMPLAINT_STATUS_HINTS: Record<ComplaintStatus, string> = {
  submitted: '已送到网格员，等待签收处理。',
  accepted: '网格员已签收，正在办理。',
  resolved: '已办理完成，请看看结果并评价。',
  closed: '这件诉求已办结，感谢您的反映。',
  reopened: '已申请重办，等待重新签收。',
  returned: '正在由社区重新派单。',
  merged: '与另一件相同的诉求合并办理。',
  rejected: '这件诉求不在受理范围内。',
  withdrawn: '这件诉求已撤回。',
};

export const URGENCY_HINTS: Record<Urgency, string> = {
  normal: '不影响安全，7个工作日内办结',
  urgent: '影响生活，24小时内办结',
  emergency: '危及安全，2小时内办结',
};

export const CATEGORY_ICONS: Record<ComplaintCategory, string> = {
  环境卫生: '🧹',
  楼道堆物: '📦',
  消防安全: '🧯',
  飞线充电: '🔌',
  噪音扰民: '🔊',
  设施维修: '🔧',
  物业服务: '🏢',
  停车管理: '🅿️',
  邻里纠纷: '🤝',
  治安: '🛡️',
  其他: '📝',
};

const TIMELINE_TEXTS: Record<string, string> = {
  'complaint.created': '反映了问题',
  'complaint.accepted': '签收了诉求',
  'complaint.dispatched': '派单',
  'complaint.returned': '退回社区重新派单',
  'complaint.extension_requested': '申请延期',
  'complaint.extension_approved': '同意延期',
  'complaint.extension_rejected': '未同意延期',
  'complaint.escalated': '上报上一级处理',
  'complaint.summoned': '吹哨，请相关部门报到',
  'complaint.acknowledged': '部门已报到',
  'complaint.reported': '部门反馈了处理结果',
  'complaint.resolved': '办理完成并答复',
  'complaint.supported': '同问了这个问题',
  'complaint.rated': '评价了办理结果',
  'complaint.auto_closed': '超过评价期限，自动办结',
  'complaint.reopened': '申请重办',
  'complaint.followed_up': '进行了回访',
  'complaint.merged': '合并到相同的诉求',
  'complaint.rejected': '不予受理',
  'complaint.withdrawn': '撤回了诉求',
  'complaint.urged': '催办',
  'complaint.overdue_escalated': '超时未处理，自动上报',
  'complaint.summon_overdue': '部门未按时报到',
  'complaint.follow_up_overdue': '回访已超期',
  // A line from a topic raised from this case (its `link` leads there).
  'meeting.proposed': '发起了议事',
};

export function complaintTimelineText(action: string): string {
  return TIMELINE_TEXTS[action] ?? '更新了诉求';
}
