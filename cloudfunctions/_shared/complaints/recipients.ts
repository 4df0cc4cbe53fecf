import type { ComplaintDoc, Level } from '../../../types/complaint';
import type { Role } from '../../../types/roles';
import { USERS } from '../users-repository';
import { database, rows } from '../runtime';

/** More staff than this in one grid, community, street or department is not a real org: one page is all. */
const STAFF_PAGE = 100;

/** The openids of the users holding `role` where `scope` says: one indexed read ({scope field, roles}). */
async function staffWhere(scope: Record<string, unknown>, role: Role): Promise<string[]> {
  const found = await rows<{ _id: string }>(
    database().collection(USERS).where({ ...scope, roles: role }).field({ _id: true }).limit(STAFF_PAGE),
  );
  return found.map((user) => user._id);
}

export function gridWorkersOf(gridId: string | null): Promise<string[]> {
  return gridId ? staffWhere({ gridId }, 'grid_worker') : Promise.resolve([]);
}

export function communityAdminsOf(communityId: string | null): Promise<string[]> {
  return communityId ? staffWhere({ communityId }, 'community_admin') : Promise.resolve([]);
}

export function streetAdminsOf(streetId: string | null): Promise<string[]> {
  return streetId ? staffWhere({ streetId }, 'street_admin') : Promise.resolve([]);
}

/** The liaisons of the departments named, in one read. */
export function liaisonsOf(departmentIds: readonly string[]): Promise<string[]> {
  if (departmentIds.length === 0) return Promise.resolve([]);
  const _ = database().command;
  return staffWhere({ departmentId: departmentIds.length === 1 ? departmentIds[0] : _.in([...departmentIds]) }, 'department_liaison');
}

/** Who holds the case at `level`: the grid's workers, the community's admins or the street's admins. */
export function holdersAt(c: Pick<ComplaintDoc, 'gridId' | 'communityId' | 'streetId'>, level: Level): Promise<string[]> {
  if (level === 'grid') return gridWorkersOf(c.gridId);
  if (level === 'community') return communityAdminsOf(c.communityId);
  return streetAdminsOf(c.streetId);
}

/** Who handles the case now: whoever accepted it or it was dispatched to, else whoever holds its level. */
export async function handlersOf(c: Pick<ComplaintDoc, 'assigneeOpenid' | 'gridId' | 'communityId' | 'streetId' | 'level'>): Promise<string[]> {
  return c.assigneeOpenid ? [c.assigneeOpenid] : holdersAt(c, c.level);
}
