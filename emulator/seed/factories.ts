/**
 * Document factories shared by the demo seed and the tests, so both describe the same world.
 * They build plain documents; writing them is the caller's business.
 */
import type { EventDoc } from '../../types/event';
import { pointsEventId } from '../../types/event';
import type { BuildingDoc, CommunityDoc, GridDoc, NamedPlacement, StreetDoc } from '../../types/org';
import { placementOfBuilding } from '../../types/org';
import type { Role } from '../../types/roles';
import { maskName } from '../../types/privacy';
import type { UserDoc, VolunteerRecord } from '../../types/user';
import type { BeneficiaryType, WishCategory, WishDoc, WishStatus } from '../../types/wish';

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
  return placementOfBuilding(building);
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
  activeClaims?: number;
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
    activeClaims: spec.activeClaims ?? 0,
    elderMode: spec.elderMode ?? false,
    inboxReadAt: null,
    createdAt: at,
    updatedAt: at,
  };
}

export interface WishSpec {
  id: string;
  title: string;
  story: string;
  category: WishCategory;
  beneficiaryType: BeneficiaryType;
  status: WishStatus;
  requester: UserDoc;
  /** Filed by a grid worker for someone without the app; the requester is then the grid worker. */
  onBehalfOf?: { name: string; phone?: string; room?: string; buildingId: string };
  wantedBy?: Date | null;
  claimedBy?: UserDoc;
  claimExpiresAt?: Date;
  photos?: string[];
  /** The community's reason, for a rejected wish. */
  rejectReason?: string;
  at: Date;
}

/** A wish document in any state, consistent with what the wishes function would have written. */
export function wishDoc(org: OrgDocs, spec: WishSpec): WishDoc {
  const placement = spec.onBehalfOf ? placementOf(org, spec.onBehalfOf.buildingId) : spec.requester;
  const beneficiary = spec.onBehalfOf
    ? { openid: null, name: spec.onBehalfOf.name, phone: spec.onBehalfOf.phone ?? null, room: spec.onBehalfOf.room ?? null }
    : { openid: spec.requester._id, name: spec.requester.name, phone: spec.requester.phone, room: spec.requester.room };
  const reviewed = spec.status !== 'pending_review';
  const claimed = ['claimed', 'fulfilled', 'confirmed'].includes(spec.status);
  return {
    _id: spec.id,
    title: spec.title,
    story: spec.story,
    category: spec.category,
    beneficiaryType: spec.beneficiaryType,
    photos: spec.photos ?? [],
    wantedBy: spec.wantedBy ?? null,
    status: spec.status,
    requesterOpenid: spec.requester._id,
    filedByGridWorker: Boolean(spec.onBehalfOf),
    beneficiary,
    beneficiaryMasked: maskName(beneficiary.name),
    clientRequestId: `seed-${spec.id}`,
    review: reviewed ? { by: 'seed', at: spec.at, reason: spec.status === 'rejected' ? (spec.rejectReason ?? '不属于微心愿范围') : null } : null,
    claim:
      claimed && spec.claimedBy
        ? {
            volunteerOpenid: spec.claimedBy._id,
            claimedAt: spec.at,
            expiresAt: spec.claimExpiresAt ?? new Date(spec.at.getTime() + 7 * 24 * 3600 * 1000),
          }
        : null,
    fulfilment: ['fulfilled', 'confirmed'].includes(spec.status) ? { note: '已送到受助人家中', photos: [], at: spec.at } : null,
    confirmation: spec.status === 'confirmed' ? { by: spec.requester._id, at: spec.at, thanks: '谢谢志愿者！' } : null,
    publishedAt: reviewed && spec.status !== 'rejected' ? spec.at : null,
    streetId: placement.streetId,
    communityId: placement.communityId,
    gridId: placement.gridId,
    buildingId: placement.buildingId,
    communityName: placement.communityName,
    gridName: placement.gridName,
    buildingName: placement.buildingName,
    createdAt: spec.at,
    updatedAt: spec.at,
  };
}

const STATUS_HISTORY: Record<WishStatus, Array<[string, WishStatus | null, WishStatus, string]>> = {
  pending_review: [],
  published: [['wish.published', 'pending_review', 'published', '社区']],
  rejected: [['wish.rejected', 'pending_review', 'rejected', '社区']],
  claimed: [
    ['wish.published', 'pending_review', 'published', '社区'],
    ['wish.claimed', 'published', 'claimed', '志愿者'],
  ],
  fulfilled: [
    ['wish.published', 'pending_review', 'published', '社区'],
    ['wish.claimed', 'published', 'claimed', '志愿者'],
    ['wish.fulfilled', 'claimed', 'fulfilled', '志愿者'],
  ],
  confirmed: [
    ['wish.published', 'pending_review', 'published', '社区'],
    ['wish.claimed', 'published', 'claimed', '志愿者'],
    ['wish.fulfilled', 'claimed', 'fulfilled', '志愿者'],
    ['wish.confirmed', 'fulfilled', 'confirmed', '受助人'],
  ],
  withdrawn: [['wish.withdrawn', 'pending_review', 'withdrawn', '居民']],
  expired: [
    ['wish.published', 'pending_review', 'published', '社区'],
    ['wish.expired', 'published', 'expired', '系统'],
  ],
};

/** The timeline a wish in its state would have: creation, then each step to where it is. */
export function wishHistory(wish: WishDoc): EventDoc[] {
  const steps: Array<[string, WishStatus | null, WishStatus, string]> = [
    ['wish.created', null, 'pending_review', wish.filedByGridWorker ? '网格员代居民' : '居民'],
    ...STATUS_HISTORY[wish.status],
  ];
  const credit = (action: string) =>
    action === 'wish.confirmed' && wish.claim ? { _id: pointsEventId(action, wish._id), points: { openid: wish.claim.volunteerOpenid, delta: 10 } } : {};
  return steps.map(([action, from, to, actorLabel], index) => ({
    ...wishEvent(wish, {
      id: `${wish._id}-e${index}`,
      action,
      from,
      to,
      actorOpenid: actorLabel === '志愿者' ? (wish.claim?.volunteerOpenid ?? '') : actorLabel === '社区' ? 'seed' : wish.requesterOpenid,
      actorLabel,
      at: new Date(wish.createdAt.getTime() + index * 3600 * 1000),
    }),
    ...credit(action),
  }));
}

export interface WishEventSpec {
  id: string;
  action: string;
  from: string | null;
  to: string;
  actorOpenid: string;
  actorLabel: string;
  at: Date;
  recipients?: string[];
}

/** One event of a wish, as the functions store it. */
export function wishEvent(wish: WishDoc, spec: WishEventSpec): EventDoc {
  return {
    _id: spec.id,
    itemType: 'wish',
    itemId: wish._id,
    itemTitle: wish.title,
    communityId: wish.communityId,
    action: spec.action,
    from: spec.from,
    to: spec.to,
    actorOpenid: spec.actorOpenid,
    actorLabel: spec.actorLabel,
    note: spec.action === 'wish.rejected' ? (wish.review?.reason ?? null) : null,
    recipients: spec.recipients ?? [],
    onBehalfOf: wish.filedByGridWorker ? { filerOpenid: wish.requesterOpenid, name: wish.beneficiary.name } : null,
    at: spec.at,
  };
}
