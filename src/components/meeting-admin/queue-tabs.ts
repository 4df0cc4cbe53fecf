import type { MeetingStatus } from '@contract/meeting-labels';

/** The 议事 queue's tabs: each one status of `meetings.list`; what the main package needs of them only. */
export const MEETING_QUEUE_TABS = ['grid_review', 'community_decision', 'scheduled', 'implementing', 'evaluating'] as const satisfies readonly MeetingStatus[];
export type MeetingQueueTab = (typeof MEETING_QUEUE_TABS)[number];

export const MEETING_QUEUE_TITLES: Record<MeetingQueueTab, string> = {
  grid_review: '待审议',
  community_decision: '待决议',
  scheduled: '已排会',
  implementing: '落实中',
  evaluating: '评议中',
};

export function meetingQueueTab(value: string | undefined): MeetingQueueTab {
  return MEETING_QUEUE_TABS.find((tab) => tab === value) ?? MEETING_QUEUE_TABS[0];
}
