/** The demo identity the h5 build acts as: the local cloud trusts the `x-wx-openid` header. */
const KEY = 'gh.devOpenid';
export const DEFAULT_DEV_OPENID = 'demo-resident';

export interface DemoIdentity {
  openid: string;
  label: string;
  note: string;
}

export const DEMO_IDENTITIES: readonly DemoIdentity[] = [
  { openid: 'demo-resident', label: '居民', note: '已登记的居民' },
  { openid: 'demo-resident-2', label: '居民（二）', note: '已登记的居民' },
  { openid: 'demo-volunteer', label: '志愿者', note: '审核通过的志愿者' },
  { openid: 'demo-volunteer-2', label: '志愿者（二）', note: '审核通过的志愿者' },
  { openid: 'demo-gridworker', label: '网格员', note: '负责一个网格' },
  { openid: 'demo-building-leader', label: '楼栋长', note: '负责一栋楼' },
  { openid: 'demo-admin', label: '社区管理员', note: '鑫盛社区' },
  { openid: 'demo-admin-2', label: '社区管理员（二）', note: '另一个社区' },
  { openid: 'demo-street-admin', label: '街道管理员', note: '云中路街道' },
  { openid: 'demo-dept-property', label: '部门联络员', note: '鑫盛物业' },
  { openid: 'demo-dept-power', label: '部门联络员（二）', note: '云中路供电所' },
];

export function currentOpenid(): string {
  try {
    return window.localStorage.getItem(KEY) || DEFAULT_DEV_OPENID;
  } catch {
    return DEFAULT_DEV_OPENID;
  }
}

export function setOpenid(openid: string): void {
  window.localStorage.setItem(KEY, openid.trim());
}

/** A brand-new visitor: a fresh openid the local cloud has never seen. */
export function newVisitorOpenid(): string {
  return `visitor-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
