import { isStaff } from '../../../types/roles';
import type { UserDoc } from '../../../types/user';
import { updateProfileInput } from '../../../types/user';
import { defineAction } from '../../_shared/action';
import { updateIf } from '../../_shared/conditional';
import { assertContentAllowed } from '../../_shared/content-security';
import { AppError } from '../../_shared/errors';
import { appendEvent } from '../../_shared/events';
import { resolvePlacement } from '../../_shared/org-repository';
import { database } from '../../_shared/runtime';
import { USERS } from '../../_shared/users-repository';
import { toMyProfile } from './profile-view';

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
      if (user.communityId && placement.communityId !== user.communityId && isStaff(user.roles)) {
        throw new AppError('COMMUNITY_LOCKED');
      }
      Object.assign(patch, placement);
    }

    await assertContentAllowed(openid, input.name, input.room);

    const db = database();
    // Guarded on the community read above, so a concurrent role change cannot be bypassed by a move.
    await updateIf(USERS, { _id: openid, communityId: user.communityId }, { ...patch, updatedAt: db.serverDate() }, 'INVALID_STATE');
    const updated = { ...user, ...patch } as UserDoc;
    await appendEvent({
      itemType: 'user',
      itemId: openid,
      communityId: updated.communityId,
      action: 'user.profile_updated',
      from: user.communityId,
      to: updated.communityId,
      actorOpenid: openid,
      // Which fields changed, never their values: the audit log must not copy personal data.
      note: Object.keys(input).join(','),
    });
    return toMyProfile(updated);
  },
});
