/** 街道 → 社区 → 网格 → 楼栋. */
export interface StreetDoc {
  _id: string;
  name: string;
}

export interface CommunityDoc {
  _id: string;
  streetId: string;
  name: string;
}

export interface GridDoc {
  _id: string;
  streetId: string;
  communityId: string;
  communityName: string;
  name: string;
  /** Display order inside the community. */
  order: number;
}

export interface BuildingDoc {
  _id: string;
  streetId: string;
  communityId: string;
  communityName: string;
  gridId: string;
  gridName: string;
  name: string;
  order: number;
}

export interface OrgBuilding {
  id: string;
  name: string;
}

export interface OrgGrid {
  id: string;
  name: string;
  buildings: OrgBuilding[];
}

export interface OrgCommunity {
  id: string;
  name: string;
  grids: OrgGrid[];
}

export interface OrgStreet {
  id: string;
  name: string;
  communities: OrgCommunity[];
}

export interface OrgTree {
  streets: OrgStreet[];
}

/** Where a user lives (or works) inside the org tree. */
export interface OrgPlacement {
  streetId: string | null;
  communityId: string | null;
  gridId: string | null;
  buildingId: string | null;
}

/** Names copied next to the ids so that a profile or a list needs no extra reads. */
export interface PlacementNames {
  communityName: string | null;
  gridName: string | null;
  buildingName: string | null;
}

export type NamedPlacement = OrgPlacement & PlacementNames;

export const NO_PLACEMENT: NamedPlacement = {
  streetId: null,
  communityId: null,
  gridId: null,
  buildingId: null,
  communityName: null,
  gridName: null,
  buildingName: null,
};

/** A building knows its whole chain: its named placement needs no other read. */
export function placementOfBuilding(building: BuildingDoc): NamedPlacement {
  return {
    streetId: building.streetId,
    communityId: building.communityId,
    gridId: building.gridId,
    buildingId: building._id,
    communityName: building.communityName,
    gridName: building.gridName,
    buildingName: building.name,
  };
}

export function findCommunity(tree: OrgTree, communityId: string | null): OrgCommunity | undefined {
  for (const street of tree.streets) {
    const community = street.communities.find((c) => c.id === communityId);
    if (community) return community;
  }
  return undefined;
}

export function findGrid(tree: OrgTree, gridId: string | null): OrgGrid | undefined {
  for (const street of tree.streets) {
    for (const community of street.communities) {
      const grid = community.grids.find((g) => g.id === gridId);
      if (grid) return grid;
    }
  }
  return undefined;
}
