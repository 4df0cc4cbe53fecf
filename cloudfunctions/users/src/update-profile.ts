import { isStaff } from '../../../types/roles';
import type { NamedPlacement } from '../../../types/org';
import type { UserDoc } from '../../../types/user';
import { updateProfileInput } from '../../../types/user';
import { defineAction } from '../../_shared/action';
import { assertContentAllowed } from '../../_shared/content-security';
import { AppError } from '../../_shared/errors';
import { resolvePlacement } from '../../_shared/org-repository';
import { applyTransitionOrRefuse } from '../../_shared/transition';
import { USERS } from '../../_shared/users-repository';
import { myProfile } from './profile-view';

type Input = ReturnType<typeof updateProfileInput.parse>;

/**
 * The placement asked for. The most specific id given decides: a building brings its grid and community,
 * a grid its community; ids sent alongside it must agree with it. Only a bare change of name, phone or
 * room keeps the placement as it was.
 */
function wantedPlacement(input: Input) {
  return {
    streetId: null,
    communityId: input.communityId ?? null,
    gridId: input.gridId ?? null,
    buildingId: input.buildingId ?? null,
  };
}

function touchesPlacement(input: Input): boolean {
  return input.communityId !== undefined || input.gridId !== undefined || input.buildingId !== undefined;
}

/** Grid workers and building leaders serve their grid, every staff member their community: an admin assigns those. */
function placementLocked(user: UserDoc, placement: NamedPlacement): boolean {
  if (!user.communityId) return false;
  if (placement.communityId !== user.communityId) return isStaff(user.roles);
  const servesGrid = user.roles.includes('grid_worker') || user.roles.includes('building_leader');
  return servesGrid && placement.gridId !== user.gridId;
}

/**
 * A volunteer was approved by the community they lived in: moving away ends it (and is refused while they
 * still hold claims there).
 */
function leavingCommunity(user: UserDoc, placement: NamedPlacement): Record<string, unknown> {
  if (!user.communityId || placement.communityId === user.communityId || user.volunteer.status === 'none') return {};
  if (user.activeClaims > 0) throw new AppError('CLAIMS_OUTSTANDING');
  return {
    roles: user.roles.filter((role) => role !== 'volunteer'),
    volunteer: { status: 'none', intro: null, appliedAt: null, reviewedAt: null, reviewedBy: null, reason: null },
  };
}

/** Partial profile change; the placement is checked against the org tree. */
export const updateProfile = defineAction({
  input: updateProfileInput,
  access: { kind: 'registered' },
  async run({ openid, user }, input) {
    const patch: Record<string, unknown> = {};
    if (input.name !== undefined) patch.name = input.name;
    if (input.phone !== undefined) patch.phone = input.phone;
    if (input.room !== undefined) patch.room = input.room;
    if (input.elderMode !== undefined) patch.elderMode = input.elderMode;

    if (touchesPlacement(input)) {
      const placement = await resolvePlacement(wantedPlacement(input));
      if (!placement) throw new AppError('INVALID_INPUT', '所选的社区、网格和楼栋不匹配，请重新选择');
      if (placementLocked(user, placement)) throw new AppError('COMMUNITY_LOCKED');
      Object.assign(patch, placement, leavingCommunity(user, placement));
    }

    await assertContentAllowed(openid, { name: input.name, room: input.room });

    // Guarded on what the checks above read: a concurrent role change or claim makes this call start over.
    const guard = { _id: openid, communityId: user.communityId, gridId: user.gridId, roles: user.roles, activeClaims: user.activeClaims };
    const updated = { ...user, ...patch } as UserDoc;
    const event = {
      itemType: 'user' as const,
      itemId: openid,
      communityId: updated.communityId,
      action: 'user.profile_updated',
      from: user.communityId,
      to: updated.communityId,
      actorOpenid: openid,
      // Which fields changed, never their values: the audit log must not copy personal data.
      note: patch.volunteer ? `${Object.keys(input).join(',')},volunteer` : Object.keys(input).join(','),
    };
    await applyTransitionOrRefuse({ collection: USERS, item: user, guard, changes: patch, event }, 'INVALID_STATE');
    return myProfile(updated);
  },
});
