import type { Role } from '@contract/roles';

/** The queue's tabs (each one `queue` filter, in complaint-queue.tsx); what the main package needs of them only. */
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
