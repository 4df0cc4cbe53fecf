import type { OrgPlacement } from './org';
import type { Role } from './roles';

type Placed = Pick<OrgPlacement, 'streetId' | 'communityId' | 'gridId'> & { roles: readonly Role[] };

/** Who reads the workbench's figures, overdue cases and 台账: a street admin, a community admin, a grid worker, each of their place. */
export function readsReports(who: Placed): boolean {
  return (
    (who.roles.includes('street_admin') && !!who.streetId) ||
    (who.roles.includes('community_admin') && !!who.communityId) ||
    (who.roles.includes('grid_worker') && !!who.gridId)
  );
}

/** Who reads the audit trail (操作留痕): the community's admins, and the street's. */
export function auditsEvents(who: Placed): boolean {
  return (who.roles.includes('street_admin') && !!who.streetId) || (who.roles.includes('community_admin') && !!who.communityId);
}
