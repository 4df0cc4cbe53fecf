import Taro from '@tarojs/taro';
import type { TabKey } from './tabs';
import { TABS } from './tabs';

export const ROUTES = {
  editProfile: '/packages/profile/edit/index',
  volunteer: '/packages/profile/volunteer/index',
  comingSoon: '/packages/common/coming-soon/index',
  identity: '/packages/dev/identity/index',
  wishDetail: '/packages/wishes/detail/index',
  newWish: '/packages/wishes/new/index',
  myWishes: '/packages/wishes/mine/index',
  inbox: '/packages/messages/inbox/index',
  points: '/packages/profile/points/index',
  newComplaint: '/packages/complaints/new/index',
  myComplaints: '/packages/complaints/mine/index',
  complaintDetail: '/packages/complaints/detail/index',
  complaintWall: '/packages/complaints/wall/index',
  complaintQueue: '/packages/complaint-admin/queue/index',
  meetingList: '/packages/meetings/list/index',
  newMeeting: '/packages/meetings/new/index',
  meetingDetail: '/packages/meetings/detail/index',
  meetingQueue: '/packages/meeting-admin/queue/index',
  meetingManage: '/packages/meeting-admin/manage/index',
  meetingCheckIn: '/packages/meeting-admin/check-in/index',
  workbench: '/packages/workbench/dashboard/index',
  workbenchOverdue: '/packages/workbench/overdue/index',
  workbenchAudit: '/packages/workbench/audit/index',
} as const;

export function meetingDetailUrl(id: string): string {
  return `${ROUTES.meetingDetail}?id=${encodeURIComponent(id)}`;
}

export function meetingManageUrl(id: string): string {
  return `${ROUTES.meetingManage}?id=${encodeURIComponent(id)}`;
}

export function meetingCheckInUrl(id: string): string {
  return `${ROUTES.meetingCheckIn}?id=${encodeURIComponent(id)}`;
}

export function complaintDetailUrl(id: string): string {
  return `${ROUTES.complaintDetail}?id=${encodeURIComponent(id)}`;
}

export function openPage(url: string): void {
  void Taro.navigateTo({ url });
}

export function openTab(key: TabKey): void {
  const tab = TABS.find((item) => item.key === key);
  if (tab) void Taro.switchTab({ url: tab.path });
}

export function comingSoonUrl(title: string): string {
  return `${ROUTES.comingSoon}?title=${encodeURIComponent(title)}`;
}

export function wishDetailUrl(id: string): string {
  return `${ROUTES.wishDetail}?id=${encodeURIComponent(id)}`;
}

/** The wish form; `forResident` opens it in 代居民许愿 mode (grid workers). */
export function newWishUrl(forResident = false): string {
  return forResident ? `${ROUTES.newWish}?for=resident` : ROUTES.newWish;
}

export function myWishesUrl(tab: 'wishes' | 'claims' = 'wishes'): string {
  return `${ROUTES.myWishes}?tab=${tab}`;
}

/** Back one page, or home when this page was opened directly (shared link, reload on h5). */
export function goBack(): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
  else openTab('home');
}
