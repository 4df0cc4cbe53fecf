/**
 * Document factories shared by the demo seed and the tests, so both describe the same world.
 * They build plain documents; writing them is the caller's business.
 */
import type { BuildingDoc, CommunityDoc, GridDoc, NamedPlacement, StreetDoc } from '../../types/org';
import type { Role } from '../../types/roles';
import type { UserDoc, VolunteerRecord } from '../../types/user';

export interface OrgDocs {
  streets: StreetDoc[];
  communities: CommunityDoc[];
  grids: GridDoc[];
  buildings: BuildingDoc[];
}

export interface CommunityPlan {
  id: string;
  name: string;
  /** Buildings per grid, in order: [4, 4, 3] makes three grids. */
  buildingsPerGrid: number[];
  buildingPrefix: string;
}

const GRID_NAMES = ['第一网格', '第二网格', '第三网格', '第四网格', '第五网格', '第六网格', '第七网格', '第八网格'];

export function buildOrg(street: StreetDoc, plans: CommunityPlan[]): OrgDocs {
  const org: OrgDocs = { streets: [street], communities: [], grids: [], buildings: [] };
  for (const plan of plans) {
    org.communities.push({ _id: plan.id, streetId: street._id, name: plan.name });
    let buildingNumber = 0;
    plan.buildingsPerGrid.forEach((count, gridIndex) => {
      const grid: GridDoc = {
        _id: `${plan.id}-g${gridIndex + 1}`,
        streetId: street._id,
        communityId: plan.id,
        communityName: plan.name,
        name: GRID_NAMES[gridIndex] ?? `第${gridIndex + 1}网格`,
        order: gridIndex + 1,
      };
      org.grids.push(grid);
      for (let i = 0; i < count; i += 1) {
        buildingNumber += 1;
        org.buildings.push({
          _id: `${plan.id}-b${String(buildingNumber).padStart(2, '0')}`,
          streetId: street._id,
          communityId: plan.id,
          communityName: plan.name,
          gridId: grid._id,
          gridName: grid.name,
          name: `${plan.buildingPrefix}${buildingNumber}号楼`,
          order: buildingNumber,
        });
      }
    });
  }
  return org;
}

/** The named placement of a building, as a user document stores it. */
export function placementOf(org: OrgDocs, buildingId: string): NamedPlacement {
  const building = org.buildings.find((b) => b._id === buildingId);
  if (!building) throw new Error(`unknown building ${buildingId}`);
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

export const NO_VOLUNTEER: VolunteerRecord = {
  status: 'none',
  intro: null,
  appliedAt: null,
  reviewedAt: null,
  reviewedBy: null,
  reason: null,
};

export function approvedVolunteer(intro: string, at: Date): VolunteerRecord {
  return { status: 'approved', intro, appliedAt: at, reviewedAt: at, reviewedBy: null, reason: null };
}

export interface UserSpec {
  openid: string;
  name: string;
  phone?: string | null;
  room?: string | null;
  placement: NamedPlacement;
  roles?: Role[];
  volunteer?: VolunteerRecord;
  points?: number;
  elderMode?: boolean;
}

export function userDoc(spec: UserSpec, at: Date): UserDoc {
  const roles = spec.roles ?? ['resident'];
  return {
    _id: spec.openid,
    name: spec.name,
    phone: spec.phone ?? null,
    room: spec.room ?? null,
    ...spec.placement,
    roles,
    volunteer: spec.volunteer ?? (roles.includes('volunteer') ? approvedVolunteer('社区志愿者', at) : NO_VOLUNTEER),
    points: spec.points ?? 0,
    elderMode: spec.elderMode ?? false,
    createdAt: at,
    updatedAt: at,
  };
}
