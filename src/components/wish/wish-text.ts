import type { WishCategory, WishStatus } from '@contract/wish';

/** 还剩6天 / 今天截止 / 已过期望日期; nothing when the wish has no date. */
export function daysLeftText(daysLeft: number | null): string | null {
  if (daysLeft === null) return null;
  if (daysLeft === 0) return '今天截止';
  if (daysLeft < 0) return '已过期望日期';
  return `还剩${daysLeft}天`;
}

export const CATEGORY_ICONS: Record<WishCategory, string> = {
  生活物资: '🧺',
  助老服务: '🧓',
  助学: '📚',
  医疗健康: '🩺',
  维修: '🔧',
  陪伴: '🤝',
  其他: '💝',
};

/** What each status means to the person reading the wish. */
export const STATUS_HINTS: Record<WishStatus, string> = {
  pending_review: '社区工作人员审核后，心愿会在心愿墙上发布',
  published: '正在心愿墙上等待热心邻居认领',
  rejected: '社区审核未通过',
  claimed: '志愿者已认领，正在帮忙实现',
  fulfilled: '志愿者已完成，等待受助人确认',
  confirmed: '心愿已实现，感谢每一位热心人',
  withdrawn: '心愿已撤回',
  expired: '已过期望完成日期',
};

/** A tone per status, for the colour of its label. */
export type StatusTone = 'wait' | 'open' | 'busy' | 'done' | 'off';

export const STATUS_TONES: Record<WishStatus, StatusTone> = {
  pending_review: 'wait',
  published: 'open',
  rejected: 'off',
  claimed: 'busy',
  fulfilled: 'wait',
  confirmed: 'done',
  withdrawn: 'off',
  expired: 'off',
};

/** Timeline lines: who (the role-neutral label the server gives) + what happened. */
const TIMELINE_TEXTS: Record<string, string> = {
  'wish.created': '提交了心愿',
  'wish.published': '审核通过，心愿已发布',
  'wish.rejected': '审核未通过',
  'wish.resubmitted': '修改后重新提交了心愿',
  'wish.claimed': '认领了心愿',
  'wish.claim_cancelled': '取消了认领，心愿重新发布',
  'wish.fulfilled': '完成了心愿，等待确认',
  'wish.confirmed': '确认心愿已实现',
  'wish.withdrawn': '撤回了心愿',
  'wish.claim_expired': '认领超时，心愿重新发布',
  'wish.expired': '心愿已过期望完成日期',
};

export function timelineText(action: string): string {
  return TIMELINE_TEXTS[action] ?? '更新了心愿';
}
