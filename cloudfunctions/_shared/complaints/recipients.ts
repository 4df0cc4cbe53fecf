import type { ComplaintDoc, Level } from '../../../types/complaint';
import { communityAdminsAudience, gridWorkersAudience, liaisonsAudience, streetAdminsAudience } from '../../../types/audience';

/**
 * Who to tell, as audience keys (types/audience.ts): an event addressed to `@grid_worker:<grid>` reaches
 * every grid worker of that grid through their inbox, whoever holds the role when they look. Nothing is
 * read to find them; subscription messages go to the named people of an event only.
 */

export function gridWorkersOf(gridId: string | null): string[] {
  return gridWorkersAudience(gridId);
}

export function communityAdminsOf(communityId: string | null): string[] {
  return communityAdminsAudience(communityId);
}

export function streetAdminsOf(streetId: string | null): string[] {
  return streetAdminsAudience(streetId);
}

/** The liaisons of the departments named. */
export function liaisonsOf(departmentIds: readonly string[]): string[] {
  return liaisonsAudience([...new Set(departmentIds)]);
}

/** Who holds the case at `level`: the grid's workers, the community's admins or the street's admins. */
export function holdersAt(c: Pick<ComplaintDoc, 'gridId' | 'communityId' | 'streetId'>, level: Level): string[] {
  if (level === 'grid') return gridWorkersOf(c.gridId);
  if (level === 'community') return communityAdminsOf(c.communityId);
  return streetAdminsOf(c.streetId);
}

/** Who handles the case now: whoever accepted it or it was dispatched to, else whoever holds its level. */
export function handlersOf(c: Pick<ComplaintDoc, 'assigneeOpenid' | 'gridId' | 'communityId' | 'streetId' | 'level'>): string[] {
  return c.assigneeOpenid ? [c.assigneeOpenid] : holdersAt(c, c.level);
}
