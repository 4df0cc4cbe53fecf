import type { QueueInput } from '@contract/complaint';
import type { Role } from '@contract/roles';

/** The queue's tabs; each is one `queue` filter. */
export type QueueTab = 'accept' | 'resolve' | 'overdue' | 'followUp' | 'street' | 'acknowledge' | 'report';

export const QUEUE_TAB_TITLES: Record<QueueTab, string> = {
  accept: '待签收',
  resolve: '办理中',
  overdue: '已逾期',
  followUp: '待回访',
  street: '上报到街道',
  acknowledge: '待报到',
  report: '待反馈',
};

export const QUEUE_FILTERS: Record<QueueTab, QueueInput> = {
  accept: { waiting: 'accept' },
  resolve: { waiting: 'resolve' },
  overdue: { overdue: true },
  followUp: { waiting: 'followUp' },
  street: { level: 'street' },
  acknowledge: { waiting: 'acknowledge' },
  report: { waiting: 'report' },
};

export type QueueDesk = 'liaison' | 'street' | 'grid';

/** Whose queue: a department's liaison, the street (without a community role), or a grid / community. */
export function queueDesk(roles: readonly Role[]): QueueDesk {
  if (roles.includes('department_liaison')) return 'liaison';
  if (roles.includes('street_admin') && !roles.includes('community_admin')) return 'street';
  return 'grid';
}

export const DESK_TABS: Record<QueueDesk, readonly QueueTab[]> = {
  grid: ['accept', 'resolve', 'overdue', 'followUp'],
  street: ['street', 'overdue'],
  liaison: ['acknowledge', 'report'],
};

export function queueTabOf(desk: QueueDesk, value: string | undefined): QueueTab {
  return DESK_TABS[desk].find((tab) => tab === value) ?? DESK_TABS[desk][0]!;
}
