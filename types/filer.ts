import type { Actor } from './actor';
import { sameCommunity } from './actor';
import type { Role } from './roles';
import { ROLE_LABELS } from './roles';

/** Who files for residents (入户走访征集, 帮办代办): grid workers and building leaders with a grid. */
export function filesOnBehalf(actor: Pick<Actor, 'roles' | 'gridId'>): boolean {
  return (actor.roles.includes('grid_worker') || actor.roles.includes('building_leader')) && actor.gridId !== null;
}

/** Filing on someone's behalf: for a resident of the grid the caller serves, in the caller's community. */
export function canFileOnBehalf(actor: Actor, residentPlace: { communityId: string | null; gridId: string | null }): boolean {
  return filesOnBehalf(actor) && sameCommunity(actor, residentPlace) && actor.gridId === residentPlace.gridId;
}

/** Who files on a resident's behalf: a grid worker (网格员) or a building leader (楼栋长). */
export type OnBehalfRole = Extract<Role, 'grid_worker' | 'building_leader'>;

/** The role someone filing on behalf files as: 网格员 when they are one, else 楼栋长. */
export function onBehalfRole(roles: readonly Role[]): OnBehalfRole {
  return roles.includes('grid_worker') ? 'grid_worker' : 'building_leader';
}

/**
 * The timeline's label for whoever filed a wish: 居民 for their own, else the role they filed as.
 * A wish stored without `filedByRole` (filed before it was recorded) counts as a grid worker's.
 */
export function filerLabel(wish: { filedByGridWorker: boolean; filedByRole?: OnBehalfRole | null }): string {
  if (!wish.filedByGridWorker) return ROLE_LABELS.resident;
  return ROLE_LABELS[wish.filedByRole ?? 'grid_worker'];
}

/** The label of the `wish.created` line: 居民, 网格员代居民 or 楼栋长代居民. */
export function filingLabel(wish: { filedByGridWorker: boolean; filedByRole?: OnBehalfRole | null }): string {
  return wish.filedByGridWorker ? `${filerLabel(wish)}代居民` : filerLabel(wish);
}
