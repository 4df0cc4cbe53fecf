export const ROLES = [
  'resident',
  'volunteer',
  'grid_worker',
  'building_leader',
  'community_admin',
  'street_admin',
  'department_liaison',
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  resident: '居民',
  volunteer: '志愿者',
  grid_worker: '网格员',
  building_leader: '楼栋长',
  community_admin: '社区管理员',
  street_admin: '街道管理员',
  department_liaison: '部门联络员',
};

/** Roles that open the 管理 tab. */
export const STAFF_ROLES: readonly Role[] = ['grid_worker', 'building_leader', 'community_admin', 'street_admin', 'department_liaison'];

/** Roles a community admin may grant or take away inside their own community. */
export const COMMUNITY_ASSIGNABLE_ROLES: readonly Role[] = [
  'resident',
  'volunteer',
  'grid_worker',
  'building_leader',
  'community_admin',
];

export function hasRole(roles: readonly Role[], role: Role): boolean {
  return roles.includes(role);
}

export function isStaff(roles: readonly Role[]): boolean {
  return roles.some((role) => STAFF_ROLES.includes(role));
}

/** Roles without duplicates, in the order of ROLES, so that equal sets are equal arrays. */
export function sortRoles(roles: Iterable<Role>): Role[] {
  const held = new Set(roles);
  return ROLES.filter((role) => held.has(role));
}
