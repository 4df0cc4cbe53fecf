import type { Role } from '@contract/roles';
import { isStaff } from '@contract/roles';

export type TabKey = 'home' | 'wishes' | 'services' | 'mine' | 'admin';

export interface TabItem {
  key: TabKey;
  text: string;
  path: string;
  staffOnly: boolean;
}

export const TABS: readonly TabItem[] = [
  { key: 'home', text: '首页', path: '/pages/home/index', staffOnly: false },
  { key: 'wishes', text: '心愿', path: '/pages/wishes/index', staffOnly: false },
  { key: 'services', text: '办事', path: '/pages/services/index', staffOnly: false },
  { key: 'mine', text: '我的', path: '/pages/mine/index', staffOnly: false },
  { key: 'admin', text: '管理', path: '/pages/admin/index', staffOnly: true },
];

/** 管理 shows only for grid workers, building leaders and community/street admins. */
export function visibleTabs(roles: readonly Role[]): TabItem[] {
  const staff = isStaff(roles);
  return TABS.filter((tab) => staff || !tab.staffOnly);
}
