import type { MeetingCard } from '@contract/meeting';
import type { MeetingStatus } from '@contract/meeting-labels';
import { SCOPE_LABELS } from '@contract/meeting-labels';
import type { Tone } from '../complaint/complaint-text';

export const MEETING_STATUS_TONES: Record<MeetingStatus, Tone> = {
  proposed: 'wait',
  grid_review: 'busy',
  community_decision: 'busy',
  scheduled: 'open',
  held: 'busy',
  implementing: 'busy',
  evaluating: 'open',
  closed: 'done',
  rejected: 'off',
  lapsed: 'off',
  withdrawn: 'off',
};

/** The statuses where a topic stopped before the end: the progress line says where and why. */
export const ENDED_EARLY: readonly MeetingStatus[] = ['rejected', 'lapsed', 'withdrawn'];

/** One line under the status on the detail: what happens next, in a resident's words. */
export const MEETING_STATUS_HINTS: Record<MeetingStatus, string> = {
  proposed: '正在征集附议，附议人数够了就送网格党支部审议。',
  grid_review: '附议人数已够，等待网格党支部审议。',
  community_decision: '网格审议通过，等待社区党委决议。',
  scheduled: '社区决定召开居民议事会，欢迎报名参加。',
  held: '议事会已召开，正在整理会议纪要。',
  implementing: '决议已公布，正在落实。',
  evaluating: '决议落实了，请说说您是否满意。',
  closed: '这个议题已办结，感谢大家参与。',
  rejected: '这个议题没有通过。',
  lapsed: '30天内附议人数不够，议题已失效。',
  withdrawn: '提议人已撤回这个议题。',
};

const TIMELINE_TEXTS: Record<string, string> = {
  'meeting.proposed': '发起了议事',
  'meeting.threshold_reached': '附议人数已够，送网格党支部审议',
  'meeting.review_approved': '网格党支部审议通过',
  'meeting.review_rejected': '网格党支部审议未通过',
  'meeting.scheduled': '社区党委决议召开居民议事会',
  'meeting.decided': '社区党委决议通过',
  'meeting.decision_rejected': '社区党委决议未通过',
  'meeting.resolution_published': '公布了会议纪要和决议',
  'meeting.progress': '报告了落实情况',
  'meeting.evaluation_opened': '开启了居民评议',
  'meeting.closed': '评议结束，议题办结',
  'meeting.lapsed': '附议人数不够，议题失效',
  'meeting.withdrawn': '撤回了议题',
  'meeting.reminder': '提醒议事会即将召开',
};

export function meetingTimelineText(action: string): string {
  return TIMELINE_TEXTS[action] ?? '更新了议题';
}

/** Where the topic belongs: its building, grid or the community, by its scope. */
export function meetingScopeLabel(card: Pick<MeetingCard, 'scope' | 'buildingName' | 'gridName' | 'communityName'>): string {
  const name = card.scope === 'building' ? card.buildingName : card.scope === 'grid' ? card.gridName : card.communityName;
  return name ? `${SCOPE_LABELS[card.scope]} · ${name}` : SCOPE_LABELS[card.scope];
}

/** 0.8333 → 83%. */
export function percent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}
