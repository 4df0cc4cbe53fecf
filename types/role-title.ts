import type { PlacementNames } from './org';
import type { Role } from './roles';
import { ROLE_LABELS, isStaff } from './roles';

/** Highest first: what a person is called when they hold several roles. */
const ROLE_RANK: readonly Role[] = ['street_admin', 'community_admin', 'department_liaison', 'grid_worker', 'building_leader', 'volunteer', 'resident'];

export function highestRole(roles: readonly Role[]): Role {
  return ROLE_RANK.find((role) => roles.includes(role)) ?? 'resident';
}

export function roleLabelOf(roles: readonly Role[]): string {
  return ROLE_LABELS[highestRole(roles)];
}

/**
 * The 工作台 header: the place a staff member serves, then their role — 云中路街道 · 街道管理员,
 * 鑫盛社区 · 社区管理员, 鑫盛社区 · 第一网格 · 网格员, 云中路街道 · 部门联络员. Null for someone who is not staff.
 */
export function staffTitleOf(roles: readonly Role[], place: PlacementNames & { streetName: string | null }): string | null {
  if (!isStaff(roles)) return null;
  const role = highestRole(roles);
  const where =
    role === 'street_admin' || role === 'department_liaison'
      ? [place.streetName ?? '街道']
      : role === 'community_admin'
        ? [place.communityName]
        : [place.communityName, place.gridName];
  return [...where.filter((part): part is string => Boolean(part)), ROLE_LABELS[role]].join(' · ');
}
