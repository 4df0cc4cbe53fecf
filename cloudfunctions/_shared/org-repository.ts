import type { BuildingDoc, CommunityDoc, GridDoc, NamedPlacement, OrgPlacement, OrgTree, StreetDoc } from '../../types/org';
import { NO_PLACEMENT, placementOfBuilding } from '../../types/org';
import { database, findById, rows } from './runtime';

export const ORG_COLLECTIONS = {
  streets: 'streets',
  communities: 'communities',
  grids: 'grids',
  buildings: 'buildings',
} as const;

/** CloudBase's largest page: more than one street's org needs several. */
const ORG_PAGE = 1000;

/** Every document matching `filter`, page by page in `_id` order: no single read is assumed to be all. */
export async function listAll<T extends { _id: string }>(collection: string, filter: Record<string, unknown>): Promise<T[]> {
  const _ = database().command;
  const all: T[] = [];
  let after = '';
  for (;;) {
    const page = await rows<T>(database().collection(collection).where({ ...filter, _id: _.gt(after) }).orderBy('_id', 'asc').limit(ORG_PAGE));
    all.push(...page);
    if (page.length < ORG_PAGE) return all;
    after = page[page.length - 1]!._id;
  }
}

export async function loadOrgTree(communityId?: string): Promise<OrgTree> {
  const scope = communityId ? { communityId } : {};
  const [streets, communities, grids, buildings] = await Promise.all([
    listAll<StreetDoc>(ORG_COLLECTIONS.streets, {}),
    communityId ? findById<CommunityDoc>(ORG_COLLECTIONS.communities, communityId).then((found) => (found ? [found] : [])) : listAll<CommunityDoc>(ORG_COLLECTIONS.communities, {}),
    listAll<GridDoc>(ORG_COLLECTIONS.grids, scope),
    listAll<BuildingDoc>(ORG_COLLECTIONS.buildings, scope),
  ]);
  const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;
  return {
    streets: streets
      .map((street) => ({
        id: street._id,
        name: street.name,
        communities: communities
          .filter((community) => community.streetId === street._id)
          .map((community) => ({
            id: community._id,
            name: community.name,
            grids: grids
              .filter((grid) => grid.communityId === community._id)
              .sort(byOrder)
              .map((grid) => ({
                id: grid._id,
                name: grid.name,
                buildings: buildings
                  .filter((building) => building.gridId === grid._id)
                  .sort(byOrder)
                  .map((building) => ({ id: building._id, name: building.name })),
              })),
          })),
      }))
      .filter((street) => street.communities.length > 0),
  };
}

/**
 * Resolves the most specific id given into a full, named placement with one read:
 * a building knows its grid and community, a grid knows its community.
 * Returns null when an id does not exist or the ids given do not belong together.
 */
export async function resolvePlacement(wanted: OrgPlacement): Promise<NamedPlacement | null> {
  if (wanted.buildingId) {
    const building = await findById<BuildingDoc>(ORG_COLLECTIONS.buildings, wanted.buildingId);
    if (!building) return null;
    if (wanted.gridId && wanted.gridId !== building.gridId) return null;
    if (wanted.communityId && wanted.communityId !== building.communityId) return null;
    return placementOfBuilding(building);
  }
  if (wanted.gridId) {
    const grid = await findById<GridDoc>(ORG_COLLECTIONS.grids, wanted.gridId);
    if (!grid) return null;
    if (wanted.communityId && wanted.communityId !== grid.communityId) return null;
    return { ...NO_PLACEMENT, streetId: grid.streetId, communityId: grid.communityId, gridId: grid._id, communityName: grid.communityName, gridName: grid.name };
  }
  if (wanted.communityId) {
    const community = await findById<CommunityDoc>(ORG_COLLECTIONS.communities, wanted.communityId);
    if (!community) return null;
    return { ...NO_PLACEMENT, streetId: community.streetId, communityId: community._id, communityName: community.name };
  }
  return NO_PLACEMENT;
}
