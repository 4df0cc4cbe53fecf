import type { Actor } from '../../../types/actor';
import type { CommunityDoc, GridDoc, StreetDoc } from '../../../types/org';
import { AppError } from '../../_shared/errors';
import { ORG_COLLECTIONS } from '../../_shared/org-repository';
import { findById } from '../../_shared/runtime';
import type { UserDoc } from '../../../types/user';

/** What a report covers: a street, one community, or one grid, with the name its header shows. */
export type ReportScope =
  | { kind: 'street'; streetId: string; name: string }
  | { kind: 'community'; streetId: string | null; communityId: string; name: string }
  | { kind: 'grid'; streetId: string | null; communityId: string; gridId: string; name: string };

export interface ScopeRequest {
  communityId?: string;
  gridId?: string;
}

export { readsReports } from '../../../types/permissions-reports';

async function gridOf(gridId: string): Promise<GridDoc> {
  const grid = await findById<GridDoc>(ORG_COLLECTIONS.grids, gridId);
  if (!grid) throw new AppError('NOT_FOUND', '没有找到这个网格');
  return grid;
}

const gridScope = (grid: GridDoc): ReportScope => ({
  kind: 'grid', streetId: grid.streetId, communityId: grid.communityId, gridId: grid._id, name: `${grid.communityName} · ${grid.name}`,
});

async function streetAdminScope(actor: Actor & { streetId: string }, request: ScopeRequest): Promise<ReportScope> {
  if (request.gridId) {
    const grid = await gridOf(request.gridId);
    if (grid.streetId !== actor.streetId || (request.communityId && request.communityId !== grid.communityId)) throw new AppError('FORBIDDEN');
    return gridScope(grid);
  }
  if (request.communityId) {
    const community = await findById<CommunityDoc>(ORG_COLLECTIONS.communities, request.communityId);
    if (!community) throw new AppError('NOT_FOUND', '没有找到这个社区');
    if (community.streetId !== actor.streetId) throw new AppError('FORBIDDEN');
    return { kind: 'community', streetId: community.streetId, communityId: community._id, name: community.name };
  }
  const street = await findById<StreetDoc>(ORG_COLLECTIONS.streets, actor.streetId);
  return { kind: 'street', streetId: actor.streetId, name: street?.name ?? '本街道' };
}

/**
 * The scope a caller asks for, if theirs to read: FORBIDDEN for a community or grid outside it, NOT_FOUND for one that
 * does not exist. At most one read (the street, community or grid asked about).
 */
export async function resolveScope(actor: Actor, user: UserDoc, request: ScopeRequest): Promise<ReportScope> {
  const { streetId, communityId, gridId } = actor;
  if (actor.roles.includes('street_admin') && streetId) return streetAdminScope({ ...actor, streetId }, request);
  if (request.communityId && request.communityId !== communityId) throw new AppError('FORBIDDEN');
  if (actor.roles.includes('community_admin') && communityId) {
    if (!request.gridId) return { kind: 'community', streetId, communityId, name: user.communityName ?? '本社区' };
    const grid = await gridOf(request.gridId);
    if (grid.communityId !== communityId) throw new AppError('FORBIDDEN');
    return gridScope(grid);
  }
  if (actor.roles.includes('grid_worker') && communityId && gridId) {
    if (request.gridId && request.gridId !== gridId) throw new AppError('FORBIDDEN');
    return { kind: 'grid', streetId, communityId, gridId, name: [user.communityName, user.gridName].filter(Boolean).join(' · ') };
  }
  throw new AppError('FORBIDDEN');
}

/** The id of the place a scope covers: the street's, the community's or the grid's. */
export function scopeId(scope: ReportScope): string {
  return scope.kind === 'street' ? scope.streetId : scope.kind === 'community' ? scope.communityId : scope.gridId;
}

/** The where-clause of a scope over items that carry their placement (complaints, wishes, topics, figures). */
export function scopeFilter(scope: ReportScope): Record<string, string> {
  if (scope.kind === 'street') return { streetId: scope.streetId };
  if (scope.kind === 'community') return { communityId: scope.communityId };
  return { communityId: scope.communityId, gridId: scope.gridId };
}
